package io.example.robot;

import io.shmx.Frame;
import io.shmx.ShmxException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Generated;

/**
 * A zero-copy view of the current {@link RobotState} frame of a {@link RobotStateReader}: one instance per reader,
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
        comments = "from io.example.robot.RobotState"
)
public final class RobotStateView {
    private Frame frame;

    private MemorySegment segment = MemorySegment.NULL;

    private long jointPositionsOffset;

    private int jointPositionsCount;

    private boolean jointPositionsPresent;

    private long jointTorquesOffset;

    private int jointTorquesCount;

    private boolean jointTorquesPresent;

    private long poseOffset;

    private int poseCount;

    private boolean posePresent;

    private long contactsOffset;

    private int contactsCount;

    private boolean contactsPresent;

    private long modeOffset;

    private int modeCount;

    private boolean modePresent;

    private long timestampNanosOffset;

    private int timestampNanosCount;

    private boolean timestampNanosPresent;

    private long batteryOffset;

    private int batteryCount;

    private boolean batteryPresent;

    RobotStateView() {
    }

    /**
     * Points this view at {@code frame}; stream offsets and counts are looked up once here.
     */
    RobotStateView wrap(Frame frame) {
        this.frame = frame;
        this.segment = frame.segment();
        int index;
        index = frame.indexOf(RobotStateSchema.JOINT_POSITIONS_ID);
        jointPositionsPresent = index >= 0;
        jointPositionsOffset = index >= 0 ? frame.offsetAt(index) : 0;
        jointPositionsCount = index >= 0 ? elementCount(frame, index, RobotStateSchema.JOINT_POSITIONS_BYTES_PER_ELEM) : 0;
        index = frame.indexOf(RobotStateSchema.JOINT_TORQUES_ID);
        jointTorquesPresent = index >= 0;
        jointTorquesOffset = index >= 0 ? frame.offsetAt(index) : 0;
        jointTorquesCount = index >= 0 ? elementCount(frame, index, RobotStateSchema.JOINT_TORQUES_BYTES_PER_ELEM) : 0;
        index = frame.indexOf(RobotStateSchema.POSE_ID);
        posePresent = index >= 0;
        poseOffset = index >= 0 ? frame.offsetAt(index) : 0;
        poseCount = index >= 0 ? elementCount(frame, index, RobotStateSchema.POSE_BYTES_PER_ELEM) : 0;
        index = frame.indexOf(RobotStateSchema.CONTACTS_ID);
        contactsPresent = index >= 0;
        contactsOffset = index >= 0 ? frame.offsetAt(index) : 0;
        contactsCount = index >= 0 ? elementCount(frame, index, RobotStateSchema.CONTACTS_BYTES_PER_ELEM) : 0;
        index = frame.indexOf(RobotStateSchema.MODE_ID);
        modePresent = index >= 0;
        modeOffset = index >= 0 ? frame.offsetAt(index) : 0;
        modeCount = index >= 0 ? elementCount(frame, index, RobotStateSchema.MODE_BYTES_PER_ELEM) : 0;
        index = frame.indexOf(RobotStateSchema.TIMESTAMP_NANOS_ID);
        timestampNanosPresent = index >= 0;
        timestampNanosOffset = index >= 0 ? frame.offsetAt(index) : 0;
        timestampNanosCount = index >= 0 ? elementCount(frame, index, RobotStateSchema.TIMESTAMP_NANOS_BYTES_PER_ELEM) : 0;
        index = frame.indexOf(RobotStateSchema.BATTERY_ID);
        batteryPresent = index >= 0;
        batteryOffset = index >= 0 ? frame.offsetAt(index) : 0;
        batteryCount = index >= 0 ? elementCount(frame, index, RobotStateSchema.BATTERY_BYTES_PER_ELEM) : 0;
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
     * Frames published after the reader attached that it skipped before this one: overwritten
     * before {@code next()} got to them, or never returned by {@code latest()}; see
     * {@link Frame#missed()}.
     */
    public long missed() {
        return frame.missed();
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
     * Whether this frame carries stream 'jointPositions' (id 1, F64).
     */
    public boolean hasJointPositions() {
        return jointPositionsPresent;
    }

    /**
     * Number of elements of stream 'jointPositions' (id 1, F64) in this frame (0 when absent).
     */
    public int jointPositionsCount() {
        return jointPositionsCount;
    }

    /**
     * Offset of stream 'jointPositions' (id 1, F64)'s data within {@link #segment()}.
     */
    public long jointPositionsOffset() {
        return jointPositionsOffset;
    }

    /**
     * Zero-copy slice of stream 'jointPositions' (id 1, F64)'s data (8 bytes per element, little-endian).
     */
    public MemorySegment jointPositionsSegment() {
        return segment.asSlice(jointPositionsOffset, (long) jointPositionsCount * RobotStateSchema.JOINT_POSITIONS_BYTES_PER_ELEM);
    }

    /**
     * Element of stream 'jointPositions' (id 1, F64).
     */
    public double jointPositions(int index) {
        long at = elementOffset(jointPositionsOffset, index, jointPositionsCount, RobotStateSchema.JOINT_POSITIONS_BYTES_PER_ELEM, RobotStateSchema.JOINT_POSITIONS_NAME);
        return segment.get(RobotStateSchema.LE_DOUBLE, at);
    }

    /**
     * Whether this frame carries stream 'jointTorques' (id 2, F32).
     */
    public boolean hasJointTorques() {
        return jointTorquesPresent;
    }

    /**
     * Number of elements of stream 'jointTorques' (id 2, F32) in this frame (0 when absent).
     */
    public int jointTorquesCount() {
        return jointTorquesCount;
    }

    /**
     * Offset of stream 'jointTorques' (id 2, F32)'s data within {@link #segment()}.
     */
    public long jointTorquesOffset() {
        return jointTorquesOffset;
    }

    /**
     * Zero-copy slice of stream 'jointTorques' (id 2, F32)'s data (4 bytes per element, little-endian).
     */
    public MemorySegment jointTorquesSegment() {
        return segment.asSlice(jointTorquesOffset, (long) jointTorquesCount * RobotStateSchema.JOINT_TORQUES_BYTES_PER_ELEM);
    }

    /**
     * Element of stream 'jointTorques' (id 2, F32).
     */
    public float jointTorques(int index) {
        long at = elementOffset(jointTorquesOffset, index, jointTorquesCount, RobotStateSchema.JOINT_TORQUES_BYTES_PER_ELEM, RobotStateSchema.JOINT_TORQUES_NAME);
        return segment.get(RobotStateSchema.LE_FLOAT, at);
    }

    /**
     * Whether this frame carries stream 'pose' (id 3, F32 x 7).
     */
    public boolean hasPose() {
        return posePresent;
    }

    /**
     * Number of elements of stream 'pose' (id 3, F32 x 7) in this frame (0 when absent).
     */
    public int poseCount() {
        return poseCount;
    }

    /**
     * Offset of stream 'pose' (id 3, F32 x 7)'s data within {@link #segment()}.
     */
    public long poseOffset() {
        return poseOffset;
    }

    /**
     * Zero-copy slice of stream 'pose' (id 3, F32 x 7)'s data (28 bytes per element, little-endian).
     */
    public MemorySegment poseSegment() {
        return segment.asSlice(poseOffset, (long) poseCount * RobotStateSchema.POSE_BYTES_PER_ELEM);
    }

    /**
     * Element of stream 'pose' (id 3, F32 x 7).
     */
    public float pose(int index, int component) {
        long at = elementOffset(poseOffset, index, poseCount, RobotStateSchema.POSE_BYTES_PER_ELEM, RobotStateSchema.POSE_NAME)
                + componentOffset(component, RobotStateSchema.POSE_COMPONENTS, 4, RobotStateSchema.POSE_NAME);
        return segment.get(RobotStateSchema.LE_FLOAT, at);
    }

    /**
     * Whether this frame carries stream 'contacts' (id 4, BOOL).
     */
    public boolean hasContacts() {
        return contactsPresent;
    }

    /**
     * Number of elements of stream 'contacts' (id 4, BOOL) in this frame (0 when absent).
     */
    public int contactsCount() {
        return contactsCount;
    }

    /**
     * Offset of stream 'contacts' (id 4, BOOL)'s data within {@link #segment()}.
     */
    public long contactsOffset() {
        return contactsOffset;
    }

    /**
     * Zero-copy slice of stream 'contacts' (id 4, BOOL)'s data (1 bytes per element, little-endian).
     */
    public MemorySegment contactsSegment() {
        return segment.asSlice(contactsOffset, (long) contactsCount * RobotStateSchema.CONTACTS_BYTES_PER_ELEM);
    }

    /**
     * Element of stream 'contacts' (id 4, BOOL).
     */
    public boolean contacts(int index) {
        long at = elementOffset(contactsOffset, index, contactsCount, RobotStateSchema.CONTACTS_BYTES_PER_ELEM, RobotStateSchema.CONTACTS_NAME);
        return segment.get(RobotStateSchema.BYTE, at) != 0;
    }

    /**
     * Whether this frame carries stream 'mode' (id 5, U8).
     */
    public boolean hasMode() {
        return modePresent;
    }

    /**
     * Number of bytes of stream 'mode' (id 5, U8) in this frame (0 when absent).
     */
    public int modeCount() {
        return modeCount;
    }

    /**
     * Offset of stream 'mode' (id 5, U8)'s data within {@link #segment()}.
     */
    public long modeOffset() {
        return modeOffset;
    }

    /**
     * Zero-copy slice of stream 'mode' (id 5, U8)'s data (1 bytes per element, little-endian).
     */
    public MemorySegment modeSegment() {
        return segment.asSlice(modeOffset, (long) modeCount * RobotStateSchema.MODE_BYTES_PER_ELEM);
    }

    /**
     * Stream 'mode' (id 5, U8) decoded from UTF-8 (a copy; malformed bytes become U+FFFD).
     */
    public String mode() {
        if (!modePresent) {
            throw missing(RobotStateSchema.MODE_NAME, RobotStateSchema.MODE_ID);
        }
        return new String(copyBytes(modeOffset, modeCount), StandardCharsets.UTF_8);
    }

    /**
     * Whether this frame carries stream 'timestampNanos' (id 6, U64).
     */
    public boolean hasTimestampNanos() {
        return timestampNanosPresent;
    }

    /**
     * Number of elements of stream 'timestampNanos' (id 6, U64) in this frame (0 when absent).
     */
    public int timestampNanosCount() {
        return timestampNanosCount;
    }

    /**
     * Offset of stream 'timestampNanos' (id 6, U64)'s data within {@link #segment()}.
     */
    public long timestampNanosOffset() {
        return timestampNanosOffset;
    }

    /**
     * Zero-copy slice of stream 'timestampNanos' (id 6, U64)'s data (8 bytes per element, little-endian).
     */
    public MemorySegment timestampNanosSegment() {
        return segment.asSlice(timestampNanosOffset, (long) timestampNanosCount * RobotStateSchema.TIMESTAMP_NANOS_BYTES_PER_ELEM);
    }

    /**
     * Element of stream 'timestampNanos' (id 6, U64).
     */
    public long timestampNanos() {
        if (timestampNanosCount == 0) {
            throw empty(RobotStateSchema.TIMESTAMP_NANOS_NAME, RobotStateSchema.TIMESTAMP_NANOS_ID);
        }
        long at = timestampNanosOffset;
        return segment.get(RobotStateSchema.LE_LONG, at);
    }

    /**
     * Whether this frame carries stream 'battery' (id 7, F16).
     */
    public boolean hasBattery() {
        return batteryPresent;
    }

    /**
     * Number of elements of stream 'battery' (id 7, F16) in this frame (0 when absent).
     */
    public int batteryCount() {
        return batteryCount;
    }

    /**
     * Offset of stream 'battery' (id 7, F16)'s data within {@link #segment()}.
     */
    public long batteryOffset() {
        return batteryOffset;
    }

    /**
     * Zero-copy slice of stream 'battery' (id 7, F16)'s data (2 bytes per element, little-endian).
     */
    public MemorySegment batterySegment() {
        return segment.asSlice(batteryOffset, (long) batteryCount * RobotStateSchema.BATTERY_BYTES_PER_ELEM);
    }

    /**
     * Element of stream 'battery' (id 7, F16).
     */
    public float battery() {
        if (batteryCount == 0) {
            throw empty(RobotStateSchema.BATTERY_NAME, RobotStateSchema.BATTERY_ID);
        }
        long at = batteryOffset;
        return Float.float16ToFloat(segment.get(RobotStateSchema.LE_SHORT, at));
    }

    /**
     * Raw F16 bits of an element of stream 'battery' (id 7, F16).
     */
    public short batteryBits() {
        if (batteryCount == 0) {
            throw empty(RobotStateSchema.BATTERY_NAME, RobotStateSchema.BATTERY_ID);
        }
        long at = batteryOffset;
        return segment.get(RobotStateSchema.LE_SHORT, at);
    }

    /**
     * Copies this frame into a new {@link RobotState}, then validates the copy.
     *
     * @throws ShmxException when the frame lacks a stream, or the producer overwrote the slot while it was copied
     */
    public RobotState toRecord() {
        if (!jointPositionsPresent) {
            throw missing(RobotStateSchema.JOINT_POSITIONS_NAME, RobotStateSchema.JOINT_POSITIONS_ID);
        }
        if (!jointTorquesPresent) {
            throw missing(RobotStateSchema.JOINT_TORQUES_NAME, RobotStateSchema.JOINT_TORQUES_ID);
        }
        if (!posePresent) {
            throw missing(RobotStateSchema.POSE_NAME, RobotStateSchema.POSE_ID);
        }
        if (!contactsPresent) {
            throw missing(RobotStateSchema.CONTACTS_NAME, RobotStateSchema.CONTACTS_ID);
        }
        if (!modePresent) {
            throw missing(RobotStateSchema.MODE_NAME, RobotStateSchema.MODE_ID);
        }
        if (!timestampNanosPresent) {
            throw missing(RobotStateSchema.TIMESTAMP_NANOS_NAME, RobotStateSchema.TIMESTAMP_NANOS_ID);
        }
        if (!batteryPresent) {
            throw missing(RobotStateSchema.BATTERY_NAME, RobotStateSchema.BATTERY_ID);
        }
        double[] jointPositionsValue = new double[Math.multiplyExact(jointPositionsCount, RobotStateSchema.JOINT_POSITIONS_COMPONENTS)];
        MemorySegment.copy(segment, RobotStateSchema.LE_DOUBLE, jointPositionsOffset, jointPositionsValue, 0, jointPositionsValue.length);
        float[] jointTorquesValue = new float[Math.multiplyExact(jointTorquesCount, RobotStateSchema.JOINT_TORQUES_COMPONENTS)];
        MemorySegment.copy(segment, RobotStateSchema.LE_FLOAT, jointTorquesOffset, jointTorquesValue, 0, jointTorquesValue.length);
        float[] poseValue = new float[Math.multiplyExact(poseCount, RobotStateSchema.POSE_COMPONENTS)];
        MemorySegment.copy(segment, RobotStateSchema.LE_FLOAT, poseOffset, poseValue, 0, poseValue.length);
        boolean[] contactsValue = new boolean[Math.multiplyExact(contactsCount, RobotStateSchema.CONTACTS_COMPONENTS)];
        for (int i = 0; i < contactsValue.length; i++) {
            long at = contactsOffset + (long) i * 1;
            contactsValue[i] = segment.get(RobotStateSchema.BYTE, at) != 0;
        }
        byte[] modeValue = copyBytes(modeOffset, modeCount);
        long timestampNanosValue = this.timestampNanos();
        float batteryValue = this.battery();
        if (!isValid()) {
            throw new ShmxException("frame " + frame.frameId() + " was overwritten by the producer while it was copied (this reader fell a whole ring behind); read a newer frame, or give the channel more slots with ChannelConfig.withSlots(n)");
        }
        return new RobotState(jointPositionsValue, jointTorquesValue, poseValue, contactsValue, new String(modeValue, StandardCharsets.UTF_8), timestampNanosValue, batteryValue);
    }

    /**
     * Frame id, sim time and the element count of every stream.
     */
    @Override
    public String toString() {
        if (frame == null) {
            return "RobotStateView[no frame]";
        }
        return "RobotStateView[frameId=" + frame.frameId() + ", simTime=" + frame.simTime()
                + ", jointPositions=" + jointPositionsCount
                + ", jointTorques=" + jointTorquesCount
                + ", pose=" + poseCount
                + ", contacts=" + contactsCount
                + ", mode=" + modeCount
                + ", timestampNanos=" + timestampNanosCount
                + ", battery=" + batteryCount + "]";
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
