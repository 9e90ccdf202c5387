package io.shmx;

import java.lang.foreign.MemorySegment;

/**
 * A frame as seen by a reader: a reusable, zero-copy flyweight over a slot of the shared region.
 *
 * <p>A client owns one {@code Frame} and re-points it on every successful {@link ShmxClient#latest()}
 * / {@link ShmxClient#next()}; nothing is allocated per frame. Stream data is read in place
 * ({@link #segment()} at {@link #offsetAt(int)}), so the producer may overwrite it at any time
 * once it laps the ring: read, then call {@link #isValid()}; if it returns false, discard what was
 * read (read-then-validate). {@link #copyStream(int)} copies and validates in one step.
 */
public final class Frame {
    Frame() {}

    /** 1-based frame id. */
    public long frameId() { throw new UnsupportedOperationException("TODO"); }

    /** The producer's sim time for this frame. */
    public double simTime() { throw new UnsupportedOperationException("TODO"); }

    /** Payload bytes of the frame (all TLVs). */
    public long payloadBytes() { throw new UnsupportedOperationException("TODO"); }

    /** TLV count from the frame header. */
    public int tlvCount() { throw new UnsupportedOperationException("TODO"); }

    /** Frames the reader skipped before this one ({@link ShmxClient#next()}: lost to a lap; latest: not seen). */
    public long missed() { throw new UnsupportedOperationException("TODO"); }

    /** Number of stream TLVs found in the payload. */
    public int streamCount() { throw new UnsupportedOperationException("TODO"); }

    /** Index (0..streamCount-1) of the stream with this id in this frame, or -1 when absent. */
    public int indexOf(int streamId) { throw new UnsupportedOperationException("TODO"); }

    /** Stream id at an index. */
    public int streamIdAt(int index) { throw new UnsupportedOperationException("TODO"); }

    /** Byte offset of the stream's data within {@link #segment()}. */
    public long offsetAt(int index) { throw new UnsupportedOperationException("TODO"); }

    /** Element count the producer declared for the stream at an index. */
    public long elemCountAt(int index) { throw new UnsupportedOperationException("TODO"); }

    /** Data bytes of the stream at an index. */
    public long byteCountAt(int index) { throw new UnsupportedOperationException("TODO"); }

    /**
     * The read-only segment the offsets refer to (the slot, header included). Access is bounds
     * checked by the segment itself; the offsets have been checked to lie inside the frame.
     */
    public MemorySegment segment() { throw new UnsupportedOperationException("TODO"); }

    /** Zero-copy slice of a stream's data by id, or {@code null} when the frame has no such stream. */
    public MemorySegment stream(int streamId) { throw new UnsupportedOperationException("TODO"); }

    /** Zero-copy slice of a stream's data by directory name, or {@code null}. */
    public MemorySegment stream(String name) { throw new UnsupportedOperationException("TODO"); }

    /** Element count of a stream by id, or -1 when absent. */
    public long elemCount(int streamId) { throw new UnsupportedOperationException("TODO"); }

    /** Data bytes of a stream by id, or -1 when absent. */
    public long byteCount(int streamId) { throw new UnsupportedOperationException("TODO"); }

    /**
     * Whether everything read from this frame so far is consistent: the producer has not started
     * overwriting the slot since the frame was returned. Cheap (one acquire load).
     */
    public boolean isValid() { throw new UnsupportedOperationException("TODO"); }

    /** A validated copy of a stream's data, or {@code null} when absent or overwritten meanwhile. */
    public byte[] copyStream(int streamId) { throw new UnsupportedOperationException("TODO"); }
}
