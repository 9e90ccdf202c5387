package io.example.nested;

import io.shmx.Frame;
import io.shmx.ShmxException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import javax.annotation.processing.Generated;

/**
 * A zero-copy view of the current {@link Telemetry.Tick} frame of a {@link Telemetry_TickReader}: one instance per reader,
 * re-pointed by every {@code latest()} / {@code next()}, never allocated per frame.
 *
 * <p>Accessors read shared memory in place. The producer may overwrite the slot once it laps the
 * ring, so read, then call {@link #isValid()}: when it returns false, discard what was read.
 * {@link #toRecord()} copies and validates in one step.
 *
 * <p>Unsigned streams keep the signed Java type; their {@code ...Unsigned} accessors widen.
 * F16/BF16 streams convert to float on access; {@code ...Bits} gives the raw bits. String streams
 * are UTF-8 bytes: the accessor decodes a copy, {@code ...Segment()} is zero-copy.
 */
@Generated(
        value = "io.shmx.processor.ShmxProcessor",
        comments = "from io.example.nested.Telemetry.Tick"
)
final class Telemetry_TickView {
    private Frame frame;

    private MemorySegment segment = MemorySegment.NULL;

    private long channelCountOffset;

    private int channelCountCount;

    private boolean channelCountPresent;

    private long flagsOffset;

    private int flagsCount;

    private boolean flagsPresent;

    Telemetry_TickView() {
    }

    /**
     * Points this view at {@code frame}; stream offsets and counts are looked up once here.
     */
    Telemetry_TickView wrap(Frame frame) {
        this.frame = frame;
        this.segment = frame.segment();
        int index;
        index = frame.indexOf(Telemetry_TickSchema.CHANNEL_COUNT_ID);
        channelCountPresent = index >= 0;
        channelCountOffset = index >= 0 ? frame.offsetAt(index) : 0;
        channelCountCount = index >= 0 ? elementCount(frame, index, Telemetry_TickSchema.CHANNEL_COUNT_BYTES_PER_ELEM) : 0;
        index = frame.indexOf(Telemetry_TickSchema.FLAGS_ID);
        flagsPresent = index >= 0;
        flagsOffset = index >= 0 ? frame.offsetAt(index) : 0;
        flagsCount = index >= 0 ? elementCount(frame, index, Telemetry_TickSchema.FLAGS_BYTES_PER_ELEM) : 0;
        return this;
    }

    /**
     * The frame id (1-based, in publish order).
     */
    public long frameId() {
        return frame.frameId();
    }

    /**
     * The producer's sim time for this frame.
     */
    public double simTime() {
        return frame.simTime();
    }

    /**
     * The gap just before this frame (not a running total): frames this reader skipped between
     * the frame it returned before and this one; see {@link Frame#missedBefore()}. The total is
     * {@code missedTotal()} on the reader.
     */
    public long missedBefore() {
        return frame.missedBefore();
    }

    /**
     * The same number as {@link #missedBefore()}.
     *
     * @deprecated it reads like a running total; use {@link #missedBefore()}, or the reader's
     *     {@code missedTotal()} for the total
     */
    @Deprecated(
            since = "0.1.0"
    )
    public long missed() {
        return frame.missedBefore();
    }

    /**
     * Whether everything read from this view so far is consistent: the producer has not started
     * overwriting the slot. Cheap (one acquire load).
     */
    public boolean isValid() {
        return frame != null && frame.isValid();
    }

    /**
     * The runtime frame behind this view.
     */
    public Frame frame() {
        return frame;
    }

    /**
     * The read-only slot segment the {@code ...Offset()} values refer to.
     */
    public MemorySegment segment() {
        return segment;
    }

    /**
     * Whether this frame carries stream 'channelCount' (id 7, U16).
     */
    public boolean hasChannelCount() {
        return channelCountPresent;
    }

    /**
     * Number of elements of stream 'channelCount' (id 7, U16) in this frame (0 when absent).
     */
    public int channelCountCount() {
        return channelCountCount;
    }

    /**
     * Offset of stream 'channelCount' (id 7, U16)'s data within {@link #segment()}.
     */
    public long channelCountOffset() {
        return channelCountOffset;
    }

    /**
     * Zero-copy slice of stream 'channelCount' (id 7, U16)'s data (2 bytes per element, little-endian).
     */
    public MemorySegment channelCountSegment() {
        return segment.asSlice(channelCountOffset, (long) channelCountCount * Telemetry_TickSchema.CHANNEL_COUNT_BYTES_PER_ELEM);
    }

    /**
     * Element of stream 'channelCount' (id 7, U16).
     */
    public short channelCount() {
        if (channelCountCount == 0) {
            throw empty(Telemetry_TickSchema.CHANNEL_COUNT_NAME, Telemetry_TickSchema.CHANNEL_COUNT_ID);
        }
        long at = channelCountOffset;
        return segment.get(Telemetry_TickSchema.LE_SHORT, at);
    }

    /**
     * Element of stream 'channelCount' (id 7, U16) read as unsigned.
     */
    public int channelCountUnsigned() {
        if (channelCountCount == 0) {
            throw empty(Telemetry_TickSchema.CHANNEL_COUNT_NAME, Telemetry_TickSchema.CHANNEL_COUNT_ID);
        }
        long at = channelCountOffset;
        return Short.toUnsignedInt(segment.get(Telemetry_TickSchema.LE_SHORT, at));
    }

    /**
     * Whether this frame carries stream 'flags' (id 8, I8 x 4).
     */
    public boolean hasFlags() {
        return flagsPresent;
    }

    /**
     * Number of elements of stream 'flags' (id 8, I8 x 4) in this frame (0 when absent).
     */
    public int flagsCount() {
        return flagsCount;
    }

    /**
     * Offset of stream 'flags' (id 8, I8 x 4)'s data within {@link #segment()}.
     */
    public long flagsOffset() {
        return flagsOffset;
    }

    /**
     * Zero-copy slice of stream 'flags' (id 8, I8 x 4)'s data (4 bytes per element, little-endian).
     */
    public MemorySegment flagsSegment() {
        return segment.asSlice(flagsOffset, (long) flagsCount * Telemetry_TickSchema.FLAGS_BYTES_PER_ELEM);
    }

    /**
     * Element of stream 'flags' (id 8, I8 x 4).
     */
    public byte flags(int index, int component) {
        long at = elementOffset(flagsOffset, index, flagsCount, Telemetry_TickSchema.FLAGS_BYTES_PER_ELEM, Telemetry_TickSchema.FLAGS_NAME)
                + componentOffset(component, Telemetry_TickSchema.FLAGS_COMPONENTS, 1, Telemetry_TickSchema.FLAGS_NAME);
        return segment.get(Telemetry_TickSchema.BYTE, at);
    }

    /**
     * Copies this frame into a new {@link Telemetry.Tick}, then validates the copy.
     *
     * @throws ShmxException when the frame lacks a stream, or the producer overwrote the slot while it was copied
     */
    public Telemetry.Tick toRecord() {
        if (!channelCountPresent) {
            throw missing(Telemetry_TickSchema.CHANNEL_COUNT_NAME, Telemetry_TickSchema.CHANNEL_COUNT_ID);
        }
        if (!flagsPresent) {
            throw missing(Telemetry_TickSchema.FLAGS_NAME, Telemetry_TickSchema.FLAGS_ID);
        }
        short channelCountValue = this.channelCount();
        byte[] flagsValue = new byte[Math.multiplyExact(flagsCount, Telemetry_TickSchema.FLAGS_COMPONENTS)];
        MemorySegment.copy(segment, Telemetry_TickSchema.BYTE, flagsOffset, flagsValue, 0, flagsValue.length);
        if (!isValid()) {
            throw new ShmxException("frame " + frame.frameId() + " was overwritten by the producer while it was copied (this reader fell a whole ring behind); read a newer frame, or give the channel more slots with ChannelConfig.withSlots(n)");
        }
        return new Telemetry.Tick(channelCountValue, flagsValue);
    }

    /**
     * Frame id, sim time and the element count of every stream.
     */
    @Override
    public String toString() {
        if (frame == null) {
            return "Telemetry_TickView[no frame]";
        }
        return "Telemetry_TickView[frameId=" + frame.frameId() + ", simTime=" + frame.simTime()
                + ", channelCount=" + channelCountCount
                + ", flags=" + flagsCount + "]";
    }

    /**
     * Elements of a stream that lie within its bytes, whatever count the producer declared.
     */
    private static int elementCount(Frame frame, int index, int bytesPerElem) {
        long count = Math.min(frame.elemCountAt(index), frame.byteCountAt(index) / bytesPerElem);
        return (int) Math.max(0, Math.min(count, Integer.MAX_VALUE));
    }

    private static long elementOffset(long base, int index, int count, int bytesPerElem,
            String stream) {
        if (Integer.compareUnsigned(index, count) >= 0) {
            throw new IndexOutOfBoundsException("index " + index + " is outside stream '" + stream + "', which has " + count + " elements in this frame");
        }
        return base + (long) index * bytesPerElem;
    }

    private static long componentOffset(int component, int components, int scalarBytes,
            String stream) {
        if (Integer.compareUnsigned(component, components) >= 0) {
            throw new IndexOutOfBoundsException("component " + component + " is outside stream '" + stream + "', which has " + components + " components");
        }
        return (long) component * scalarBytes;
    }

    private byte[] copyBytes(long offset, int count) {
        byte[] bytes = new byte[count];
        MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, offset, bytes, 0, count);
        return bytes;
    }

    private ShmxException missing(String stream, int id) {
        return new ShmxException("frame " + frame.frameId() + " has no stream '" + stream + "' (id " + id + "); it was not written by a producer of this schema");
    }

    private ShmxException empty(String stream, int id) {
        return new ShmxException("frame " + frame.frameId() + " carries no element of stream '" + stream + "' (id " + id + ")");
    }
}
