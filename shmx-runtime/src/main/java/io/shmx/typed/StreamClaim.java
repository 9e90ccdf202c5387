package io.shmx.typed;

import io.shmx.DType;

import java.lang.foreign.MemorySegment;
import java.util.Set;

/**
 * The elements of one array stream claimed in the frame being written, filled in place: a typed,
 * reusable handle (one per stream and writer) that a generated writer's frame hands out from
 * {@code x(count)}. Writes go straight to the slot; every index is checked against the claimed
 * count, so a write never lands in another stream. Valid until the frame is published or aborted;
 * after that every write through the claim throws an {@code IllegalStateException} that names the
 * stream and the fix. The raw {@link #segment()} is the slot's memory: a reference to it kept past
 * publish stays writable, unless the channel has checked segments
 * ({@link io.shmx.ChannelConfig#withCheckedSegments(boolean)}), which revoke it when the frame ends.
 *
 * <p>Indices count scalars in the flat layout: element {@code e}, component {@code c} of a stream
 * with {@code n} components is scalar {@code e * n + c}, as in the arrays {@code copyFrom} takes;
 * {@code set(index, component, value)} addresses it by element and component instead.
 *
 * <pre>
 *   segment(): the payload         offset()
 *   ... other streams ... | TLV hdr | e0c0 e0c1 e0c2 | e1c0 ... | padding
 *                                   |&lt;-- count() * bytesPerElem --&gt;|
 * </pre>
 */
public abstract sealed class StreamClaim
        permits BooleanClaim, ByteClaim, ShortClaim, IntClaim, LongClaim, FloatClaim, DoubleClaim, HalfFloatClaim {
    final String name;
    /** The generated writer's simple name, for messages. */
    private final String writerType;
    final DType dtype;
    final int components;
    final int bytesPerElem;
    final int scalarBytes;
    MemorySegment segment = MemorySegment.NULL;
    long offset;
    int count;
    int scalars;

    StreamClaim(FrameSchema schema, int stream, Set<DType> dtypes, String type) {
        this.name = schema.names[stream];
        this.writerType = schema.writerType;
        this.dtype = schema.dtypes[stream];
        this.components = schema.components[stream];
        this.bytesPerElem = schema.bytesPerElem[stream];
        this.scalarBytes = dtype.size();
        if (!dtypes.contains(dtype)) {
            throw new IllegalArgumentException("stream " + schema.describe(stream) + " cannot be claimed as a " + type
                    + "; it carries " + dtypes);
        }
    }

    final void wrap(MemorySegment segment, long offset, int count) {
        this.segment = segment;
        this.offset = offset;
        this.count = count;
        this.scalars = count * components;
    }

    final void release() {
        segment = MemorySegment.NULL;
        count = 0;
        scalars = 0;
    }

    /** {@return elements claimed} */
    public final int count() {
        return count;
    }

    /** {@return scalars per element} */
    public final int components() {
        return components;
    }

    /**
     * The frame's payload, which the claimed bytes live in; they start at {@link #offset()} and span
     * {@code count() * bytesPerElem} bytes, little-endian. Valid until the frame is published or
     * aborted ({@code MemorySegment.NULL} after that). A reference kept past then stays writable by
     * default; with {@link io.shmx.ChannelConfig#withCheckedSegments(boolean) checked segments} it
     * is revoked and a later access throws {@code IllegalStateException: Already closed}.
     *
     * @return the payload segment of the frame being written
     */
    public final MemorySegment segment() {
        return segment;
    }

    /** {@return offset of the first claimed byte within {@link #segment()}} */
    public final long offset() {
        return offset;
    }

    /** Byte offset of scalar {@code index} (flat), checked. */
    final long at(int index) {
        if (Integer.compareUnsigned(index, scalars) >= 0) {
            throw outside(index);
        }
        return offset + (long) index * scalarBytes;
    }

    /** Byte offset of element {@code index}, component {@code component}, checked. */
    final long at(int index, int component) {
        if (Integer.compareUnsigned(index, count) >= 0) {
            throw outside(index);
        }
        if (Integer.compareUnsigned(component, components) >= 0) {
            throw new IndexOutOfBoundsException("component " + component + " is outside 0.." + (components - 1)
                    + " of stream '" + name + "'");
        }
        return offset + (long) index * bytesPerElem + (long) component * scalarBytes;
    }

    /** Checks that {@code length} scalars fill the claim exactly. */
    final void checkLength(int length) {
        if (length != scalars) {
            throw wrongLength(length);
        }
    }

    private RuntimeException wrongLength(int length) {
        if (segment == MemorySegment.NULL) {
            return closed();
        }
        return new IllegalArgumentException("stream '" + name + "' claimed " + count + " elements of " + components
                + " scalar(s) = " + scalars + " scalars, but the array holds " + length);
    }

    /** Checks that the stream is unsigned and {@code value} lies in {@code 0..max}. */
    final void checkUnsigned(long value, long max) {
        if (dtype != DType.U8 && dtype != DType.U16 && dtype != DType.U32) {
            throw new IllegalStateException("stream '" + name + "' is " + dtype + ", not unsigned; use set(...)");
        }
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("unsigned value " + value + " does not fit stream '" + name + "' ("
                    + dtype + ", 0 to " + max + ")");
        }
    }

    private RuntimeException outside(int index) {
        if (segment == MemorySegment.NULL) {
            return closed();
        }
        return new IndexOutOfBoundsException("index " + index + " is outside the claim of stream '" + name + "' ("
                + count + " elements of " + components + " scalar(s))");
    }

    private IllegalStateException closed() {
        return new IllegalStateException("[ShmxClaimClosed] the claim of stream '" + name + "' was used after its "
                + "frame was published or aborted; a claim is valid only in the frame that made it: claim the stream "
                + "again on the frame that the next " + writerType + ".begin() returns, and write through that claim");
    }
}
