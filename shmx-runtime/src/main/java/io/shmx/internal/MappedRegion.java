package io.shmx.internal;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A region mapped into this process: the segment, its arena, and the file it came from.
 *
 * <p>{@code channel} is the descriptor used for liveness probes; it is {@code null} when the
 * mapping borrowed the descriptor of a producer living in this JVM (closing a second descriptor of
 * the file would drop that producer's fcntl lock, which is per process).
 */
public final class MappedRegion implements AutoCloseable {
    private final Arena arena;
    private final MemorySegment segment;
    private final RegionLayout layout;
    private final Path file;
    private final Object fileKey;
    private final FileChannel channel;
    private final String what;

    MappedRegion(Arena arena, MemorySegment segment, RegionLayout layout, Path file, Object fileKey,
                 FileChannel channel, String what) {
        this.arena = arena;
        this.segment = segment;
        this.layout = layout;
        this.file = file;
        this.fileKey = fileKey;
        this.channel = channel;
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

    FileChannel channel() {
        return channel;
    }

    /** How messages name this region. */
    public String what() {
        return what;
    }

    /** Unmaps (later accesses through old segments throw IllegalStateException) and closes the descriptor. */
    @Override
    public void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing to do: the mapping is released below either way
        } finally {
            arena.close();
        }
    }
}
