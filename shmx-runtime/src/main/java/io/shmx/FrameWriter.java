package io.shmx;

import java.lang.foreign.MemorySegment;

/**
 * The frame being built by a producer: returned by {@link ShmxServer#beginFrame()}, one reusable
 * instance per server. Append streams (copied from arrays or segments, or claimed and filled in
 * place), then {@link #publish(double)} or {@link #abort()}.
 *
 * <p>Element counts are in elements of the stream ({@code bytesPerElem} bytes each). A call that
 * fails (unknown stream, too large, count not matching the bytes) throws and leaves the frame as
 * it was before the call.
 */
public final class FrameWriter {
    FrameWriter() {}

    public FrameWriter append(int streamId, byte[] src, long elemCount) { throw new UnsupportedOperationException("TODO"); }

    public FrameWriter append(int streamId, boolean[] src, long elemCount) { throw new UnsupportedOperationException("TODO"); }

    public FrameWriter append(int streamId, short[] src, long elemCount) { throw new UnsupportedOperationException("TODO"); }

    public FrameWriter append(int streamId, int[] src, long elemCount) { throw new UnsupportedOperationException("TODO"); }

    public FrameWriter append(int streamId, long[] src, long elemCount) { throw new UnsupportedOperationException("TODO"); }

    public FrameWriter append(int streamId, float[] src, long elemCount) { throw new UnsupportedOperationException("TODO"); }

    public FrameWriter append(int streamId, double[] src, long elemCount) { throw new UnsupportedOperationException("TODO"); }

    /** Copies {@code src} (exactly {@code elemCount * bytesPerElem} bytes) as the stream's data. */
    public FrameWriter append(int streamId, MemorySegment src, long elemCount) { throw new UnsupportedOperationException("TODO"); }

    /**
     * Reserves the stream's TLV in the slot and returns the offset of its data within
     * {@link #segment()}, for the caller to fill in place before {@link #publish(double)}.
     */
    public long claimOffset(int streamId, long elemCount) { throw new UnsupportedOperationException("TODO"); }

    /** As {@link #claimOffset} but returns a slice of exactly the stream's bytes. */
    public MemorySegment claim(int streamId, long elemCount) { throw new UnsupportedOperationException("TODO"); }

    /** The slot segment that claimed offsets refer to (valid until publish or abort). */
    public MemorySegment segment() { throw new UnsupportedOperationException("TODO"); }

    /** Payload bytes used so far. */
    public long payloadBytes() { throw new UnsupportedOperationException("TODO"); }

    /** Publishes the frame; returns its frame id. */
    public long publish(double simTime) { throw new UnsupportedOperationException("TODO"); }

    /** Drops the frame; nothing becomes visible to readers. */
    public void abort() { throw new UnsupportedOperationException("TODO"); }
}
