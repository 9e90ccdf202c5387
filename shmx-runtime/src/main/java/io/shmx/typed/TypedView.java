package io.shmx.typed;

import io.shmx.DType;
import io.shmx.Frame;
import io.shmx.ShmxException;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The base of a generated zero-copy view ({@code FooView}): one instance per reader, re-pointed at
 * every frame the reader returns, never allocated per frame. A generated view adds only its typed
 * accessors, each a call to the helpers here with the stream's position {@code k} in the record.
 *
 * <p>Accessors read shared memory in place. The producer may overwrite the slot once it laps the
 * ring, so read, then call {@link #isValid()}: when it returns false, discard what was read.
 *
 * <h2>Stream lookup: once per frame layout</h2>
 * {@code wrap} maps the record's streams to the frame's TLV indices ({@code indices[k]}, -1 when
 * absent) only when the frame's {@link Frame#layoutStamp()} differs from the one the map was built
 * for, which for a producer that writes the same streams in the same order is once. Per frame it
 * then copies each stream's offset and element count from its known index: O(1) per stream, no
 * search of the frame's streams and no look at the directory.
 */
public abstract class TypedView {
    // package-private for ViewText; written by wrap only
    final FrameSchema schema;
    final int[] indices;
    final long[] offsets;
    final int[] counts;
    Frame frame;
    MemorySegment segment = MemorySegment.NULL;
    private Frame resolvedFrame;
    private long resolvedStamp;
    /** The frame id whose offsets and counts were copied last (0: none). */
    private long wrappedId;

    /**
     * Creates the part every generated class of a record shares.
     *
     * @param schema the record's schema
     */
    protected TypedView(FrameSchema schema) {
        this.schema = schema;
        int n = schema.size();
        this.indices = new int[n];
        this.offsets = new long[n];
        this.counts = new int[n];
    }

    /** Points this view at {@code frame} (the reader's, freshly returned). */
    final void wrap(Frame frame) {
        if (this.frame != frame) {
            this.frame = frame; // reference stores are skipped when unchanged: they cost GC barriers
        }
        MemorySegment slot = frame.segment();
        long stamp = frame.layoutStamp();
        long id = frame.frameId();
        if (segment == slot && id == wrappedId && frame == resolvedFrame && stamp == resolvedStamp) {
            // The frame this view already describes (same slot view of the same mapping, same frame
            // id, same layout): its offsets and counts are the ones copied last time.
            return;
        }
        if (segment != slot) {
            segment = slot;
        }
        if (frame != resolvedFrame || stamp != resolvedStamp) {
            resolve(frame, stamp);
        }
        wrappedId = id;
        int[] bytesPerElem = schema.bytesPerElem;
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i >= 0) {
                offsets[k] = frame.offsetAt(i);
                counts[k] = elementsWithinBytes(frame.elemCountAt(i), frame.byteCountAt(i), bytesPerElem[k]);
            } else {
                offsets[k] = 0;
                counts[k] = 0;
            }
        }
    }

    /**
     * Elements of a stream that lie within its bytes, whatever count the producer declared:
     * {@code min(elemCount, byteCount / bytesPerElem)}, clamped to an int. The common case (the
     * declared count fits) needs no division: {@code elemCount} is a u32 and {@code bytesPerElem}
     * an int, so their product cannot overflow.
     */
    static int elementsWithinBytes(long elemCount, long byteCount, int bytesPerElem) {
        long elements = elemCount * bytesPerElem <= byteCount ? elemCount : byteCount / bytesPerElem;
        return (int) Math.max(0, Math.min(elements, Integer.MAX_VALUE));
    }

    private void resolve(Frame frame, long stamp) {
        for (int k = 0; k < indices.length; k++) {
            indices[k] = frame.indexOf(schema.ids[k]);
        }
        resolvedFrame = frame;
        resolvedStamp = stamp;
    }

    /** {@return the frame id (1-based, in publish order)} */
    public final long frameId() {
        return frame.frameId();
    }

    /** {@return the producer's sim time for this frame} */
    public final double simTime() {
        return frame.simTime();
    }

    /**
     * The gap just before this frame, not a running total: frames published after the reader
     * attached that it skipped between the frame it returned before and this one (overwritten before
     * {@code next()} got to them, or never returned by {@code latest()}); see
     * {@link Frame#missedBefore()}. The reader's {@code missedTotal()} is the running total.
     *
     * @return frames skipped just before this one (0 or more)
     */
    public final long missedBefore() {
        return frame.missedBefore();
    }

    /**
     * The same number as {@link #missedBefore()}.
     *
     * @return the same as {@link #missedBefore()}
     * @deprecated it reads like a running total; use {@link #missedBefore()}, or the reader's
     *             {@code missedTotal()} for the total
     */
    @Deprecated(since = "0.1.0")
    public final long missed() {
        return frame.missedBefore();
    }

    /**
     * Whether everything read from this view so far is consistent: the producer has not started
     * overwriting the slot. Cheap (one acquire load).
     *
     * @return whether what was read is consistent
     */
    public final boolean isValid() {
        return frame != null && frame.isValid();
    }

    /** {@return the runtime frame behind this view} */
    public final Frame frame() {
        return frame;
    }

    /**
     * The read-only slot segment the {@code ...Offset()} values refer to.
     *
     * @return the slot segment
     */
    public final MemorySegment segment() {
        return segment;
    }

    // --- per-stream helpers for the generated accessors; k is the stream's position in the record

    /**
     * Whether this frame carries stream {@code k}.
     *
     * @param k the stream's position in the record (0-based)
     * @return whether this frame carries stream {@code k}
     */
    protected final boolean hasStream(int k) {
        return indices[k] >= 0;
    }

    /**
     * Elements of stream {@code k} in this frame (0 when absent).
     *
     * @param k the stream's position in the record (0-based)
     * @return elements of stream {@code k} in this frame (0 when absent)
     */
    protected final int countOf(int k) {
        return counts[k];
    }

    /**
     * Offset of stream {@code k}'s data within {@link #segment()}.
     *
     * @param k the stream's position in the record (0-based)
     * @return offset of stream {@code k}'s data within {@link #segment()}
     */
    protected final long offsetOf(int k) {
        return offsets[k];
    }

    /**
     * Zero-copy slice of stream {@code k}'s data.
     *
     * @param k the stream's position in the record (0-based)
     * @return zero-copy slice of stream {@code k}'s data
     */
    protected final MemorySegment sliceOf(int k) {
        return segment.asSlice(offsets[k], (long) counts[k] * schema.bytesPerElem[k]);
    }

    /**
     * Byte offset of element {@code index} of single-component stream {@code k}, checked.
     *
     * @param k the stream's position in the record (0-based)
     * @param index the element index, from 0
     * @return byte offset of element {@code index} of single-component stream {@code k}, checked
     */
    protected final long elementAt(int k, int index) {
        int count = counts[k];
        if (Integer.compareUnsigned(index, count) >= 0) {
            throw outside(k, index, count);
        }
        return offsets[k] + (long) index * schema.bytesPerElem[k];
    }

    /**
     * Byte offset of element {@code index}, component {@code component} of stream {@code k}, checked.
     *
     * @param k the stream's position in the record (0-based)
     * @param index the element index, from 0
     * @param component the component within the element, from 0
     * @return byte offset of element {@code index}, component {@code component} of stream {@code k}, checked
     */
    protected final long elementAt(int k, int index, int component) {
        int components = schema.components[k];
        if (Integer.compareUnsigned(component, components) >= 0) {
            throw componentOutside(k, component);
        }
        return elementAt(k, index) + (long) component * schema.dtypes[k].size();
    }

    /**
     * Byte offset of the one element of scalar stream {@code k}; fails when the frame carries none.
     *
     * @param k the stream's position in the record (0-based)
     * @return byte offset of the one element of scalar stream {@code k}; fails when the frame carries none
     */
    protected final long scalarAt(int k) {
        if (counts[k] == 0) {
            throw noElement(k);
        }
        return offsets[k];
    }

    /**
     * Reads a little-endian {@code byte} at {@code at}.
     *
     * @param at the byte offset in {@link #segment()}
     * @return the value
     */
    protected final byte getByte(long at) {
        return segment.get(Le.BYTE, at);
    }

    /**
     * Reads a little-endian {@code boolean} at {@code at}.
     *
     * @param at the byte offset in {@link #segment()}
     * @return the value
     */
    protected final boolean getBoolean(long at) {
        return segment.get(Le.BYTE, at) != 0;
    }

    /**
     * Reads a little-endian {@code short} at {@code at}.
     *
     * @param at the byte offset in {@link #segment()}
     * @return the value
     */
    protected final short getShort(long at) {
        return segment.get(Le.SHORT, at);
    }

    /**
     * Reads a little-endian {@code int} at {@code at}.
     *
     * @param at the byte offset in {@link #segment()}
     * @return the value
     */
    protected final int getInt(long at) {
        return segment.get(Le.INT, at);
    }

    /**
     * Reads a little-endian {@code long} at {@code at}.
     *
     * @param at the byte offset in {@link #segment()}
     * @return the value
     */
    protected final long getLong(long at) {
        return segment.get(Le.LONG, at);
    }

    /**
     * Reads a little-endian {@code float} at {@code at}.
     *
     * @param at the byte offset in {@link #segment()}
     * @return the value
     */
    protected final float getFloat(long at) {
        return segment.get(Le.FLOAT, at);
    }

    /**
     * Reads a little-endian {@code double} at {@code at}.
     *
     * @param at the byte offset in {@link #segment()}
     * @return the value
     */
    protected final double getDouble(long at) {
        return segment.get(Le.DOUBLE, at);
    }

    /**
     * The F16 or BF16 (as stream {@code k} is) at {@code at}, converted to float.
     *
     * @param k the stream's position in the record (0-based)
     * @param at the byte offset in {@link #segment()}
     * @return the F16 or BF16 (as stream {@code k} is) at {@code at}, converted to float
     */
    protected final float getHalf(int k, long at) {
        return HalfFloats.toFloat(schema.dtypes[k], segment.get(Le.SHORT, at));
    }

    /**
     * A U64 value as its exact unsigned value (allocates: for display and arithmetic off hot paths).
     *
     * @param bits the raw 16 bits (F16 or BF16)
     * @return a U64 value as its exact unsigned value (allocates: for display and arithmetic off hot paths)
     */
    protected static BigInteger unsignedValue(long bits) {
        BigInteger value = BigInteger.valueOf(bits & Long.MAX_VALUE);
        return bits < 0 ? value.setBit(Long.SIZE - 1) : value;
    }

    /**
     * Text stream {@code k} decoded from UTF-8 (a copy; malformed bytes become U+FFFD).
     *
     * @param k the stream's position in the record (0-based)
     * @return text stream {@code k} decoded from UTF-8 (a copy; malformed bytes become U+FFFD)
     */
    protected final String textOf(int k) {
        if (indices[k] < 0) {
            throw missing(k);
        }
        return new String(copyBytes(offsets[k], counts[k]), StandardCharsets.UTF_8);
    }

    // --- copying out

    /**
     * Copies stream {@code k}'s scalars (all elements, {@code components} each, flat) into
     * {@code dst} from {@code dstOffset}; returns how many. Read-then-validate applies: call
     * {@link #isValid()} after using the copy.
     *
     * @param k the stream's position in the record (0-based)
     * @param dst the array to copy into
     * @param dstOffset where in {@code dst} the first element goes
     * @return the number of elements copied
     * @throws IndexOutOfBoundsException when {@code dst} has no room for them all from {@code dstOffset}
     */
    protected final int copyOut(int k, float[] dst, int dstOffset) {
        int n = checkRoom(k, dst.length, dstOffset);
        long at = offsets[k];
        DType dtype = schema.dtypes[k];
        if (dtype == DType.F32) {
            MemorySegment.copy(segment, Le.FLOAT, at, dst, dstOffset, n);
        } else {
            for (int i = 0; i < n; i++) {
                dst[dstOffset + i] = HalfFloats.toFloat(dtype, segment.get(Le.SHORT, at + 2L * i));
            }
        }
        return n;
    }

    /**
     * As {@link #copyOut(int, float[], int)}, for a {@code double[]} stream.
     *
     * @param k the stream's position in the record (0-based)
     * @param dst the array to copy into
     * @param dstOffset where in {@code dst} the first element goes
     * @return the number of elements copied
     */
    protected final int copyOut(int k, double[] dst, int dstOffset) {
        int n = checkRoom(k, dst.length, dstOffset);
        MemorySegment.copy(segment, Le.DOUBLE, offsets[k], dst, dstOffset, n);
        return n;
    }

    /**
     * As {@link #copyOut(int, float[], int)}, for a {@code long[]} stream.
     *
     * @param k the stream's position in the record (0-based)
     * @param dst the array to copy into
     * @param dstOffset where in {@code dst} the first element goes
     * @return the number of elements copied
     */
    protected final int copyOut(int k, long[] dst, int dstOffset) {
        int n = checkRoom(k, dst.length, dstOffset);
        MemorySegment.copy(segment, Le.LONG, offsets[k], dst, dstOffset, n);
        return n;
    }

    /**
     * As {@link #copyOut(int, float[], int)}, for an {@code int[]} stream.
     *
     * @param k the stream's position in the record (0-based)
     * @param dst the array to copy into
     * @param dstOffset where in {@code dst} the first element goes
     * @return the number of elements copied
     */
    protected final int copyOut(int k, int[] dst, int dstOffset) {
        int n = checkRoom(k, dst.length, dstOffset);
        MemorySegment.copy(segment, Le.INT, offsets[k], dst, dstOffset, n);
        return n;
    }

    /**
     * As {@link #copyOut(int, float[], int)}, for a {@code short[]} stream (F16/BF16 as raw bits).
     *
     * @param k the stream's position in the record (0-based)
     * @param dst the array to copy into
     * @param dstOffset where in {@code dst} the first element goes
     * @return the number of elements copied
     */
    protected final int copyOut(int k, short[] dst, int dstOffset) {
        int n = checkRoom(k, dst.length, dstOffset);
        MemorySegment.copy(segment, Le.SHORT, offsets[k], dst, dstOffset, n);
        return n;
    }

    /**
     * As {@link #copyOut(int, float[], int)}, for a {@code byte[]} stream.
     *
     * @param k the stream's position in the record (0-based)
     * @param dst the array to copy into
     * @param dstOffset where in {@code dst} the first element goes
     * @return the number of elements copied
     */
    protected final int copyOut(int k, byte[] dst, int dstOffset) {
        int n = checkRoom(k, dst.length, dstOffset);
        MemorySegment.copy(segment, Le.BYTE, offsets[k], dst, dstOffset, n);
        return n;
    }

    /**
     * As {@link #copyOut(int, float[], int)}, for a {@code boolean[]} stream.
     *
     * @param k the stream's position in the record (0-based)
     * @param dst the array to copy into
     * @param dstOffset where in {@code dst} the first element goes
     * @return the number of elements copied
     */
    protected final int copyOut(int k, boolean[] dst, int dstOffset) {
        int n = checkRoom(k, dst.length, dstOffset);
        long at = offsets[k];
        for (int i = 0; i < n; i++) {
            dst[dstOffset + i] = segment.get(Le.BYTE, at + i) != 0;
        }
        return n;
    }

    // --- toRecord helpers: new arrays (allocate; not for hot paths)

    /**
     * A copy of array stream {@code k} as a {@code float[]}, validated.
     *
     * @param k the stream's position in the record (0-based)
     * @return the copy
     */
    protected final float[] floatArray(int k) {
        float[] out = new float[scalars(k)];
        copyOut(k, out, 0);
        return out;
    }

    /**
     * A copy of array stream {@code k} as a {@code double[]}, validated.
     *
     * @param k the stream's position in the record (0-based)
     * @return the copy
     */
    protected final double[] doubleArray(int k) {
        double[] out = new double[scalars(k)];
        copyOut(k, out, 0);
        return out;
    }

    /**
     * A copy of array stream {@code k} as a {@code long[]}, validated.
     *
     * @param k the stream's position in the record (0-based)
     * @return the copy
     */
    protected final long[] longArray(int k) {
        long[] out = new long[scalars(k)];
        copyOut(k, out, 0);
        return out;
    }

    /**
     * A copy of array stream {@code k} as a {@code int[]}, validated.
     *
     * @param k the stream's position in the record (0-based)
     * @return the copy
     */
    protected final int[] intArray(int k) {
        int[] out = new int[scalars(k)];
        copyOut(k, out, 0);
        return out;
    }

    /**
     * A copy of array stream {@code k} as a {@code short[]}, validated.
     *
     * @param k the stream's position in the record (0-based)
     * @return the copy
     */
    protected final short[] shortArray(int k) {
        short[] out = new short[scalars(k)];
        copyOut(k, out, 0);
        return out;
    }

    /**
     * A copy of array stream {@code k} as a {@code byte[]}, validated.
     *
     * @param k the stream's position in the record (0-based)
     * @return the copy
     */
    protected final byte[] byteArray(int k) {
        byte[] out = new byte[scalars(k)];
        copyOut(k, out, 0);
        return out;
    }

    /**
     * A copy of array stream {@code k} as a {@code boolean[]}, validated.
     *
     * @param k the stream's position in the record (0-based)
     * @return the copy
     */
    protected final boolean[] booleanArray(int k) {
        boolean[] out = new boolean[scalars(k)];
        copyOut(k, out, 0);
        return out;
    }

    /**
     * A heap copy of raw stream {@code k}'s bytes.
     *
     * @param k the stream's position in the record (0-based)
     * @return a heap copy of raw stream {@code k}'s bytes
     */
    protected final MemorySegment rawCopy(int k) {
        return MemorySegment.ofArray(copyBytes(offsets[k], Math.multiplyExact(counts[k], schema.bytesPerElem[k])));
    }

    /** Fails unless this frame carries every stream of the record (before a {@code toRecord} copy). */
    protected final void requireAllStreams() {
        for (int k = 0; k < indices.length; k++) {
            if (indices[k] < 0) {
                throw missing(k);
            }
        }
    }

    /** Fails when the producer overwrote the frame while it was copied (after a {@code toRecord} copy). */
    protected final void requireValidCopy() {
        if (!isValid()) {
            throw new ShmxException("frame " + frame.frameId() + " was overwritten by the producer while it was copied"
                    + " (this reader fell a whole ring behind); read a newer frame, or give the channel more slots"
                    + " with ChannelConfig.withSlots(n)");
        }
    }

    /**
     * Frame id, sim time, missed, then every stream: a scalar or text stream as its value, an array
     * stream as its dtype, element count and first elements ({@code positions=F32x3[1000 elems:
     * (0.0, 1.0, 2.0), ...]}), so that counts never read as values. Reads shared memory; says so
     * when the producer overwrote the frame meanwhile.
     */
    @Override
    public final String toString() {
        return ViewText.format(this, getClass().getSimpleName());
    }

    private int scalars(int k) {
        return Math.multiplyExact(counts[k], schema.components[k]);
    }

    private int checkRoom(int k, int length, int dstOffset) {
        int n = scalars(k);
        if (dstOffset < 0 || dstOffset > length || length - dstOffset < n) {
            int components = schema.components[k];
            throw new IndexOutOfBoundsException("stream '" + schema.names[k] + "' holds " + n + " scalars ("
                    + counts[k] + " elements x " + components + ") in frame " + frame.frameId()
                    + ", but the array of length " + length + " has room for " + Math.max(0, length - Math.max(0, dstOffset))
                    + " from offset " + dstOffset + "; pass an array with at least offset + count() * " + components
                    + " scalars");
        }
        return n;
    }

    private byte[] copyBytes(long offset, int count) {
        byte[] bytes = new byte[count];
        MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, offset, bytes, 0, count);
        return bytes;
    }

    private IndexOutOfBoundsException outside(int k, int index, int count) {
        return new IndexOutOfBoundsException("index " + index + " is outside stream '" + schema.names[k]
                + "', which has " + count + " elements in this frame");
    }

    private IndexOutOfBoundsException componentOutside(int k, int component) {
        return new IndexOutOfBoundsException("component " + component + " is outside stream '" + schema.names[k]
                + "', which has " + schema.components[k] + " components");
    }

    private ShmxException noElement(int k) {
        return indices[k] < 0 ? missing(k) : new ShmxException("frame " + frame.frameId()
                + " carries no element of stream '" + schema.names[k] + "' (id " + schema.ids[k] + ")");
    }

    private ShmxException missing(int k) {
        return new ShmxException("frame " + frame.frameId() + " has no stream '" + schema.names[k] + "' (id "
                + schema.ids[k] + "); it was not written by a producer of this schema");
    }
}
