package io.shmx.typed;

import io.shmx.FrameWriter;

import java.lang.foreign.MemorySegment;

/**
 * The base of a generated writer's {@code Frame}: a frame being written straight into its slot.
 * Write each stream once (in any order), then {@link #publish(double)} or {@link #abort()}; claims
 * and segments handed out are valid until then. After that a claim throws on every write, but a raw
 * segment kept past publish (a raw stream's bytes, {@link StreamClaim#segment()}) stays writable
 * and would change a frame readers may be reading, unless the channel has checked segments
 * ({@link io.shmx.ChannelConfig#withCheckedSegments(boolean)}), which revoke every segment of the
 * frame when it ends (a later access throws {@code IllegalStateException: Already closed}).
 *
 * <p>A generated frame adds, per stream, a typed setter (scalars, strings, arrays copied in) and
 * for arrays a claim {@code x(count)} to fill in place, each a call to the helpers here with the
 * stream's position {@code k} in the record.
 *
 * <p>Every write reserves the stream's TLV through {@link #reserve}, which checks, in order: the
 * frame is open, the stream not yet written, the count not negative, and the frame within the
 * channel's cap counting the streams written so far. Nothing allocates on the way.
 */
public abstract class TypedFrame {
    final FrameSchema schema;
    private final long[] written; // bit k of word k / 64: stream k is in the open frame
    private final StreamClaim[] claims;
    TypedWriter<?> owner;
    private FrameWriter writer;

    /**
     * Creates the part every generated class of a record shares.
     *
     * @param schema the record's schema
     */
    protected TypedFrame(FrameSchema schema) {
        this.schema = schema;
        this.written = new long[(schema.size() + 63) >>> 6];
        this.claims = new StreamClaim[schema.size()];
    }

    /**
     * Registers the reusable claim of array stream {@code k} (called once per stream, from the constructor).
     *
     * @param <C> the claim type
     * @param k the stream's position in the record (0-based)
     * @param claim the stream's claim
     * @return the claim
     */
    protected final <C extends StreamClaim> C registerClaim(int k, C claim) {
        claims[k] = claim;
        return claim;
    }

    final void open(FrameWriter writer) {
        this.writer = writer;
        for (int w = 0; w < written.length; w++) {
            written[w] = 0;
        }
    }

    private void close() {
        writer = null;
        for (StreamClaim claim : claims) {
            if (claim != null) {
                claim.release();
            }
        }
    }

    /** {@return whether the frame is begun and neither published nor aborted} */
    public final boolean isOpen() {
        return writer != null;
    }

    /** {@return payload bytes used so far, TLV headers and padding included} */
    public final long payloadBytes() {
        return requireOpen().payloadBytes();
    }

    /**
     * Publishes the frame with {@code simTime}; returns its frame id.
     *
     * @param simTime the producer's sim time for this frame
     * @return the id of the published frame
     * @throws IllegalStateException when a stream was not written (the frame stays open)
     * @throws io.shmx.ShmxException when the channel refuses the publish, e.g. with checked segments
     *                               on another thread than the one that filled the frame (the frame
     *                               stays open)
     */
    public final long publish(double simTime) {
        FrameWriter open = requireOpen();
        long[] all = schema.allWritten;
        for (int w = 0; w < written.length; w++) {
            if (written[w] != all[w]) {
                throw notAllWritten();
            }
        }
        long id = open.publish(simTime);
        close();
        return id;
    }

    /**
     * Drops the frame: readers never see it. Does nothing when no frame is open. If the channel
     * refuses (checked segments, on another thread than the one that filled the frame), the frame
     * stays open.
     */
    public final void abort() {
        if (writer != null) {
            writer.abort();
            close();
        }
    }

    // --- helpers for the generated setters; k is the stream's position in the record

    /**
     * Claims {@code count} elements of array stream {@code k} and returns its claim, wrapped around them.
     *
     * @param <C> the claim type
     * @param k the stream's position in the record (0-based)
     * @param count the number of elements
     * @return the stream's claim
     */
    @SuppressWarnings("unchecked")
    protected final <C extends StreamClaim> C claimArray(int k, int count) {
        long at = reserve(k, count);
        StreamClaim claim = claims[k];
        claim.wrap(writer.segment(), at, count);
        return (C) claim;
    }

    /**
     * Elements of array stream {@code k} in {@code values} ({@code components} scalars each).
     *
     * @param k the stream's position in the record (0-based)
     * @param values the values to copy
     * @return elements of array stream {@code k} in {@code values} ({@code components} scalars each)
     * @throws IllegalArgumentException when {@code values} is null or its length is not a multiple of the components
     */
    protected final int elementsOf(int k, boolean[] values) {
        return elements(schema, k, values == null ? -1 : values.length);
    }

    /**
     * Elements of stream {@code k} that {@code values} holds (its length over the components), checked.
     *
     * @param k the stream's position in the record (0-based)
     * @param values the values to write
     * @return the element count
     */
    protected final int elementsOf(int k, byte[] values) {
        return elements(schema, k, values == null ? -1 : values.length);
    }

    /**
     * Elements of stream {@code k} that {@code values} holds (its length over the components), checked.
     *
     * @param k the stream's position in the record (0-based)
     * @param values the values to write
     * @return the element count
     */
    protected final int elementsOf(int k, short[] values) {
        return elements(schema, k, values == null ? -1 : values.length);
    }

    /**
     * Elements of stream {@code k} that {@code values} holds (its length over the components), checked.
     *
     * @param k the stream's position in the record (0-based)
     * @param values the values to write
     * @return the element count
     */
    protected final int elementsOf(int k, int[] values) {
        return elements(schema, k, values == null ? -1 : values.length);
    }

    /**
     * Elements of stream {@code k} that {@code values} holds (its length over the components), checked.
     *
     * @param k the stream's position in the record (0-based)
     * @param values the values to write
     * @return the element count
     */
    protected final int elementsOf(int k, long[] values) {
        return elements(schema, k, values == null ? -1 : values.length);
    }

    /**
     * Elements of stream {@code k} that {@code values} holds (its length over the components), checked.
     *
     * @param k the stream's position in the record (0-based)
     * @param values the values to write
     * @return the element count
     */
    protected final int elementsOf(int k, float[] values) {
        return elements(schema, k, values == null ? -1 : values.length);
    }

    /**
     * Elements of stream {@code k} that {@code values} holds (its length over the components), checked.
     *
     * @param k the stream's position in the record (0-based)
     * @param values the values to write
     * @return the element count
     */
    protected final int elementsOf(int k, double[] values) {
        return elements(schema, k, values == null ? -1 : values.length);
    }

    /**

     * Writes scalar stream {@code k} of this frame.

     *

     * @param k     the stream's position in the record (0-based)

     * @param value the value

     */

    protected final void putByte(int k, byte value) {
        long at = reserve(k, 1);
        writer.segment().set(Le.BYTE, at, value);
    }

    /**

     * Writes scalar stream {@code k} of this frame.

     *

     * @param k     the stream's position in the record (0-based)

     * @param value the value

     */

    protected final void putBoolean(int k, boolean value) {
        long at = reserve(k, 1);
        writer.segment().set(Le.BYTE, at, (byte) (value ? 1 : 0));
    }

    /**

     * Writes scalar stream {@code k} of this frame.

     *

     * @param k     the stream's position in the record (0-based)

     * @param value the value

     */

    protected final void putShort(int k, short value) {
        long at = reserve(k, 1);
        writer.segment().set(Le.SHORT, at, value);
    }

    /**

     * Writes scalar stream {@code k} of this frame.

     *

     * @param k     the stream's position in the record (0-based)

     * @param value the value

     */

    protected final void putInt(int k, int value) {
        long at = reserve(k, 1);
        writer.segment().set(Le.INT, at, value);
    }

    /**

     * Writes scalar stream {@code k} of this frame.

     *

     * @param k     the stream's position in the record (0-based)

     * @param value the value

     */

    protected final void putLong(int k, long value) {
        long at = reserve(k, 1);
        writer.segment().set(Le.LONG, at, value);
    }

    /**

     * Writes scalar stream {@code k} of this frame.

     *

     * @param k     the stream's position in the record (0-based)

     * @param value the value

     */

    protected final void putFloat(int k, float value) {
        long at = reserve(k, 1);
        writer.segment().set(Le.FLOAT, at, value);
    }

    /**

     * Writes scalar stream {@code k} of this frame.

     *

     * @param k     the stream's position in the record (0-based)

     * @param value the value

     */

    protected final void putDouble(int k, double value) {
        long at = reserve(k, 1);
        writer.segment().set(Le.DOUBLE, at, value);
    }

    /**
     * Stores {@code value} converted to stream {@code k}'s F16 or BF16.
     *
     * @param k the stream's position in the record (0-based)
     * @param value the value
     */
    protected final void putHalf(int k, float value) {
        long at = reserve(k, 1);
        writer.segment().set(Le.SHORT, at, HalfFloats.fromFloat(schema.dtypes[k], value));
    }

    /**
     * Writes text stream {@code k}: the UTF-8 bytes of {@code value}, encoded once, straight into the slot.
     *
     * @param k the stream's position in the record (0-based)
     * @param value the value
     */
    protected final void putText(int k, String value) {
        if (value == null) {
            throw nullValue(schema, k);
        }
        long at = reserve(k, Utf8.encodedLength(value));
        Utf8.encode(value, writer.segment(), at);
    }

    /**
     * Claims {@code count} elements of raw stream {@code k} and returns their bytes in the slot,
     * valid until the frame is published or aborted (revoked then with checked segments).
     *
     * @param k the stream's position in the record (0-based)
     * @param count the number of elements
     * @return claims {@code count} elements of raw stream {@code k} and returns their bytes in the slot
     */
    protected final MemorySegment claimBytes(int k, long count) {
        long at = reserve(k, count);
        return writer.segment().asSlice(at, count * schema.bytesPerElem[k]);
    }

    /**
     * Writes raw stream {@code k}: a copy of {@code bytes}, a whole number of elements.
     *
     * @param k the stream's position in the record (0-based)
     * @param bytes the stream's data, copied into the slot
     */
    protected final void putBytes(int k, MemorySegment bytes) {
        if (bytes == null) {
            throw nullValue(schema, k);
        }
        MemorySegment.copy(bytes, 0, claimBytes(k, segmentElements(schema, k, bytes)), 0, bytes.byteSize());
    }

    /**
     * Reserves stream {@code k}'s TLV for {@code count} elements after checking the frame is open,
     * the stream new and the frame within the cap; returns the offset of its data in the slot.
     *
     * @param k the stream's position in the record (0-based)
     * @param count the number of elements
     * @return reserves stream {@code k}'s TLV for {@code count} elements after checking the frame is open, the stream new and the frame within the cap
     */
    protected final long reserve(int k, long count) {
        FrameWriter open = requireOpen();
        long bit = 1L << k;
        int word = k >>> 6;
        if ((written[word] & bit) != 0 || count < 0) {
            throw badReserve(k, count);
        }
        long needed = open.payloadBytes() + SchemaEncoding.frameStreamBytes(count * schema.bytesPerElem[k]);
        if (needed > owner.frameBytesCap()) {
            throw owner.tooLarge(needed, ", counting the streams written so far and '" + schema.names[k] + "'");
        }
        long at = open.claimOffset(schema.ids[k], count);
        written[word] |= bit;
        return at;
    }

    private RuntimeException badReserve(int k, long count) {
        if ((written[k >>> 6] & (1L << k)) == 0) {
            return new IllegalArgumentException("stream '" + schema.names[k] + "': element count " + count
                    + " is negative");
        }
        return new IllegalStateException("stream '" + schema.names[k] + "' is already in this frame; each stream is"
                + " written once");
    }

    private FrameWriter requireOpen() {
        FrameWriter open = writer;
        if (open == null) {
            throw notOpen();
        }
        return open;
    }

    private IllegalStateException notOpen() {
        return new IllegalStateException("no frame is open: call " + schema.writerType + ".begin() first (a frame"
                + " ends with publish or abort)");
    }

    private IllegalStateException notAllWritten() {
        StringBuilder missing = new StringBuilder();
        for (int k = 0; k < schema.size(); k++) {
            if ((written[k >>> 6] & (1L << k)) == 0) {
                missing.append(missing.isEmpty() ? "" : ", ").append(schema.names[k]);
            }
        }
        String record = schema.recordType().substring(schema.recordType().lastIndexOf('.') + 1);
        return new IllegalStateException("the frame lacks stream(s) " + missing + ": write every stream of " + record
                + " before publish, or abort()");
    }

    static IllegalArgumentException nullValue(FrameSchema schema, int k) {
        return new IllegalArgumentException("stream '" + schema.names[k] + "' was given null; every stream of a "
                + schema.recordType() + " frame needs a value");
    }

    /** Elements in {@code scalars} values of stream {@code k}; -1 scalars stands for a null array. */
    static int elements(FrameSchema schema, int k, int scalars) {
        if (scalars < 0) {
            throw nullValue(schema, k);
        }
        int components = schema.components[k];
        if (components == 1) {
            return scalars; // no division on the common path: the divisor is not a constant here
        }
        if (scalars % components != 0) {
            throw notMultiple(schema, k, scalars);
        }
        return scalars / components;
    }

    private static IllegalArgumentException notMultiple(FrameSchema schema, int k, int scalars) {
        int components = schema.components[k];
        return new IllegalArgumentException("stream '" + schema.names[k] + "' has " + components
                + " scalars per element, but the array holds " + scalars + ", not a multiple of " + components);
    }

    static long segmentElements(FrameSchema schema, int k, MemorySegment bytes) {
        int bytesPerElem = schema.bytesPerElem[k];
        if (bytes.byteSize() % bytesPerElem != 0) {
            throw new IllegalArgumentException("stream '" + schema.names[k] + "' has " + bytesPerElem
                    + " bytes per element, but the segment holds " + bytes.byteSize() + " bytes, not a multiple of "
                    + bytesPerElem);
        }
        return bytes.byteSize() / bytesPerElem;
    }
}
