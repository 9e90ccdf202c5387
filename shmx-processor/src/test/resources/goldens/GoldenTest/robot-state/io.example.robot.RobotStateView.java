package io.example.robot;

import io.shmx.ShmxException;
import io.shmx.typed.TypedView;
import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import javax.annotation.processing.Generated;

/**
 * A zero-copy view of the current {@link RobotState} frame of a {@link RobotStateReader}: one instance per reader,
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
        comments = "from io.example.robot.RobotState"
)
public final class RobotStateView extends TypedView {
    RobotStateView() {
        super(RobotStateSchema.FRAME);
    }

    /**
     * Whether this frame carries stream 'jointPositions' (id 1, F64).
     */
    public boolean hasJointPositions() {
        return hasStream(0);
    }

    /**
     * Number of elements of stream 'jointPositions' (id 1, F64) in this frame (0 when absent).
     */
    public int jointPositionsCount() {
        return countOf(0);
    }

    /**
     * Offset of stream 'jointPositions' (id 1, F64)'s data within {@link #segment()}.
     */
    public long jointPositionsOffset() {
        return offsetOf(0);
    }

    /**
     * Zero-copy slice of stream 'jointPositions' (id 1, F64)'s data (8 bytes per element, little-endian).
     */
    public MemorySegment jointPositionsSegment() {
        return sliceOf(0);
    }

    /**
     * Element of stream 'jointPositions' (id 1, F64).
     */
    public double jointPositions(int index) {
        return getDouble(elementAt(0, index));
    }

    /**
     * Copies stream 'jointPositions' (id 1, F64) into {@code dst} from {@code dstOffset}: all {@code jointPositionsCount() * 1} scalars,
     * flat; returns how many. Call {@link #isValid()} before trusting the copy.
     *
     * @throws IndexOutOfBoundsException when they do not all fit, saying how many there are
     */
    public int copyJointPositions(double[] dst, int dstOffset) {
        return copyOut(0, dst, dstOffset);
    }

    /**
     * Whether this frame carries stream 'jointTorques' (id 2, F32).
     */
    public boolean hasJointTorques() {
        return hasStream(1);
    }

    /**
     * Number of elements of stream 'jointTorques' (id 2, F32) in this frame (0 when absent).
     */
    public int jointTorquesCount() {
        return countOf(1);
    }

    /**
     * Offset of stream 'jointTorques' (id 2, F32)'s data within {@link #segment()}.
     */
    public long jointTorquesOffset() {
        return offsetOf(1);
    }

    /**
     * Zero-copy slice of stream 'jointTorques' (id 2, F32)'s data (4 bytes per element, little-endian).
     */
    public MemorySegment jointTorquesSegment() {
        return sliceOf(1);
    }

    /**
     * Element of stream 'jointTorques' (id 2, F32).
     */
    public float jointTorques(int index) {
        return getFloat(elementAt(1, index));
    }

    /**
     * Copies stream 'jointTorques' (id 2, F32) into {@code dst} from {@code dstOffset}: all {@code jointTorquesCount() * 1} scalars,
     * flat; returns how many. Call {@link #isValid()} before trusting the copy.
     *
     * @throws IndexOutOfBoundsException when they do not all fit, saying how many there are
     */
    public int copyJointTorques(float[] dst, int dstOffset) {
        return copyOut(1, dst, dstOffset);
    }

    /**
     * Whether this frame carries stream 'pose' (id 3, F32 x 7).
     */
    public boolean hasPose() {
        return hasStream(2);
    }

    /**
     * Number of elements of stream 'pose' (id 3, F32 x 7) in this frame (0 when absent).
     */
    public int poseCount() {
        return countOf(2);
    }

    /**
     * Offset of stream 'pose' (id 3, F32 x 7)'s data within {@link #segment()}.
     */
    public long poseOffset() {
        return offsetOf(2);
    }

    /**
     * Zero-copy slice of stream 'pose' (id 3, F32 x 7)'s data (28 bytes per element, little-endian).
     */
    public MemorySegment poseSegment() {
        return sliceOf(2);
    }

    /**
     * Element of stream 'pose' (id 3, F32 x 7).
     */
    public float pose(int index, int component) {
        return getFloat(elementAt(2, index, component));
    }

    /**
     * Copies stream 'pose' (id 3, F32 x 7) into {@code dst} from {@code dstOffset}: all {@code poseCount() * 7} scalars,
     * flat; returns how many. Call {@link #isValid()} before trusting the copy.
     *
     * @throws IndexOutOfBoundsException when they do not all fit, saying how many there are
     */
    public int copyPose(float[] dst, int dstOffset) {
        return copyOut(2, dst, dstOffset);
    }

    /**
     * Whether this frame carries stream 'contacts' (id 4, BOOL).
     */
    public boolean hasContacts() {
        return hasStream(3);
    }

    /**
     * Number of elements of stream 'contacts' (id 4, BOOL) in this frame (0 when absent).
     */
    public int contactsCount() {
        return countOf(3);
    }

    /**
     * Offset of stream 'contacts' (id 4, BOOL)'s data within {@link #segment()}.
     */
    public long contactsOffset() {
        return offsetOf(3);
    }

    /**
     * Zero-copy slice of stream 'contacts' (id 4, BOOL)'s data (1 bytes per element, little-endian).
     */
    public MemorySegment contactsSegment() {
        return sliceOf(3);
    }

    /**
     * Element of stream 'contacts' (id 4, BOOL).
     */
    public boolean contacts(int index) {
        return getBoolean(elementAt(3, index));
    }

    /**
     * Copies stream 'contacts' (id 4, BOOL) into {@code dst} from {@code dstOffset}: all {@code contactsCount() * 1} scalars,
     * flat; returns how many. Call {@link #isValid()} before trusting the copy.
     *
     * @throws IndexOutOfBoundsException when they do not all fit, saying how many there are
     */
    public int copyContacts(boolean[] dst, int dstOffset) {
        return copyOut(3, dst, dstOffset);
    }

    /**
     * Whether this frame carries stream 'mode' (id 5, U8).
     */
    public boolean hasMode() {
        return hasStream(4);
    }

    /**
     * Number of bytes of stream 'mode' (id 5, U8) in this frame (0 when absent).
     */
    public int modeCount() {
        return countOf(4);
    }

    /**
     * Offset of stream 'mode' (id 5, U8)'s data within {@link #segment()}.
     */
    public long modeOffset() {
        return offsetOf(4);
    }

    /**
     * Zero-copy slice of stream 'mode' (id 5, U8)'s data (1 bytes per element, little-endian).
     */
    public MemorySegment modeSegment() {
        return sliceOf(4);
    }

    /**
     * Stream 'mode' (id 5, U8) decoded from UTF-8 (a copy; malformed bytes become U+FFFD).
     */
    public String mode() {
        return textOf(4);
    }

    /**
     * Whether this frame carries stream 'timestampNanos' (id 6, U64).
     */
    public boolean hasTimestampNanos() {
        return hasStream(5);
    }

    /**
     * Number of elements of stream 'timestampNanos' (id 6, U64) in this frame (0 when absent).
     */
    public int timestampNanosCount() {
        return countOf(5);
    }

    /**
     * Offset of stream 'timestampNanos' (id 6, U64)'s data within {@link #segment()}.
     */
    public long timestampNanosOffset() {
        return offsetOf(5);
    }

    /**
     * Zero-copy slice of stream 'timestampNanos' (id 6, U64)'s data (8 bytes per element, little-endian).
     */
    public MemorySegment timestampNanosSegment() {
        return sliceOf(5);
    }

    /**
     * Element of stream 'timestampNanos' (id 6, U64).
     */
    public long timestampNanos() {
        return getLong(scalarAt(5));
    }

    /**
     * Element of stream 'timestampNanos' (id 6, U64) read as unsigned (allocates; on hot paths use the {@code long} with {@code Long.compareUnsigned}, {@code Long.divideUnsigned} and {@code Long.toUnsignedString}).
     */
    public BigInteger timestampNanosUnsigned() {
        return unsignedValue(getLong(scalarAt(5)));
    }

    /**
     * Whether this frame carries stream 'battery' (id 7, F16).
     */
    public boolean hasBattery() {
        return hasStream(6);
    }

    /**
     * Number of elements of stream 'battery' (id 7, F16) in this frame (0 when absent).
     */
    public int batteryCount() {
        return countOf(6);
    }

    /**
     * Offset of stream 'battery' (id 7, F16)'s data within {@link #segment()}.
     */
    public long batteryOffset() {
        return offsetOf(6);
    }

    /**
     * Zero-copy slice of stream 'battery' (id 7, F16)'s data (2 bytes per element, little-endian).
     */
    public MemorySegment batterySegment() {
        return sliceOf(6);
    }

    /**
     * Element of stream 'battery' (id 7, F16).
     */
    public float battery() {
        return getHalf(6, scalarAt(6));
    }

    /**
     * Raw F16 bits of an element of stream 'battery' (id 7, F16).
     */
    public short batteryBits() {
        return getShort(scalarAt(6));
    }

    /**
     * Copies this frame into a new {@link RobotState}, then validates the copy.
     *
     * @throws ShmxException when the frame lacks a stream, or the producer overwrote the slot while it was copied
     */
    public RobotState toRecord() {
        requireAllStreams();
        RobotState record = new RobotState(
                doubleArray(0),
                floatArray(1),
                floatArray(2),
                booleanArray(3),
                textOf(4),
                this.timestampNanos(),
                this.battery());
        requireValidCopy();
        return record;
    }
}
