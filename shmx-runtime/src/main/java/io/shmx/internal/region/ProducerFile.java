package io.shmx.internal.region;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;

/**
 * The producer's region: its file, mapped read-write, with the exclusive fcntl lock that tells
 * every other process the producer is alive (the kernel drops it when the process ends). The
 * channel holding the lock is touched only on the {@link RegionIo} thread, so no interrupt of a
 * user thread can close it and drop the lock.
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

    /** Whether the file still covers {@code size} bytes (see {@link MappedRegion#isBacked()}); safe from interrupted threads. */
    public boolean isBacked(long size) {
        return LinuxPlatform.covers(channel, size);
    }

    /** Releases the lock, closes the descriptor and unmaps; with {@code unlink}, removes the file if it is still ours. */
    public void close(boolean unlink) {
        close(unlink, true);
    }

    /**
     * As {@link #close(boolean)}; without {@code unmap} the mapping stays until the JVM exits, for
     * memory that another thread may still write through (checked segments it could not revoke).
     */
    public void close(boolean unlink, boolean unmap) {
        LinuxPlatform.INSTANCE.release(this, unlink, unmap);
    }

    /** Removes the region file if the name still refers to this producer's file (not a newer one). */
    public void unlinkIfStillOurs() {
        LinuxPlatform.INSTANCE.unlinkIfStillOurs(this);
    }

    /** RegionIo thread only (see {@link LinuxPlatform#release}); {@code unmap}: close the mapping's arena. */
    void closeResources(boolean unmap) {
        open = false;
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException ignored) {
            // closing the descriptor releases the lock in any case
        } finally {
            if (unmap) {
                arena.close();
            }
        }
    }
}
