package io.shmx.internal.region;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * File operations on region files shared by {@link LinuxPlatform} and {@link RegionCreator}: the
 * liveness-lock test, the header read, the file identity, quiet close and delete. Each runs on the
 * caller's thread, which for any channel of a region file is the {@link RegionIo} thread.
 */
final class RegionFiles {
    /** The byte range of the region file the producer locks. */
    static final long LOCK_POSITION = 0;
    static final long LOCK_LENGTH = 1;

    private RegionFiles() {}

    /** Whether some process holds the exclusive producer lock (tested with a shared lock released at once). */
    static boolean isLockHeld(FileChannel ch) throws IOException {
        try {
            FileLock probe = ch.tryLock(LOCK_POSITION, LOCK_LENGTH, true);
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException inThisJvm) {
            return true;
        }
    }

    /** Size and first 128 bytes through {@code ch} (positional reads: a borrowed descriptor is not disturbed). */
    static FileHead readHead(FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer hb = ByteBuffer.allocate(GlobalHeaderDescriptor.LENGTH);
        while (hb.hasRemaining() && ch.read(hb, hb.position()) > 0) {
            // read the header fully (a short file leaves the rest zero; HeaderIdentity rejects it by size)
        }
        MemorySegment header = MemorySegment.ofArray(new long[GlobalHeaderDescriptor.LENGTH / Long.BYTES]);
        MemorySegment.copy(MemorySegment.ofArray(hb.array()), 0, header, 0, GlobalHeaderDescriptor.LENGTH);
        return new FileHead(size, header);
    }

    static Object fileKey(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    }

    static Object fileKeyOrNull(Path path) {
        try {
            return fileKey(path);
        } catch (IOException e) {
            return null;
        }
    }

    static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // best effort on an error path
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort on an error path
        }
    }
}
