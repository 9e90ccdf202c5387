package io.shmx;

import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.List;

/**
 * A reader of a channel. Opening claims a reader slot; {@link #latest()} returns the newest frame
 * and {@link #next()} the next one in order, both as a reused zero-copy {@link Frame}.
 */
public final class ShmxClient implements AutoCloseable {
    private ShmxClient() {}

    /** Opens the channel {@code name} ({@code /dev/shm/<name>}). */
    public static ShmxClient open(String name) { throw new UnsupportedOperationException("TODO"); }

    public String name() { throw new UnsupportedOperationException("TODO"); }

    public boolean isOpen() { throw new UnsupportedOperationException("TODO"); }

    /** The newest valid frame, or {@code null} when there is none (nothing published, or nothing valid). */
    public Frame latest() { throw new UnsupportedOperationException("TODO"); }

    /** The next frame after the last one this reader returned, or {@code null} when none is new; {@link Frame#missed()} counts frames lost to a lap. */
    public Frame next() { throw new UnsupportedOperationException("TODO"); }

    /** Waits up to {@code timeout} for {@link #next()} to return a frame; {@code null} on timeout. */
    public Frame awaitNext(Duration timeout) { throw new UnsupportedOperationException("TODO"); }

    /** The streams of the channel's static directory. */
    public List<StreamSpec> streams() { throw new UnsupportedOperationException("TODO"); }

    /** The directory entry for {@code streamId}, or {@code null}. */
    public StreamSpec stream(int streamId) { throw new UnsupportedOperationException("TODO"); }

    public HeaderInfo headerInfo() { throw new UnsupportedOperationException("TODO"); }

    /** Re-reads the static directory if it changed; returns true when it did. */
    public boolean refreshStatic() { throw new UnsupportedOperationException("TODO"); }

    public ControlSendResult sendControl(int type, byte[] data) { throw new UnsupportedOperationException("TODO"); }

    public ControlSendResult sendControl(int type, MemorySegment data) { throw new UnsupportedOperationException("TODO"); }

    public ControlSendResult sendControlEmpty(int type) { throw new UnsupportedOperationException("TODO"); }

    /** Releases the reader slot and unmaps the region. */
    @Override
    public void close() { throw new UnsupportedOperationException("TODO"); }
}
