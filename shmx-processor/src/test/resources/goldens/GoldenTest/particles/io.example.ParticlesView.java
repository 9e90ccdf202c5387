package io.example;

import io.shmx.Frame;
import io.shmx.ShmxException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Generated;

/**
 * A zero-copy view of the current {@link Particles} frame of a {@link ParticlesReader}: one instance per reader,
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
        comments = "from io.example.Particles"
)
public final class ParticlesView {
    private Frame frame;

    private MemorySegment segment = MemorySegment.NULL;

    private long positionsOffset;

    private int positionsCount;

    private boolean positionsPresent;

    private long idsOffset;

    private int idsCount;

    private boolean idsPresent;

    private long energyOffset;

    private int energyCount;

    private boolean energyPresent;

    private long temperaturesOffset;

    private int temperaturesCount;

    private boolean temperaturesPresent;

    private long weightsOffset;

    private int weightsCount;

    private boolean weightsPresent;

    private long labelOffset;

    private int labelCount;

    private boolean labelPresent;

    private long aliveOffset;

    private int aliveCount;

    private boolean alivePresent;

    private long stepOffset;

    private int stepCount;

    private boolean stepPresent;

    private long rawOffset;

    private int rawCount;

    private boolean rawPresent;

    ParticlesView() {
    }

    /**
     * Points this view at {@code frame}; stream offsets and counts are looked up once here.
     */
    ParticlesView wrap(Frame frame) {
        this.frame = frame;
        this.segment = frame.segment();
        int index;
        index = frame.indexOf(ParticlesSchema.POSITIONS_ID);
        positionsPresent = index >= 0;
        positionsOffset = index >= 0 ? frame.offsetAt(index) : 0;
        positionsCount = index >= 0 ? elementCount(frame, index, ParticlesSchema.POSITIONS_BYTES_PER_ELEM) : 0;
        index = frame.indexOf(ParticlesSchema.IDS_ID);
        idsPresent = index >= 0;
        idsOffset = index >= 0 ? frame.offsetAt(index) : 0;
        idsCount = index >= 0 ? elementCount(frame, index, ParticlesSchema.IDS_BYTES_PER_ELEM) : 0;
        index = frame.indexOf(ParticlesSchema.ENERGY_ID);
        energyPresent = index >= 0;
        energyOffset = index >= 0 ? frame.offsetAt(index) : 0;
        energyCount = index >= 0 ? elementCount(frame, index, ParticlesSchema.ENERGY_BYTES_PER_ELEM) : 0;
        index = frame.indexOf(ParticlesSchema.TEMPERATURES_ID);
        temperaturesPresent = index >= 0;
        temperaturesOffset = index >= 0 ? frame.offsetAt(index) : 0;
        temperaturesCount = index >= 0 ? elementCount(frame, index, ParticlesSchema.TEMPERATURES_BYTES_PER_ELEM) : 0;
        index = frame.indexOf(ParticlesSchema.WEIGHTS_ID);
        weightsPresent = index >= 0;
        weightsOffset = index >= 0 ? frame.offsetAt(index) : 0;
        weightsCount = index >= 0 ? elementCount(frame, index, ParticlesSchema.WEIGHTS_BYTES_PER_ELEM) : 0;
        index = frame.indexOf(ParticlesSchema.LABEL_ID);
        labelPresent = index >= 0;
        labelOffset = index >= 0 ? frame.offsetAt(index) : 0;
        labelCount = index >= 0 ? elementCount(frame, index, ParticlesSchema.LABEL_BYTES_PER_ELEM) : 0;
        index = frame.indexOf(ParticlesSchema.ALIVE_ID);
        alivePresent = index >= 0;
        aliveOffset = index >= 0 ? frame.offsetAt(index) : 0;
        aliveCount = index >= 0 ? elementCount(frame, index, ParticlesSchema.ALIVE_BYTES_PER_ELEM) : 0;
        index = frame.indexOf(ParticlesSchema.STEP_ID);
        stepPresent = index >= 0;
        stepOffset = index >= 0 ? frame.offsetAt(index) : 0;
        stepCount = index >= 0 ? elementCount(frame, index, ParticlesSchema.STEP_BYTES_PER_ELEM) : 0;
        index = frame.indexOf(ParticlesSchema.RAW_ID);
        rawPresent = index >= 0;
        rawOffset = index >= 0 ? frame.offsetAt(index) : 0;
        rawCount = index >= 0 ? elementCount(frame, index, ParticlesSchema.RAW_BYTES_PER_ELEM) : 0;
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
     * Whether this frame carries stream 'positions' (id 1, F32 x 3).
     */
    public boolean hasPositions() {
        return positionsPresent;
    }

    /**
     * Number of elements of stream 'positions' (id 1, F32 x 3) in this frame (0 when absent).
     */
    public int positionsCount() {
        return positionsCount;
    }

    /**
     * Offset of stream 'positions' (id 1, F32 x 3)'s data within {@link #segment()}.
     */
    public long positionsOffset() {
        return positionsOffset;
    }

    /**
     * Zero-copy slice of stream 'positions' (id 1, F32 x 3)'s data (12 bytes per element, little-endian).
     */
    public MemorySegment positionsSegment() {
        return segment.asSlice(positionsOffset, (long) positionsCount * ParticlesSchema.POSITIONS_BYTES_PER_ELEM);
    }

    /**
     * Element of stream 'positions' (id 1, F32 x 3).
     */
    public float positions(int index, int component) {
        long at = elementOffset(positionsOffset, index, positionsCount, ParticlesSchema.POSITIONS_BYTES_PER_ELEM, ParticlesSchema.POSITIONS_NAME)
                + componentOffset(component, ParticlesSchema.POSITIONS_COMPONENTS, 4, ParticlesSchema.POSITIONS_NAME);
        return segment.get(ParticlesSchema.LE_FLOAT, at);
    }

    /**
     * Whether this frame carries stream 'ids' (id 2, U32).
     */
    public boolean hasIds() {
        return idsPresent;
    }

    /**
     * Number of elements of stream 'ids' (id 2, U32) in this frame (0 when absent).
     */
    public int idsCount() {
        return idsCount;
    }

    /**
     * Offset of stream 'ids' (id 2, U32)'s data within {@link #segment()}.
     */
    public long idsOffset() {
        return idsOffset;
    }

    /**
     * Zero-copy slice of stream 'ids' (id 2, U32)'s data (4 bytes per element, little-endian).
     */
    public MemorySegment idsSegment() {
        return segment.asSlice(idsOffset, (long) idsCount * ParticlesSchema.IDS_BYTES_PER_ELEM);
    }

    /**
     * Element of stream 'ids' (id 2, U32).
     */
    public int ids(int index) {
        long at = elementOffset(idsOffset, index, idsCount, ParticlesSchema.IDS_BYTES_PER_ELEM, ParticlesSchema.IDS_NAME);
        return segment.get(ParticlesSchema.LE_INT, at);
    }

    /**
     * Element of stream 'ids' (id 2, U32) read as unsigned.
     */
    public long idsUnsigned(int index) {
        long at = elementOffset(idsOffset, index, idsCount, ParticlesSchema.IDS_BYTES_PER_ELEM, ParticlesSchema.IDS_NAME);
        return Integer.toUnsignedLong(segment.get(ParticlesSchema.LE_INT, at));
    }

    /**
     * Whether this frame carries stream 'energy' (id 3, F64).
     */
    public boolean hasEnergy() {
        return energyPresent;
    }

    /**
     * Number of elements of stream 'energy' (id 3, F64) in this frame (0 when absent).
     */
    public int energyCount() {
        return energyCount;
    }

    /**
     * Offset of stream 'energy' (id 3, F64)'s data within {@link #segment()}.
     */
    public long energyOffset() {
        return energyOffset;
    }

    /**
     * Zero-copy slice of stream 'energy' (id 3, F64)'s data (8 bytes per element, little-endian).
     */
    public MemorySegment energySegment() {
        return segment.asSlice(energyOffset, (long) energyCount * ParticlesSchema.ENERGY_BYTES_PER_ELEM);
    }

    /**
     * Element of stream 'energy' (id 3, F64).
     */
    public double energy() {
        if (energyCount == 0) {
            throw empty(ParticlesSchema.ENERGY_NAME, ParticlesSchema.ENERGY_ID);
        }
        long at = energyOffset;
        return segment.get(ParticlesSchema.LE_DOUBLE, at);
    }

    /**
     * Whether this frame carries stream 'temperatures' (id 4, F16).
     */
    public boolean hasTemperatures() {
        return temperaturesPresent;
    }

    /**
     * Number of elements of stream 'temperatures' (id 4, F16) in this frame (0 when absent).
     */
    public int temperaturesCount() {
        return temperaturesCount;
    }

    /**
     * Offset of stream 'temperatures' (id 4, F16)'s data within {@link #segment()}.
     */
    public long temperaturesOffset() {
        return temperaturesOffset;
    }

    /**
     * Zero-copy slice of stream 'temperatures' (id 4, F16)'s data (2 bytes per element, little-endian).
     */
    public MemorySegment temperaturesSegment() {
        return segment.asSlice(temperaturesOffset, (long) temperaturesCount * ParticlesSchema.TEMPERATURES_BYTES_PER_ELEM);
    }

    /**
     * Element of stream 'temperatures' (id 4, F16).
     */
    public float temperatures(int index) {
        long at = elementOffset(temperaturesOffset, index, temperaturesCount, ParticlesSchema.TEMPERATURES_BYTES_PER_ELEM, ParticlesSchema.TEMPERATURES_NAME);
        return Float.float16ToFloat(segment.get(ParticlesSchema.LE_SHORT, at));
    }

    /**
     * Raw F16 bits of an element of stream 'temperatures' (id 4, F16).
     */
    public short temperaturesBits(int index) {
        long at = elementOffset(temperaturesOffset, index, temperaturesCount, ParticlesSchema.TEMPERATURES_BYTES_PER_ELEM, ParticlesSchema.TEMPERATURES_NAME);
        return segment.get(ParticlesSchema.LE_SHORT, at);
    }

    /**
     * Whether this frame carries stream 'weights' (id 5, BF16 x 2).
     */
    public boolean hasWeights() {
        return weightsPresent;
    }

    /**
     * Number of elements of stream 'weights' (id 5, BF16 x 2) in this frame (0 when absent).
     */
    public int weightsCount() {
        return weightsCount;
    }

    /**
     * Offset of stream 'weights' (id 5, BF16 x 2)'s data within {@link #segment()}.
     */
    public long weightsOffset() {
        return weightsOffset;
    }

    /**
     * Zero-copy slice of stream 'weights' (id 5, BF16 x 2)'s data (4 bytes per element, little-endian).
     */
    public MemorySegment weightsSegment() {
        return segment.asSlice(weightsOffset, (long) weightsCount * ParticlesSchema.WEIGHTS_BYTES_PER_ELEM);
    }

    /**
     * Element of stream 'weights' (id 5, BF16 x 2).
     */
    public short weights(int index, int component) {
        long at = elementOffset(weightsOffset, index, weightsCount, ParticlesSchema.WEIGHTS_BYTES_PER_ELEM, ParticlesSchema.WEIGHTS_NAME)
                + componentOffset(component, ParticlesSchema.WEIGHTS_COMPONENTS, 2, ParticlesSchema.WEIGHTS_NAME);
        return segment.get(ParticlesSchema.LE_SHORT, at);
    }

    /**
     * Element of stream 'weights' (id 5, BF16 x 2) converted from BF16 to float.
     */
    public float weightsFloat(int index, int component) {
        long at = elementOffset(weightsOffset, index, weightsCount, ParticlesSchema.WEIGHTS_BYTES_PER_ELEM, ParticlesSchema.WEIGHTS_NAME)
                + componentOffset(component, ParticlesSchema.WEIGHTS_COMPONENTS, 2, ParticlesSchema.WEIGHTS_NAME);
        return Float.intBitsToFloat(segment.get(ParticlesSchema.LE_SHORT, at) << 16);
    }

    /**
     * Whether this frame carries stream 'label' (id 6, U8).
     */
    public boolean hasLabel() {
        return labelPresent;
    }

    /**
     * Number of bytes of stream 'label' (id 6, U8) in this frame (0 when absent).
     */
    public int labelCount() {
        return labelCount;
    }

    /**
     * Offset of stream 'label' (id 6, U8)'s data within {@link #segment()}.
     */
    public long labelOffset() {
        return labelOffset;
    }

    /**
     * Zero-copy slice of stream 'label' (id 6, U8)'s data (1 bytes per element, little-endian).
     */
    public MemorySegment labelSegment() {
        return segment.asSlice(labelOffset, (long) labelCount * ParticlesSchema.LABEL_BYTES_PER_ELEM);
    }

    /**
     * Stream 'label' (id 6, U8) decoded from UTF-8 (a copy; malformed bytes become U+FFFD).
     */
    public String label() {
        if (!labelPresent) {
            throw missing(ParticlesSchema.LABEL_NAME, ParticlesSchema.LABEL_ID);
        }
        return new String(copyBytes(labelOffset, labelCount), StandardCharsets.UTF_8);
    }

    /**
     * Whether this frame carries stream 'alive' (id 7, BOOL).
     */
    public boolean hasAlive() {
        return alivePresent;
    }

    /**
     * Number of elements of stream 'alive' (id 7, BOOL) in this frame (0 when absent).
     */
    public int aliveCount() {
        return aliveCount;
    }

    /**
     * Offset of stream 'alive' (id 7, BOOL)'s data within {@link #segment()}.
     */
    public long aliveOffset() {
        return aliveOffset;
    }

    /**
     * Zero-copy slice of stream 'alive' (id 7, BOOL)'s data (1 bytes per element, little-endian).
     */
    public MemorySegment aliveSegment() {
        return segment.asSlice(aliveOffset, (long) aliveCount * ParticlesSchema.ALIVE_BYTES_PER_ELEM);
    }

    /**
     * Element of stream 'alive' (id 7, BOOL).
     */
    public boolean alive(int index) {
        long at = elementOffset(aliveOffset, index, aliveCount, ParticlesSchema.ALIVE_BYTES_PER_ELEM, ParticlesSchema.ALIVE_NAME);
        return segment.get(ParticlesSchema.BYTE, at) != 0;
    }

    /**
     * Whether this frame carries stream 'step_index' (id 8, I64).
     */
    public boolean hasStep() {
        return stepPresent;
    }

    /**
     * Number of elements of stream 'step_index' (id 8, I64) in this frame (0 when absent).
     */
    public int stepCount() {
        return stepCount;
    }

    /**
     * Offset of stream 'step_index' (id 8, I64)'s data within {@link #segment()}.
     */
    public long stepOffset() {
        return stepOffset;
    }

    /**
     * Zero-copy slice of stream 'step_index' (id 8, I64)'s data (8 bytes per element, little-endian).
     */
    public MemorySegment stepSegment() {
        return segment.asSlice(stepOffset, (long) stepCount * ParticlesSchema.STEP_BYTES_PER_ELEM);
    }

    /**
     * Element of stream 'step_index' (id 8, I64).
     */
    public long step() {
        if (stepCount == 0) {
            throw empty(ParticlesSchema.STEP_NAME, ParticlesSchema.STEP_ID);
        }
        long at = stepOffset;
        return segment.get(ParticlesSchema.LE_LONG, at);
    }

    /**
     * Whether this frame carries stream 'raw' (id 9, U16).
     */
    public boolean hasRaw() {
        return rawPresent;
    }

    /**
     * Number of elements of stream 'raw' (id 9, U16) in this frame (0 when absent).
     */
    public int rawCount() {
        return rawCount;
    }

    /**
     * Offset of stream 'raw' (id 9, U16)'s data within {@link #segment()}.
     */
    public long rawOffset() {
        return rawOffset;
    }

    /**
     * Zero-copy slice of stream 'raw' (id 9, U16)'s data (2 bytes per element, little-endian).
     */
    public MemorySegment rawSegment() {
        return segment.asSlice(rawOffset, (long) rawCount * ParticlesSchema.RAW_BYTES_PER_ELEM);
    }

    /**
     * Copies this frame into a new {@link Particles}, then validates the copy.
     *
     * @throws ShmxException when the frame lacks a stream, or the producer overwrote the slot while it was copied
     */
    public Particles toRecord() {
        if (!positionsPresent) {
            throw missing(ParticlesSchema.POSITIONS_NAME, ParticlesSchema.POSITIONS_ID);
        }
        if (!idsPresent) {
            throw missing(ParticlesSchema.IDS_NAME, ParticlesSchema.IDS_ID);
        }
        if (!energyPresent) {
            throw missing(ParticlesSchema.ENERGY_NAME, ParticlesSchema.ENERGY_ID);
        }
        if (!temperaturesPresent) {
            throw missing(ParticlesSchema.TEMPERATURES_NAME, ParticlesSchema.TEMPERATURES_ID);
        }
        if (!weightsPresent) {
            throw missing(ParticlesSchema.WEIGHTS_NAME, ParticlesSchema.WEIGHTS_ID);
        }
        if (!labelPresent) {
            throw missing(ParticlesSchema.LABEL_NAME, ParticlesSchema.LABEL_ID);
        }
        if (!alivePresent) {
            throw missing(ParticlesSchema.ALIVE_NAME, ParticlesSchema.ALIVE_ID);
        }
        if (!stepPresent) {
            throw missing(ParticlesSchema.STEP_NAME, ParticlesSchema.STEP_ID);
        }
        if (!rawPresent) {
            throw missing(ParticlesSchema.RAW_NAME, ParticlesSchema.RAW_ID);
        }
        float[] positionsValue = new float[Math.multiplyExact(positionsCount, ParticlesSchema.POSITIONS_COMPONENTS)];
        MemorySegment.copy(segment, ParticlesSchema.LE_FLOAT, positionsOffset, positionsValue, 0, positionsValue.length);
        int[] idsValue = new int[Math.multiplyExact(idsCount, ParticlesSchema.IDS_COMPONENTS)];
        MemorySegment.copy(segment, ParticlesSchema.LE_INT, idsOffset, idsValue, 0, idsValue.length);
        double energyValue = this.energy();
        float[] temperaturesValue = new float[Math.multiplyExact(temperaturesCount, ParticlesSchema.TEMPERATURES_COMPONENTS)];
        for (int i = 0; i < temperaturesValue.length; i++) {
            long at = temperaturesOffset + (long) i * 2;
            temperaturesValue[i] = Float.float16ToFloat(segment.get(ParticlesSchema.LE_SHORT, at));
        }
        short[] weightsValue = new short[Math.multiplyExact(weightsCount, ParticlesSchema.WEIGHTS_COMPONENTS)];
        MemorySegment.copy(segment, ParticlesSchema.LE_SHORT, weightsOffset, weightsValue, 0, weightsValue.length);
        byte[] labelValue = copyBytes(labelOffset, labelCount);
        boolean[] aliveValue = new boolean[Math.multiplyExact(aliveCount, ParticlesSchema.ALIVE_COMPONENTS)];
        for (int i = 0; i < aliveValue.length; i++) {
            long at = aliveOffset + (long) i * 1;
            aliveValue[i] = segment.get(ParticlesSchema.BYTE, at) != 0;
        }
        long stepValue = this.step();
        byte[] rawValue = copyBytes(rawOffset, Math.multiplyExact(rawCount, ParticlesSchema.RAW_BYTES_PER_ELEM));
        if (!isValid()) {
            throw new ShmxException("frame " + frame.frameId() + " was overwritten by the producer while it was copied (this reader fell a whole ring behind); read a newer frame, or give the channel more slots with ChannelConfig.withSlots(n)");
        }
        return new Particles(positionsValue, idsValue, energyValue, temperaturesValue, weightsValue, new String(labelValue, StandardCharsets.UTF_8), aliveValue, stepValue, MemorySegment.ofArray(rawValue));
    }

    /**
     * Frame id, sim time and the element count of every stream.
     */
    @Override
    public String toString() {
        if (frame == null) {
            return "ParticlesView[no frame]";
        }
        return "ParticlesView[frameId=" + frame.frameId() + ", simTime=" + frame.simTime()
                + ", positions=" + positionsCount
                + ", ids=" + idsCount
                + ", energy=" + energyCount
                + ", temperatures=" + temperaturesCount
                + ", weights=" + weightsCount
                + ", label=" + labelCount
                + ", alive=" + aliveCount
                + ", step_index=" + stepCount
                + ", raw=" + rawCount + "]";
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
