package io.example.nested;

import io.shmx.ShmxException;
import io.shmx.typed.TypedView;
import java.lang.foreign.MemorySegment;
import javax.annotation.processing.Generated;

/**
 * A zero-copy view of the current {@link Telemetry.Tick} frame of a {@link Telemetry_TickReader}: one instance per reader,
 * re-pointed by every {@code latest()} / {@code next()}, never allocated per frame. Read, then
 * call {@link #isValid()} (see {@link TypedView}); {@link #toRecord()} copies and validates in one step.
 *
 * <p>Unsigned streams keep the signed Java type; their {@code ...Unsigned} accessors widen (U64 to
 * a {@code BigInteger}, which allocates). F16/BF16 streams convert to float on access; {@code ...Bits}
 * gives the raw bits. String streams are UTF-8 bytes: the accessor decodes a copy,
 * {@code ...Segment()} is zero-copy. {@code copyX(dst, offset)} copies an array stream into yours.
 */
@Generated(
        value = "io.shmx.processor.ShmxProcessor",
        comments = "from io.example.nested.Telemetry.Tick"
)
final class Telemetry_TickView extends TypedView {
    Telemetry_TickView() {
        super(Telemetry_TickSchema.FRAME);
    }

    /**
     * Whether this frame carries stream 'channelCount' (id 7, U16).
     */
    public boolean hasChannelCount() {
        return hasStream(0);
    }

    /**
     * Number of elements of stream 'channelCount' (id 7, U16) in this frame (0 when absent).
     */
    public int channelCountCount() {
        return countOf(0);
    }

    /**
     * Offset of stream 'channelCount' (id 7, U16)'s data within {@link #segment()}.
     */
    public long channelCountOffset() {
        return offsetOf(0);
    }

    /**
     * Zero-copy slice of stream 'channelCount' (id 7, U16)'s data (2 bytes per element, little-endian).
     */
    public MemorySegment channelCountSegment() {
        return sliceOf(0);
    }

    /**
     * Element of stream 'channelCount' (id 7, U16).
     */
    public short channelCount() {
        return getShort(scalarAt(0));
    }

    /**
     * Element of stream 'channelCount' (id 7, U16) read as unsigned.
     */
    public int channelCountUnsigned() {
        return Short.toUnsignedInt(getShort(scalarAt(0)));
    }

    /**
     * Whether this frame carries stream 'flags' (id 8, I8 x 4).
     */
    public boolean hasFlags() {
        return hasStream(1);
    }

    /**
     * Number of elements of stream 'flags' (id 8, I8 x 4) in this frame (0 when absent).
     */
    public int flagsCount() {
        return countOf(1);
    }

    /**
     * Offset of stream 'flags' (id 8, I8 x 4)'s data within {@link #segment()}.
     */
    public long flagsOffset() {
        return offsetOf(1);
    }

    /**
     * Zero-copy slice of stream 'flags' (id 8, I8 x 4)'s data (4 bytes per element, little-endian).
     */
    public MemorySegment flagsSegment() {
        return sliceOf(1);
    }

    /**
     * Element of stream 'flags' (id 8, I8 x 4).
     */
    public byte flags(int index, int component) {
        return getByte(elementAt(1, index, component));
    }

    /**
     * Copies stream 'flags' (id 8, I8 x 4) into {@code dst} from {@code dstOffset}: all {@code flagsCount() * 4} scalars,
     * flat; returns how many. Call {@link #isValid()} before trusting the copy.
     *
     * @throws IndexOutOfBoundsException when they do not all fit, saying how many there are
     */
    public int copyFlags(byte[] dst, int dstOffset) {
        return copyOut(1, dst, dstOffset);
    }

    /**
     * Copies this frame into a new {@link Telemetry.Tick}, then validates the copy.
     *
     * @throws ShmxException when the frame lacks a stream, or the producer overwrote the slot while it was copied
     */
    public Telemetry.Tick toRecord() {
        requireAllStreams();
        Telemetry.Tick record = new Telemetry.Tick(
                this.channelCount(),
                byteArray(1));
        requireValidCopy();
        return record;
    }
}
