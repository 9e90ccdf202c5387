package io.example;

import io.shmx.ShmxException;
import io.shmx.typed.TypedView;
import java.lang.foreign.MemorySegment;
import javax.annotation.processing.Generated;

/**
 * A zero-copy view of the current {@link Particles} frame of a {@link ParticlesReader}: one instance per reader,
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
        comments = "from io.example.Particles"
)
public final class ParticlesView extends TypedView {
    ParticlesView() {
        super(ParticlesSchema.FRAME);
    }

    /**
     * Whether this frame carries stream 'positions' (id 1, F32 x 3).
     */
    public boolean hasPositions() {
        return hasStream(0);
    }

    /**
     * Number of elements of stream 'positions' (id 1, F32 x 3) in this frame (0 when absent).
     */
    public int positionsCount() {
        return countOf(0);
    }

    /**
     * Offset of stream 'positions' (id 1, F32 x 3)'s data within {@link #segment()}.
     */
    public long positionsOffset() {
        return offsetOf(0);
    }

    /**
     * Zero-copy slice of stream 'positions' (id 1, F32 x 3)'s data (12 bytes per element, little-endian).
     */
    public MemorySegment positionsSegment() {
        return sliceOf(0);
    }

    /**
     * Element of stream 'positions' (id 1, F32 x 3).
     */
    public float positions(int index, int component) {
        return getFloat(elementAt(0, index, component));
    }

    /**
     * Copies stream 'positions' (id 1, F32 x 3) into {@code dst} from {@code dstOffset}: all {@code positionsCount() * 3} scalars,
     * flat; returns how many. Call {@link #isValid()} before trusting the copy.
     *
     * @throws IndexOutOfBoundsException when they do not all fit, saying how many there are
     */
    public int copyPositions(float[] dst, int dstOffset) {
        return copyOut(0, dst, dstOffset);
    }

    /**
     * Whether this frame carries stream 'ids' (id 2, U32).
     */
    public boolean hasIds() {
        return hasStream(1);
    }

    /**
     * Number of elements of stream 'ids' (id 2, U32) in this frame (0 when absent).
     */
    public int idsCount() {
        return countOf(1);
    }

    /**
     * Offset of stream 'ids' (id 2, U32)'s data within {@link #segment()}.
     */
    public long idsOffset() {
        return offsetOf(1);
    }

    /**
     * Zero-copy slice of stream 'ids' (id 2, U32)'s data (4 bytes per element, little-endian).
     */
    public MemorySegment idsSegment() {
        return sliceOf(1);
    }

    /**
     * Element of stream 'ids' (id 2, U32).
     */
    public int ids(int index) {
        return getInt(elementAt(1, index));
    }

    /**
     * Element of stream 'ids' (id 2, U32) read as unsigned.
     */
    public long idsUnsigned(int index) {
        return Integer.toUnsignedLong(getInt(elementAt(1, index)));
    }

    /**
     * Copies stream 'ids' (id 2, U32) into {@code dst} from {@code dstOffset}: all {@code idsCount() * 1} scalars,
     * flat; returns how many. Call {@link #isValid()} before trusting the copy.
     *
     * @throws IndexOutOfBoundsException when they do not all fit, saying how many there are
     */
    public int copyIds(int[] dst, int dstOffset) {
        return copyOut(1, dst, dstOffset);
    }

    /**
     * Whether this frame carries stream 'energy' (id 3, F64).
     */
    public boolean hasEnergy() {
        return hasStream(2);
    }

    /**
     * Number of elements of stream 'energy' (id 3, F64) in this frame (0 when absent).
     */
    public int energyCount() {
        return countOf(2);
    }

    /**
     * Offset of stream 'energy' (id 3, F64)'s data within {@link #segment()}.
     */
    public long energyOffset() {
        return offsetOf(2);
    }

    /**
     * Zero-copy slice of stream 'energy' (id 3, F64)'s data (8 bytes per element, little-endian).
     */
    public MemorySegment energySegment() {
        return sliceOf(2);
    }

    /**
     * Element of stream 'energy' (id 3, F64).
     */
    public double energy() {
        return getDouble(scalarAt(2));
    }

    /**
     * Whether this frame carries stream 'temperatures' (id 4, F16).
     */
    public boolean hasTemperatures() {
        return hasStream(3);
    }

    /**
     * Number of elements of stream 'temperatures' (id 4, F16) in this frame (0 when absent).
     */
    public int temperaturesCount() {
        return countOf(3);
    }

    /**
     * Offset of stream 'temperatures' (id 4, F16)'s data within {@link #segment()}.
     */
    public long temperaturesOffset() {
        return offsetOf(3);
    }

    /**
     * Zero-copy slice of stream 'temperatures' (id 4, F16)'s data (2 bytes per element, little-endian).
     */
    public MemorySegment temperaturesSegment() {
        return sliceOf(3);
    }

    /**
     * Element of stream 'temperatures' (id 4, F16).
     */
    public float temperatures(int index) {
        return getHalf(3, elementAt(3, index));
    }

    /**
     * Raw F16 bits of an element of stream 'temperatures' (id 4, F16).
     */
    public short temperaturesBits(int index) {
        return getShort(elementAt(3, index));
    }

    /**
     * Copies stream 'temperatures' (id 4, F16) into {@code dst} from {@code dstOffset}: all {@code temperaturesCount() * 1} scalars,
     * flat, converted to float; returns how many. Call {@link #isValid()} before trusting the copy.
     *
     * @throws IndexOutOfBoundsException when they do not all fit, saying how many there are
     */
    public int copyTemperatures(float[] dst, int dstOffset) {
        return copyOut(3, dst, dstOffset);
    }

    /**
     * Whether this frame carries stream 'weights' (id 5, BF16 x 2).
     */
    public boolean hasWeights() {
        return hasStream(4);
    }

    /**
     * Number of elements of stream 'weights' (id 5, BF16 x 2) in this frame (0 when absent).
     */
    public int weightsCount() {
        return countOf(4);
    }

    /**
     * Offset of stream 'weights' (id 5, BF16 x 2)'s data within {@link #segment()}.
     */
    public long weightsOffset() {
        return offsetOf(4);
    }

    /**
     * Zero-copy slice of stream 'weights' (id 5, BF16 x 2)'s data (4 bytes per element, little-endian).
     */
    public MemorySegment weightsSegment() {
        return sliceOf(4);
    }

    /**
     * Element of stream 'weights' (id 5, BF16 x 2).
     */
    public short weights(int index, int component) {
        return getShort(elementAt(4, index, component));
    }

    /**
     * Element of stream 'weights' (id 5, BF16 x 2) converted from BF16 to float.
     */
    public float weightsFloat(int index, int component) {
        return getHalf(4, elementAt(4, index, component));
    }

    /**
     * Copies stream 'weights' (id 5, BF16 x 2) into {@code dst} from {@code dstOffset}: all {@code weightsCount() * 2} scalars,
     * flat; returns how many. Call {@link #isValid()} before trusting the copy.
     *
     * @throws IndexOutOfBoundsException when they do not all fit, saying how many there are
     */
    public int copyWeights(short[] dst, int dstOffset) {
        return copyOut(4, dst, dstOffset);
    }

    /**
     * Whether this frame carries stream 'label' (id 6, U8).
     */
    public boolean hasLabel() {
        return hasStream(5);
    }

    /**
     * Number of bytes of stream 'label' (id 6, U8) in this frame (0 when absent).
     */
    public int labelCount() {
        return countOf(5);
    }

    /**
     * Offset of stream 'label' (id 6, U8)'s data within {@link #segment()}.
     */
    public long labelOffset() {
        return offsetOf(5);
    }

    /**
     * Zero-copy slice of stream 'label' (id 6, U8)'s data (1 bytes per element, little-endian).
     */
    public MemorySegment labelSegment() {
        return sliceOf(5);
    }

    /**
     * Stream 'label' (id 6, U8) decoded from UTF-8 (a copy; malformed bytes become U+FFFD).
     */
    public String label() {
        return textOf(5);
    }

    /**
     * Whether this frame carries stream 'alive' (id 7, BOOL).
     */
    public boolean hasAlive() {
        return hasStream(6);
    }

    /**
     * Number of elements of stream 'alive' (id 7, BOOL) in this frame (0 when absent).
     */
    public int aliveCount() {
        return countOf(6);
    }

    /**
     * Offset of stream 'alive' (id 7, BOOL)'s data within {@link #segment()}.
     */
    public long aliveOffset() {
        return offsetOf(6);
    }

    /**
     * Zero-copy slice of stream 'alive' (id 7, BOOL)'s data (1 bytes per element, little-endian).
     */
    public MemorySegment aliveSegment() {
        return sliceOf(6);
    }

    /**
     * Element of stream 'alive' (id 7, BOOL).
     */
    public boolean alive(int index) {
        return getBoolean(elementAt(6, index));
    }

    /**
     * Copies stream 'alive' (id 7, BOOL) into {@code dst} from {@code dstOffset}: all {@code aliveCount() * 1} scalars,
     * flat; returns how many. Call {@link #isValid()} before trusting the copy.
     *
     * @throws IndexOutOfBoundsException when they do not all fit, saying how many there are
     */
    public int copyAlive(boolean[] dst, int dstOffset) {
        return copyOut(6, dst, dstOffset);
    }

    /**
     * Whether this frame carries stream 'step_index' (id 8, I64).
     */
    public boolean hasStep() {
        return hasStream(7);
    }

    /**
     * Number of elements of stream 'step_index' (id 8, I64) in this frame (0 when absent).
     */
    public int stepCount() {
        return countOf(7);
    }

    /**
     * Offset of stream 'step_index' (id 8, I64)'s data within {@link #segment()}.
     */
    public long stepOffset() {
        return offsetOf(7);
    }

    /**
     * Zero-copy slice of stream 'step_index' (id 8, I64)'s data (8 bytes per element, little-endian).
     */
    public MemorySegment stepSegment() {
        return sliceOf(7);
    }

    /**
     * Element of stream 'step_index' (id 8, I64).
     */
    public long step() {
        return getLong(scalarAt(7));
    }

    /**
     * Whether this frame carries stream 'raw' (id 9, U16).
     */
    public boolean hasRaw() {
        return hasStream(8);
    }

    /**
     * Number of elements of stream 'raw' (id 9, U16) in this frame (0 when absent).
     */
    public int rawCount() {
        return countOf(8);
    }

    /**
     * Offset of stream 'raw' (id 9, U16)'s data within {@link #segment()}.
     */
    public long rawOffset() {
        return offsetOf(8);
    }

    /**
     * Zero-copy slice of stream 'raw' (id 9, U16)'s data (2 bytes per element, little-endian).
     */
    public MemorySegment rawSegment() {
        return sliceOf(8);
    }

    /**
     * Copies this frame into a new {@link Particles}, then validates the copy.
     *
     * @throws ShmxException when the frame lacks a stream, or the producer overwrote the slot while it was copied
     */
    public Particles toRecord() {
        requireAllStreams();
        Particles record = new Particles(
                floatArray(0),
                intArray(1),
                this.energy(),
                floatArray(3),
                shortArray(4),
                textOf(5),
                booleanArray(6),
                this.step(),
                rawCopy(8));
        requireValidCopy();
        return record;
    }
}
