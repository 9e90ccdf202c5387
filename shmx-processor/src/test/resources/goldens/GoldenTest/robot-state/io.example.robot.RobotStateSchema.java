package io.example.robot;

import io.shmx.DType;
import io.shmx.Layout;
import io.shmx.SchemaMismatchException;
import io.shmx.StreamSpec;
import io.shmx.typed.FrameSchema;
import io.shmx.typed.SchemaEncoding;
import io.shmx.typed.StreamShape;
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

    /**
     * The streams as the runtime's typed bases read them; checks at class initialisation that this
     * runtime encodes the directory to {@link #SCHEMA_HASH}.
     */
    public static final FrameSchema FRAME = new FrameSchema(SCHEMA_NAME, "io.example.robot.RobotState", "RobotStateWriter", SCHEMA_HASH, List.of(
        new FrameSchema.Stream(JOINT_POSITIONS_SPEC, StreamShape.ARRAY),
        new FrameSchema.Stream(JOINT_TORQUES_SPEC, StreamShape.ARRAY),
        new FrameSchema.Stream(POSE_SPEC, StreamShape.ARRAY),
        new FrameSchema.Stream(CONTACTS_SPEC, StreamShape.ARRAY),
        new FrameSchema.Stream(MODE_SPEC, StreamShape.TEXT),
        new FrameSchema.Stream(TIMESTAMP_NANOS_SPEC, StreamShape.SCALAR),
        new FrameSchema.Stream(BATTERY_SPEC, StreamShape.SCALAR)));

    private RobotStateSchema() {
    }

    /**
     * The stream specs in directory order (an unmodifiable list), as {@code ShmxServer.create} takes them.
     */
    public static List<StreamSpec> streams() {
        return FRAME.streams();
    }

    /**
     * The static directory exactly as the shmx 2.0 format encodes it (a copy).
     */
    public static byte[] directoryBytes() {
        return FRAME.directoryBytes();
    }

    /**
     * Payload bytes one stream with {@code dataBytes} of data occupies in a frame: the TLV header,
     * the stream header and the data, padded to 16.
     */
    public static long frameStreamBytes(long dataBytes) {
        return SchemaEncoding.frameStreamBytes(dataBytes);
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
        FRAME.verify(channel, channelStreams);
    }
}
