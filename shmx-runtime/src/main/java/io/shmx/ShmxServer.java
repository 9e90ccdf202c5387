package io.shmx;

import java.time.Duration;
import java.util.List;

/**
 * The producer of a channel: creates the shared region and publishes frames into its ring.
 *
 * <p><b>One writer per channel.</b> A channel has exactly one producer; a second live producer on
 * the same name is detected at {@link #create} and refused. A server instance is not thread-safe:
 * use it from one thread at a time.
 */
public final class ShmxServer implements AutoCloseable {
    private ShmxServer() {}

    /** Creates the channel {@code name} with the default config. */
    public static ShmxServer create(String name, List<StreamSpec> streams) {
        return create(name, ChannelConfig.defaults(), streams);
    }

    /** Creates the channel {@code name} ({@code /dev/shm/<name>}). */
    public static ShmxServer create(String name, ChannelConfig config, List<StreamSpec> streams) {
        throw new UnsupportedOperationException("TODO");
    }

    public String name() { throw new UnsupportedOperationException("TODO"); }

    public ChannelConfig config() { throw new UnsupportedOperationException("TODO"); }

    /** The streams of the directory, in directory order. */
    public List<StreamSpec> streams() { throw new UnsupportedOperationException("TODO"); }

    /** Begins a frame; returns the server's reusable frame writer. */
    public FrameWriter beginFrame() { throw new UnsupportedOperationException("TODO"); }

    public HeaderInfo headerInfo() { throw new UnsupportedOperationException("TODO"); }

    /** Polls up to {@code maxMessages} control messages, copied. */
    public List<ControlMessage> pollControl(int maxMessages) { throw new UnsupportedOperationException("TODO"); }

    /** Hands up to {@code maxMessages} control messages to {@code handler} without copying or allocating; returns how many. */
    public int pollControl(ControlHandler handler, int maxMessages) { throw new UnsupportedOperationException("TODO"); }

    /** Every reader slot that is in use or holds a reader id. */
    public List<ReaderInfo> snapshotReaders() { throw new UnsupportedOperationException("TODO"); }

    /** Frees reader slots whose heartbeat is older than {@code nowNanos - timeoutNanos}; returns how many. */
    public int reapStaleReaders(long nowNanos, long timeoutNanos) { throw new UnsupportedOperationException("TODO"); }

    /** Frees reader slots silent for longer than {@code timeout}; returns how many. */
    public int reapStaleReaders(Duration timeout) { throw new UnsupportedOperationException("TODO"); }

    /** Appends raw bytes to the static area (the seed's {@code write_static_append}). */
    public void writeStaticAppend(byte[] bytes) { throw new UnsupportedOperationException("TODO"); }

    /** Appends a directory entry for a new stream (schema evolution). */
    public void addStream(StreamSpec spec) { throw new UnsupportedOperationException("TODO"); }

    /** Unmaps the region and marks it closed for readers; the file stays. */
    @Override
    public void close() { throw new UnsupportedOperationException("TODO"); }

    /** Closes and removes the region file. */
    public void destroy() { throw new UnsupportedOperationException("TODO"); }
}
