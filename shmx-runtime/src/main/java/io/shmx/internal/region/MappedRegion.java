package io.shmx.internal.region;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A region mapped into this process: the segment, its arena, and the file it came from.
 *
 * <p>{@code channel} is the descriptor used for liveness probes and size checks. When a producer of
 * the same file lives in this JVM, the mapping borrows that producer's descriptor and never closes
 * it (closing a second descriptor of the file would drop the producer's fcntl lock, which is per
 * process). The channel is used only on the {@link RegionIo} thread, so an interrupted user thread
 * cannot close it.
 */
public final class MappedRegion implements AutoCloseable {
    private final Arena arena;
    private final MemorySegment segment;
    private final RegionLayout layout;
    private final Path file;
    private final Object fileKey;
    private final FileChannel channel;
    private final boolean ownsChannel;
    private final String what;

    MappedRegion(Arena arena, MemorySegment segment, RegionLayout layout, Path file, Object fileKey,
                 FileChannel channel, boolean ownsChannel, String what) {
        this.arena = arena;
        this.segment = segment;
        this.layout = layout;
        this.file = file;
        this.fileKey = fileKey;
        this.channel = channel;
        this.ownsChannel = ownsChannel;
        this.what = what;
    }

    public MemorySegment segment() {
        return segment;
    }

    public RegionLayout layout() {
        return layout;
    }

    public Path file() {
        return file;
    }

    Object fileKey() {
        return fileKey;
    }

    /** The descriptor this mapping owns, or null when it borrowed a local producer's. */
    FileChannel ownedChannel() {
        return ownsChannel ? channel : null;
    }

    /**
     * Whether the file still covers the whole mapping (one fstat). A read-modify-write access
     * (CAS, atomic add) to a page the file no longer covers kills the JVM with SIGBUS when the
     * interpreter runs it (the VM's {@code Unsafe_CompareAndSetLong} does not turn the fault into
     * InternalError as loads, stores and compiled code do; seen on JDK 25.0.3), so callers check
     * this first on the cold paths that use them.
     */
    public boolean isBacked() {
        return LinuxPlatform.covers(channel, layout.totalBytes());
    }

    /** How messages name this region. */
    public String what() {
        return what;
    }

    /** Unmaps (later accesses through old segments throw IllegalStateException) and closes the descriptor. */
    @Override
    public void close() {
        try {
            if (ownsChannel) {
                LinuxPlatform.closeOnIoThread(channel);
            }
        } finally {
            arena.close();
        }
    }
}
