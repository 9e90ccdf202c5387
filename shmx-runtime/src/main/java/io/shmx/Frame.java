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

    /** {@return 1-based frame id} */
    public long frameId() { return view.frameId(); }

    /** {@return the producer's sim time for this frame} */
    public double simTime() { return view.simTime(); }

    /** {@return payload bytes of the frame (all TLVs)} */
    public long payloadBytes() { return view.payloadBytes(); }

    /** {@return TLV count from the frame header} */
    public int tlvCount() { return (int) view.tlvCount(); }

    /**
     * The gap just before this frame: how many frames this reader skipped between the frame it
     * returned before this one and this one. It is a per-frame number, not a running total: the
     * total since the reader attached is {@link ShmxClient#missedTotal()}.
     *
     * <p>Counted are the frames with ids between this frame's and the later of the previously
     * returned frame and the reader's baseline (the newest frame id when it opened the channel, 0
     * if none). For {@link ShmxClient#next()}, frames the producer overwrote before the reader got
     * to them (exact); for {@link ShmxClient#latest()}, frames published since the previous one that
     * were never returned. A reader that opens an empty channel and first reads after frames 1..5
     * were published gets {@code missedBefore() == 4} from {@code latest()}; frames published
     * before it opened the channel never count. 0 when {@code latest()} returns the same frame again.
     *
     * @return frames skipped just before this one (0 or more)
     */
    public long missedBefore() { return view.missed(); }

    /**
     * The same number as {@link #missedBefore()}, whose name says what it is.
     *
     * @deprecated {@code missed()} reads like a running total; it is the gap before this frame. Use
     *             {@link #missedBefore()}, or {@link ShmxClient#missedTotal()} for the total.
     * @return the same as {@link #missedBefore()}
     */
    @Deprecated(since = "0.1.0")
    public long missed() { return view.missed(); }

    /** {@return number of stream TLVs found in the payload} */
    public int streamCount() { return view.streamCount(); }

    /**
     * Index (0..streamCount-1) of the stream with this id in this frame, or -1 when absent.
     *
     * @param streamId the stream's id
     * @return the index of the stream, or -1
     */
    public int indexOf(int streamId) { return view.indexOf(streamId); }

    /**
     * The identity of this frame's stream layout: equal values from the same {@code Frame} mean the
     * same stream ids at the same indices, so an index found with {@link #indexOf(int)} for one frame
     * holds for every later frame with the same stamp. Generated views resolve their streams once
     * per stamp instead of on every read. Cheap (a compare of two fields).
     *
     * @return the layout stamp
     */
    public long layoutStamp() { return view.layoutStamp(); }

    /**
     * Stream id at an index.
     *
     * @param index the index of the stream in this frame, from 0 to {@code streamCount() - 1}
     * @return the stream id
     */
    public int streamIdAt(int index) { return view.streamIdAt(index); }

    /**
     * Byte offset of the stream's data within {@link #segment()}.
     *
     * @param index the index of the stream in this frame, from 0 to {@code streamCount() - 1}
     * @return the offset of the stream's data in {@link #segment()}
     */
    public long offsetAt(int index) { return view.offsetAt(index); }

    /**
     * Element count the producer declared for the stream at an index.
     *
     * @param index the index of the stream in this frame, from 0 to {@code streamCount() - 1}
     * @return the element count
     */
    public long elemCountAt(int index) { return view.elemCountAt(index); }

    /**
     * Data bytes of the stream at an index.
     *
     * @param index the index of the stream in this frame, from 0 to {@code streamCount() - 1}
     * @return the data bytes
     */
    public long byteCountAt(int index) { return view.byteCountAt(index); }

    /**
     * The read-only segment the offsets refer to (the slot, header included). Access is bounds
     * checked by the segment itself; the offsets have been checked to lie inside the frame.
     *
     * @return the slot segment
     */
    public MemorySegment segment() { return view.slot(); }

    /**
     * Zero-copy slice of a stream's data by id, or {@code null} when the frame has no such stream.
     *
     * @param streamId the stream's id
     * @return the stream's data in place, or {@code null}
     */
    public MemorySegment stream(int streamId) {
        int i = view.indexOf(streamId);
        return i < 0 ? null : view.slot().asSlice(view.offsetAt(i), view.byteCountAt(i));
    }

    /**
     * Zero-copy slice of a stream's data by directory name, or {@code null}.
     *
     * @param name the stream's name in the channel's directory
     * @return the stream's data in place, or {@code null}
     */
    public MemorySegment stream(String name) {
        Integer id = view.idOf(name);
        return id == null ? null : stream(id);
    }

    /**
     * Element count of a stream by id, or -1 when absent.
     *
     * @param streamId the stream's id
     * @return the element count, or -1
     */
    public long elemCount(int streamId) {
        int i = view.indexOf(streamId);
        return i < 0 ? -1 : view.elemCountAt(i);
    }

    /**
     * Data bytes of a stream by id, or -1 when absent.
     *
     * @param streamId the stream's id
     * @return the data bytes, or -1
     */
    public long byteCount(int streamId) {
        int i = view.indexOf(streamId);
        return i < 0 ? -1 : view.byteCountAt(i);
    }

    /**
     * Whether everything read from this frame so far is consistent: the producer has not started
     * overwriting the slot since the frame was returned. Cheap (one acquire load).
     *
     * @return whether what was read is consistent
     */
    public boolean isValid() {
        try {
            return view.isValid();
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, what);
        }
    }

    /**
     * A validated copy of a stream's data, or {@code null} when absent or overwritten meanwhile.
     *
     * @param streamId the stream's id
     * @return the copy, or {@code null}
     */
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
                + streamCount() + ", missedBefore=" + missedBefore() + "]";
    }
}
