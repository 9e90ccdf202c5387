package io.example.robot;

import io.shmx.DType;
import io.shmx.Layout;
import io.shmx.SchemaMismatchException;
import io.shmx.StreamSpec;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The shmx schema of {@link RobotState}: one stream per record component, in this order.
 *
 * <pre>
 * id     name             dtype components bytes layout     Java type
 * 1      jointPositions   F64   1          8     SOA_SCALAR double[]
 * 2      jointTorques     F32   1          4     SOA_SCALAR float[]
 * 3      pose             F32   7          28    AOS_VECTOR float[]
 * 4      contacts         BOOL  1          1     SOA_SCALAR boolean[]
 * 5      mode             U8    1          1     SOA_SCALAR String
 * 6      timestampNanos   U64   1          8     SOA_SCALAR long
 * 7      battery          F16   1          2     SOA_SCALAR float
 * </pre>
 *
 * <p>Writing: {@link RobotStateWriter}; reading: {@link RobotStateReader}. A channel created from {@link #streams()} carries exactly {@link #directoryBytes()} as its static directory, so its header's {@code static_hash} equals {@link #SCHEMA_HASH}.
 */
@Generated(
        value = "io.shmx.processor.ShmxProcessor",
        comments = "from io.example.robot.RobotState"
)
public final class RobotStateSchema {
    /**
     * Schema name (the record's simple name unless {@code @ShmxFrame(name)} sets one).
     */
    public static final String SCHEMA_NAME = "robot_state";

    /**
     * Schema version from {@code @ShmxFrame(version)}.
     */
    public static final int SCHEMA_VERSION = 1;

    /**
     * FNV-1a 64 (the format's basis) of {@link #directoryBytes()}: a channel's {@code static_hash}.
     */
    public static final long SCHEMA_HASH = 0x96a828775156aed3L;

    /**
     * Bytes of the static directory: one 16-aligned TLV of type 0x1000 per stream.
     */
    public static final int DIRECTORY_LENGTH = 384;

    /**
     * Number of streams.
     */
    public static final int STREAM_COUNT = 7;

    /**
     * Stream id of {@link RobotState#jointPositions()}.
     */
    public static final int JOINT_POSITIONS_ID = 1;

    /**
     * Directory name of {@link RobotState#jointPositions()}.
     */
    public static final String JOINT_POSITIONS_NAME = "jointPositions";

    /**
     * Element type of {@link RobotState#jointPositions()}.
     */
    public static final DType JOINT_POSITIONS_DTYPE = DType.F64;

    /**
     * Scalars per element of {@link RobotState#jointPositions()}.
     */
    public static final int JOINT_POSITIONS_COMPONENTS = 1;

    /**
     * Bytes per element of {@link RobotState#jointPositions()}.
     */
    public static final int JOINT_POSITIONS_BYTES_PER_ELEM = 8;

    /**
     * Wire layout of {@link RobotState#jointPositions()}.
     */
    public static final Layout JOINT_POSITIONS_LAYOUT = Layout.SOA_SCALAR;

    /**
     * Directory entry of {@link RobotState#jointPositions()}.
     */
    public static final StreamSpec JOINT_POSITIONS_SPEC = StreamSpec.of(JOINT_POSITIONS_ID, JOINT_POSITIONS_NAME, JOINT_POSITIONS_DTYPE, JOINT_POSITIONS_COMPONENTS, JOINT_POSITIONS_LAYOUT, null);

    /**
     * Stream id of {@link RobotState#jointTorques()}.
     */
    public static final int JOINT_TORQUES_ID = 2;

    /**
     * Directory name of {@link RobotState#jointTorques()}.
     */
    public static final String JOINT_TORQUES_NAME = "jointTorques";

    /**
     * Element type of {@link RobotState#jointTorques()}.
     */
    public static final DType JOINT_TORQUES_DTYPE = DType.F32;

    /**
     * Scalars per element of {@link RobotState#jointTorques()}.
     */
    public static final int JOINT_TORQUES_COMPONENTS = 1;

    /**
     * Bytes per element of {@link RobotState#jointTorques()}.
     */
    public static final int JOINT_TORQUES_BYTES_PER_ELEM = 4;

    /**
     * Wire layout of {@link RobotState#jointTorques()}.
     */
    public static final Layout JOINT_TORQUES_LAYOUT = Layout.SOA_SCALAR;

    /**
     * Directory entry of {@link RobotState#jointTorques()}.
     */
    public static final StreamSpec JOINT_TORQUES_SPEC = StreamSpec.of(JOINT_TORQUES_ID, JOINT_TORQUES_NAME, JOINT_TORQUES_DTYPE, JOINT_TORQUES_COMPONENTS, JOINT_TORQUES_LAYOUT, null);

    /**
     * Stream id of {@link RobotState#pose()}.
     */
    public static final int POSE_ID = 3;

    /**
     * Directory name of {@link RobotState#pose()}.
     */
    public static final String POSE_NAME = "pose";

    /**
     * Element type of {@link RobotState#pose()}.
     */
    public static final DType POSE_DTYPE = DType.F32;

    /**
     * Scalars per element of {@link RobotState#pose()}.
     */
    public static final int POSE_COMPONENTS = 7;

    /**
     * Bytes per element of {@link RobotState#pose()}.
     */
    public static final int POSE_BYTES_PER_ELEM = 28;

    /**
     * Wire layout of {@link RobotState#pose()}.
     */
    public static final Layout POSE_LAYOUT = Layout.AOS_VECTOR;

    /**
     * Directory entry of {@link RobotState#pose()}.
     */
    public static final StreamSpec POSE_SPEC = StreamSpec.of(POSE_ID, POSE_NAME, POSE_DTYPE, POSE_COMPONENTS, POSE_LAYOUT, null);

    /**
     * Stream id of {@link RobotState#contacts()}.
     */
    public static final int CONTACTS_ID = 4;

    /**
     * Directory name of {@link RobotState#contacts()}.
     */
    public static final String CONTACTS_NAME = "contacts";

    /**
     * Element type of {@link RobotState#contacts()}.
     */
    public static final DType CONTACTS_DTYPE = DType.BOOL;

    /**
     * Scalars per element of {@link RobotState#contacts()}.
     */
    public static final int CONTACTS_COMPONENTS = 1;

    /**
     * Bytes per element of {@link RobotState#contacts()}.
     */
    public static final int CONTACTS_BYTES_PER_ELEM = 1;

    /**
     * Wire layout of {@link RobotState#contacts()}.
     */
    public static final Layout CONTACTS_LAYOUT = Layout.SOA_SCALAR;

    /**
     * Directory entry of {@link RobotState#contacts()}.
     */
    public static final StreamSpec CONTACTS_SPEC = StreamSpec.of(CONTACTS_ID, CONTACTS_NAME, CONTACTS_DTYPE, CONTACTS_COMPONENTS, CONTACTS_LAYOUT, null);

    /**
     * Stream id of {@link RobotState#mode()}.
     */
    public static final int MODE_ID = 5;

    /**
     * Directory name of {@link RobotState#mode()}.
     */
    public static final String MODE_NAME = "mode";

    /**
     * Element type of {@link RobotState#mode()}.
     */
    public static final DType MODE_DTYPE = DType.U8;

    /**
     * Scalars per element of {@link RobotState#mode()}.
     */
    public static final int MODE_COMPONENTS = 1;

    /**
     * Bytes per element of {@link RobotState#mode()}.
     */
    public static final int MODE_BYTES_PER_ELEM = 1;

    /**
     * Wire layout of {@link RobotState#mode()}.
     */
    public static final Layout MODE_LAYOUT = Layout.SOA_SCALAR;

    /**
     * Directory entry of {@link RobotState#mode()}.
     */
    public static final StreamSpec MODE_SPEC = StreamSpec.of(MODE_ID, MODE_NAME, MODE_DTYPE, MODE_COMPONENTS, MODE_LAYOUT, null);

    /**
     * Stream id of {@link RobotState#timestampNanos()}.
     */
    public static final int TIMESTAMP_NANOS_ID = 6;

    /**
     * Directory name of {@link RobotState#timestampNanos()}.
     */
    public static final String TIMESTAMP_NANOS_NAME = "timestampNanos";

    /**
     * Element type of {@link RobotState#timestampNanos()}.
     */
    public static final DType TIMESTAMP_NANOS_DTYPE = DType.U64;

    /**
     * Scalars per element of {@link RobotState#timestampNanos()}.
     */
    public static final int TIMESTAMP_NANOS_COMPONENTS = 1;

    /**
     * Bytes per element of {@link RobotState#timestampNanos()}.
     */
    public static final int TIMESTAMP_NANOS_BYTES_PER_ELEM = 8;

    /**
     * Wire layout of {@link RobotState#timestampNanos()}.
     */
    public static final Layout TIMESTAMP_NANOS_LAYOUT = Layout.SOA_SCALAR;

    /**
     * Directory entry of {@link RobotState#timestampNanos()}.
     */
    public static final StreamSpec TIMESTAMP_NANOS_SPEC = StreamSpec.of(TIMESTAMP_NANOS_ID, TIMESTAMP_NANOS_NAME, TIMESTAMP_NANOS_DTYPE, TIMESTAMP_NANOS_COMPONENTS, TIMESTAMP_NANOS_LAYOUT, null);

    /**
     * Stream id of {@link RobotState#battery()}.
     */
    public static final int BATTERY_ID = 7;

    /**
     * Directory name of {@link RobotState#battery()}.
     */
    public static final String BATTERY_NAME = "battery";

    /**
     * Element type of {@link RobotState#battery()}.
     */
    public static final DType BATTERY_DTYPE = DType.F16;

    /**
     * Scalars per element of {@link RobotState#battery()}.
     */
    public static final int BATTERY_COMPONENTS = 1;

    /**
     * Bytes per element of {@link RobotState#battery()}.
     */
    public static final int BATTERY_BYTES_PER_ELEM = 2;

    /**
     * Wire layout of {@link RobotState#battery()}.
     */
    public static final Layout BATTERY_LAYOUT = Layout.SOA_SCALAR;

    /**
     * Directory entry of {@link RobotState#battery()}.
     */
    public static final StreamSpec BATTERY_SPEC = StreamSpec.of(BATTERY_ID, BATTERY_NAME, BATTERY_DTYPE, BATTERY_COMPONENTS, BATTERY_LAYOUT, null);

    private static final List<StreamSpec> STREAMS = List.of(JOINT_POSITIONS_SPEC, JOINT_TORQUES_SPEC, POSE_SPEC, CONTACTS_SPEC, MODE_SPEC, TIMESTAMP_NANOS_SPEC, BATTERY_SPEC);

    private static final byte[] DIRECTORY = HexFormat.of().parseHex(
        "001000002e000000010000000d000000"
        + "01000000000000000800000000000000"
        + "0e000000000000006a6f696e74506f73"
        + "6974696f6e7300000000000000000000"
        + "001000002c000000020000000c000000"
        + "01000000000000000400000000000000"
        + "0c000000000000006a6f696e74546f72"
        + "717565736e7300000000000000000000"
        + "0010000024000000030000000c000000"
        + "07000000010000001c00000000000000"
        + "0400000000000000706f736574546f72"
        + "00100000280000000400000001000000"
        + "01000000000000000100000000000000"
        + "0800000000000000636f6e7461637473"
        + "00100000240000000500000003000000"
        + "01000000000000000100000000000000"
        + "04000000000000006d6f646561637473"
        + "001000002e0000000600000009000000"
        + "01000000000000000800000000000000"
        + "0e0000000000000074696d657374616d"
        + "704e616e6f7300000000000000000000"
        + "0010000027000000070000000a000000"
        + "01000000000000000200000000000000"
        + "0700000000000000626174746572796d");

    static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;

    static final ValueLayout.OfShort LE_SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    static final ValueLayout.OfLong LE_LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    static final ValueLayout.OfFloat LE_FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    static final ValueLayout.OfDouble LE_DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private RobotStateSchema() {
    }

    /**
     * The stream specs in directory order (an unmodifiable list), as {@code ShmxServer.create} takes them.
     */
    public static List<StreamSpec> streams() {
        return STREAMS;
    }

    /**
     * The static directory exactly as the shmx 2.0 format encodes it (a copy).
     */
    public static byte[] directoryBytes() {
        return DIRECTORY.clone();
    }

    /**
     * Payload bytes one stream with {@code dataBytes} of data occupies in a frame: the 8-byte TLV
     * header, the 16-byte stream header and the data, padded to 16.
     */
    public static long frameStreamBytes(long dataBytes) {
        return (dataBytes + 39) & -16;
    }

    /**
     * Checks that a channel's directory carries every stream of this schema with the same dtype,
     * components and bytes per element (matched by id; extra streams are fine).
     *
     * @param channel the channel's name, for the message
     * @param channelStreams the channel's directory, e.g. {@code ShmxClient.streams()}
     * @throws SchemaMismatchException naming every stream that differs and how
     */
    public static void verify(String channel, List<StreamSpec> channelStreams) {
        List<String> differences = new ArrayList<>();
        for (StreamSpec expected : STREAMS) {
            StreamSpec actual = null;
            for (StreamSpec candidate : channelStreams) {
                if (candidate.id() == expected.id()) {
                    actual = candidate;
                    break;
                }
            }
            String stream = "stream '" + expected.name() + "' (id " + expected.id() + ")";
            if (actual == null) {
                differences.add(stream + " is missing");
                continue;
            }
            if (actual.dtypeCode() != expected.dtypeCode()) {
                differences.add(stream + " has dtype " + DType.nameOf(actual.dtypeCode()) + ", expected " + DType.nameOf(expected.dtypeCode()));
            }
            if (actual.components() != expected.components()) {
                differences.add(stream + " has " + actual.components() + " components, expected " + expected.components());
            }
            if (actual.bytesPerElem() != expected.bytesPerElem()) {
                differences.add(stream + " has " + actual.bytesPerElem() + " bytes per element, expected " + expected.bytesPerElem());
            }
        }
        if (!differences.isEmpty()) {
            throw new SchemaMismatchException("channel '" + channel + "' does not match schema " + SCHEMA_NAME + " (io.example.robot.RobotState): " + String.join("; ", differences) + ". Open it with the reader generated for the producer's record, or publish it with RobotStateWriter");
        }
    }
}
