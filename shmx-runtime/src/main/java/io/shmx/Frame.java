package io.shmx;

import io.shmx.internal.frame.FrameView;
import io.shmx.internal.wire.MappingFaults;
import java.lang.foreign.MemorySegment;

/**
 * A frame as seen by a reader: a reusable, zero-copy flyweight over a slot of the shared region.
 *
 * <p>A client owns one {@code Frame} and re-points it on every successful {@link ShmxClient#latest()}
 * / {@link ShmxClient#next()}; nothing is allocated per frame. Stream data is read in place
 * ({@link #segment()} at {@link #offsetAt(int)}), so the producer may overwrite it at any time
 * once it laps the ring: read, then call {@link #isValid()}; if it returns false, discard what was
 * read (read-then-validate). {@link #copyStream(int)} copies and validates in one step.
 *
 * <p>Every offset and length was checked against the frame's payload size when the frame was
 * returned, so reads through {@link #segment()} at the given offsets never leave the frame's slot.
 */
public final class Frame {
    private final FrameView view;
    private final String what;

    Frame(FrameView view, String what) {
        this.view = view;
        this.what = what;
    }

    /** 1-based frame id. */
    public long frameId() { return view.frameId(); }

    /** The producer's sim time for this frame. */
    public double simTime() { return view.simTime(); }

    /** Payload bytes of the frame (all TLVs). */
    public long payloadBytes() { return view.payloadBytes(); }

    /** TLV count from the frame header. */
    public int tlvCount() { return (int) view.tlvCount(); }

    /**
     * Frames published after the reader attached that it skipped before this one: those with ids
     * between this frame's and the later of the previously returned frame and the reader's
     * baseline (the newest frame id when it opened the channel, 0 if none). For
     * {@link ShmxClient#next()}, frames the producer overwrote before the reader got to them (exact);
     * for {@link ShmxClient#latest()}, frames published since the previous one that were never
     * returned. A reader that opens an empty channel and first reads after frames 1..5 were
     * published gets {@code missed() == 4} from {@code latest()}; frames published before it
     * opened the channel never count.
     */
    public long missed() { return view.missed(); }

    /** Number of stream TLVs found in the payload. */
    public int streamCount() { return view.streamCount(); }

    /** Index (0..streamCount-1) of the stream with this id in this frame, or -1 when absent. */
    public int indexOf(int streamId) { return view.indexOf(streamId); }

    /** Stream id at an index. */
    public int streamIdAt(int index) { return view.streamIdAt(index); }

    /** Byte offset of the stream's data within {@link #segment()}. */
    public long offsetAt(int index) { return view.offsetAt(index); }

    /** Element count the producer declared for the stream at an index. */
    public long elemCountAt(int index) { return view.elemCountAt(index); }

    /** Data bytes of the stream at an index. */
    public long byteCountAt(int index) { return view.byteCountAt(index); }

    /**
     * The read-only segment the offsets refer to (the slot, header included). Access is bounds
     * checked by the segment itself; the offsets have been checked to lie inside the frame.
     */
    public MemorySegment segment() { return view.slot(); }

    /** Zero-copy slice of a stream's data by id, or {@code null} when the frame has no such stream. */
    public MemorySegment stream(int streamId) {
        int i = view.indexOf(streamId);
        return i < 0 ? null : view.slot().asSlice(view.offsetAt(i), view.byteCountAt(i));
    }

    /** Zero-copy slice of a stream's data by directory name, or {@code null}. */
    public MemorySegment stream(String name) {
        Integer id = view.idOf(name);
        return id == null ? null : stream(id);
    }

    /** Element count of a stream by id, or -1 when absent. */
    public long elemCount(int streamId) {
        int i = view.indexOf(streamId);
        return i < 0 ? -1 : view.elemCountAt(i);
    }

    /** Data bytes of a stream by id, or -1 when absent. */
    public long byteCount(int streamId) {
        int i = view.indexOf(streamId);
        return i < 0 ? -1 : view.byteCountAt(i);
    }

    /**
     * Whether everything read from this frame so far is consistent: the producer has not started
     * overwriting the slot since the frame was returned. Cheap (one acquire load).
     */
    public boolean isValid() {
        try {
            return view.isValid();
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, what);
        }
    }

    /** A validated copy of a stream's data, or {@code null} when absent or overwritten meanwhile. */
    public byte[] copyStream(int streamId) {
        try {
            return view.copyStream(streamId);
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, what);
        }
    }

    @Override
    public String toString() {
        return "Frame[id=" + frameId() + ", simTime=" + simTime() + ", payloadBytes=" + payloadBytes() + ", streams="
                + streamCount() + ", missed=" + missed() + "]";
    }
}
