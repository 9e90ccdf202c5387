package io.shmx.internal.region;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The producer's region: a freshly created file, mapped read-write, with the exclusive fcntl lock
 * that tells every other process the producer is alive (the kernel drops it when the process ends).
 */
public final class ProducerFile {
    private final Arena arena;
    private final MemorySegment segment;
    private final Path file;
    private final Object fileKey;
    private final FileChannel channel;
    private final FileLock lock;
    private volatile boolean open = true;

    ProducerFile(Arena arena, MemorySegment segment, Path file, Object fileKey, FileChannel channel, FileLock lock) {
        this.arena = arena;
        this.segment = segment;
        this.file = file;
        this.fileKey = fileKey;
        this.channel = channel;
        this.lock = lock;
    }

    public MemorySegment segment() {
        return segment;
    }

    public Path file() {
        return file;
    }

    Object fileKey() {
        return fileKey;
    }

    FileChannel channel() {
        return channel;
    }

    boolean isOpen() {
        return open;
    }

    /** Whether the file still covers {@code size} bytes (see {@link MappedRegion#isBacked()}). */
    public boolean isBacked(long size) {
        try {
            return channel.isOpen() && channel.size() >= size;
        } catch (IOException e) {
            return false;
        }
    }

    /** Releases the lock, closes the descriptor and unmaps; with {@code unlink}, removes the file if it is still ours. */
    public void close(boolean unlink) {
        LinuxPlatform.INSTANCE.release(this, unlink);
    }

    /** Removes the region file if the name still refers to this producer's file (not a newer one). */
    public void unlinkIfStillOurs() {
        try {
            if (isStillAt(file)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // the file is gone or not ours to remove; nothing else to undo
        }
    }

    void closeResources(boolean unlink) {
        open = false;
        if (unlink) {
            unlinkIfStillOurs();
        }
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException ignored) {
            // closing the descriptor releases the lock in any case
        } finally {
            arena.close();
        }
    }

    private boolean isStillAt(Path path) {
        try {
            return Objects.equals(Files.readAttributes(path, BasicFileAttributes.class).fileKey(), fileKey);
        } catch (IOException e) {
            return false;
        }
    }
}
