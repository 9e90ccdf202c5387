package io.example.nested;

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
 * The shmx schema of {@link Telemetry.Tick}: one stream per record component, in this order.
 *
 * <pre>
 * id     name             dtype components bytes layout     Java type
 * 7      channelCount     U16   1          2     SOA_SCALAR short
 * 8      flags            I8    4          4     AOS_VECTOR byte[]
 * </pre>
 *
 * <p>Writing: {@link Telemetry_TickWriter}; reading: {@link Telemetry_TickReader}. A channel created from {@link #streams()} carries exactly {@link #directoryBytes()} as its static directory, so its header's {@code static_hash} equals {@link #SCHEMA_HASH}.
 */
@Generated(
        value = "io.shmx.processor.ShmxProcessor",
        comments = "from io.example.nested.Telemetry.Tick"
)
final class Telemetry_TickSchema {
    /**
     * Schema name (the record's simple name unless {@code @ShmxFrame(name)} sets one).
     */
    public static final String SCHEMA_NAME = "Tick";

    /**
     * Schema version from {@code @ShmxFrame(version)}.
     */
    public static final int SCHEMA_VERSION = 1;

    /**
     * FNV-1a 64 (the format's basis) of {@link #directoryBytes()}: a channel's {@code static_hash}.
     */
    public static final long SCHEMA_HASH = 0x0e96570183cfac44L;

    /**
     * Bytes of the static directory: one 16-aligned TLV of type 0x1000 per stream.
     */
    public static final int DIRECTORY_LENGTH = 112;

    /**
     * Number of streams.
     */
    public static final int STREAM_COUNT = 2;

    /**
     * Stream id of {@link Telemetry.Tick#channelCount()}.
     */
    public static final int CHANNEL_COUNT_ID = 7;

    /**
     * Directory name of {@link Telemetry.Tick#channelCount()}.
     */
    public static final String CHANNEL_COUNT_NAME = "channelCount";

    /**
     * Element type of {@link Telemetry.Tick#channelCount()}.
     */
    public static final DType CHANNEL_COUNT_DTYPE = DType.U16;

    /**
     * Scalars per element of {@link Telemetry.Tick#channelCount()}.
     */
    public static final int CHANNEL_COUNT_COMPONENTS = 1;

    /**
     * Bytes per element of {@link Telemetry.Tick#channelCount()}.
     */
    public static final int CHANNEL_COUNT_BYTES_PER_ELEM = 2;

    /**
     * Wire layout of {@link Telemetry.Tick#channelCount()}.
     */
    public static final Layout CHANNEL_COUNT_LAYOUT = Layout.SOA_SCALAR;

    /**
     * Directory entry of {@link Telemetry.Tick#channelCount()}.
     */
    public static final StreamSpec CHANNEL_COUNT_SPEC = StreamSpec.of(CHANNEL_COUNT_ID, CHANNEL_COUNT_NAME, CHANNEL_COUNT_DTYPE, CHANNEL_COUNT_COMPONENTS, CHANNEL_COUNT_LAYOUT, null);

    /**
     * Stream id of {@link Telemetry.Tick#flags()}.
     */
    public static final int FLAGS_ID = 8;

    /**
     * Directory name of {@link Telemetry.Tick#flags()}.
     */
    public static final String FLAGS_NAME = "flags";

    /**
     * Element type of {@link Telemetry.Tick#flags()}.
     */
    public static final DType FLAGS_DTYPE = DType.I8;

    /**
     * Scalars per element of {@link Telemetry.Tick#flags()}.
     */
    public static final int FLAGS_COMPONENTS = 4;

    /**
     * Bytes per element of {@link Telemetry.Tick#flags()}.
     */
    public static final int FLAGS_BYTES_PER_ELEM = 4;

    /**
     * Wire layout of {@link Telemetry.Tick#flags()}.
     */
    public static final Layout FLAGS_LAYOUT = Layout.AOS_VECTOR;

    /**
     * Directory entry of {@link Telemetry.Tick#flags()}.
     */
    public static final StreamSpec FLAGS_SPEC = StreamSpec.of(FLAGS_ID, FLAGS_NAME, FLAGS_DTYPE, FLAGS_COMPONENTS, FLAGS_LAYOUT, null);

    /**
     * The streams as the runtime's typed bases read them; checks at class initialisation that this
     * runtime encodes the directory to {@link #SCHEMA_HASH}.
     */
    public static final FrameSchema FRAME = new FrameSchema(SCHEMA_NAME, "io.example.nested.Telemetry.Tick", "Telemetry_TickWriter", SCHEMA_HASH, List.of(
        new FrameSchema.Stream(CHANNEL_COUNT_SPEC, StreamShape.SCALAR),
        new FrameSchema.Stream(FLAGS_SPEC, StreamShape.ARRAY)));

    private Telemetry_TickSchema() {
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
