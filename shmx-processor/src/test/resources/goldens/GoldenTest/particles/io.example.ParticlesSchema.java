package io.example;

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
 * The shmx schema of {@link Particles}: one stream per record component, in this order.
 *
 * <pre>
 * id     name             dtype components bytes layout     Java type
 * 1      positions        F32   3          12    AOS_VECTOR float[]
 * 2      ids              U32   1          4     SOA_SCALAR int[]
 * 3      energy           F64   1          8     SOA_SCALAR double
 * 4      temperatures     F16   1          2     SOA_SCALAR float[]
 * 5      weights          BF16  2          4     AOS_VECTOR short[]
 * 6      label            U8    1          1     SOA_SCALAR String
 * 7      alive            BOOL  1          1     SOA_SCALAR boolean[]
 * 8      step_index       I64   1          8     SOA_SCALAR long
 * 9      raw              U16   1          2     SOA_SCALAR MemorySegment
 * </pre>
 *
 * <p>Writing: {@link ParticlesWriter}; reading: {@link ParticlesReader}. A channel created from {@link #streams()} carries exactly {@link #directoryBytes()} as its static directory, so its header's {@code static_hash} equals {@link #SCHEMA_HASH}.
 */
@Generated(
        value = "io.shmx.processor.ShmxProcessor",
        comments = "from io.example.Particles"
)
public final class ParticlesSchema {
    /**
     * Schema name (the record's simple name unless {@code @ShmxFrame(name)} sets one).
     */
    public static final String SCHEMA_NAME = "particles";

    /**
     * Schema version from {@code @ShmxFrame(version)}.
     */
    public static final int SCHEMA_VERSION = 2;

    /**
     * FNV-1a 64 (the format's basis) of {@link #directoryBytes()}: a channel's {@code static_hash}.
     */
    public static final long SCHEMA_HASH = 0x33948cbb274b3538L;

    /**
     * Bytes of the static directory: one 16-aligned TLV of type 0x1000 per stream.
     */
    public static final int DIRECTORY_LENGTH = 480;

    /**
     * Number of streams.
     */
    public static final int STREAM_COUNT = 9;

    /**
     * Stream id of {@link Particles#positions()}.
     */
    public static final int POSITIONS_ID = 1;

    /**
     * Directory name of {@link Particles#positions()}.
     */
    public static final String POSITIONS_NAME = "positions";

    /**
     * Element type of {@link Particles#positions()}.
     */
    public static final DType POSITIONS_DTYPE = DType.F32;

    /**
     * Scalars per element of {@link Particles#positions()}.
     */
    public static final int POSITIONS_COMPONENTS = 3;

    /**
     * Bytes per element of {@link Particles#positions()}.
     */
    public static final int POSITIONS_BYTES_PER_ELEM = 12;

    /**
     * Wire layout of {@link Particles#positions()}.
     */
    public static final Layout POSITIONS_LAYOUT = Layout.AOS_VECTOR;

    /**
     * Directory entry of {@link Particles#positions()}.
     */
    public static final StreamSpec POSITIONS_SPEC = StreamSpec.of(POSITIONS_ID, POSITIONS_NAME, POSITIONS_DTYPE, POSITIONS_COMPONENTS, POSITIONS_LAYOUT, null);

    /**
     * Stream id of {@link Particles#ids()}.
     */
    public static final int IDS_ID = 2;

    /**
     * Directory name of {@link Particles#ids()}.
     */
    public static final String IDS_NAME = "ids";

    /**
     * Element type of {@link Particles#ids()}.
     */
    public static final DType IDS_DTYPE = DType.U32;

    /**
     * Scalars per element of {@link Particles#ids()}.
     */
    public static final int IDS_COMPONENTS = 1;

    /**
     * Bytes per element of {@link Particles#ids()}.
     */
    public static final int IDS_BYTES_PER_ELEM = 4;

    /**
     * Wire layout of {@link Particles#ids()}.
     */
    public static final Layout IDS_LAYOUT = Layout.SOA_SCALAR;

    /**
     * Directory entry of {@link Particles#ids()}.
     */
    public static final StreamSpec IDS_SPEC = StreamSpec.of(IDS_ID, IDS_NAME, IDS_DTYPE, IDS_COMPONENTS, IDS_LAYOUT, null);

    /**
     * Stream id of {@link Particles#energy()}.
     */
    public static final int ENERGY_ID = 3;

    /**
     * Directory name of {@link Particles#energy()}.
     */
    public static final String ENERGY_NAME = "energy";

    /**
     * Element type of {@link Particles#energy()}.
     */
    public static final DType ENERGY_DTYPE = DType.F64;

    /**
     * Scalars per element of {@link Particles#energy()}.
     */
    public static final int ENERGY_COMPONENTS = 1;

    /**
     * Bytes per element of {@link Particles#energy()}.
     */
    public static final int ENERGY_BYTES_PER_ELEM = 8;

    /**
     * Wire layout of {@link Particles#energy()}.
     */
    public static final Layout ENERGY_LAYOUT = Layout.SOA_SCALAR;

    /**
     * Directory entry of {@link Particles#energy()}.
     */
    public static final StreamSpec ENERGY_SPEC = StreamSpec.of(ENERGY_ID, ENERGY_NAME, ENERGY_DTYPE, ENERGY_COMPONENTS, ENERGY_LAYOUT, null);

    /**
     * Stream id of {@link Particles#temperatures()}.
     */
    public static final int TEMPERATURES_ID = 4;

    /**
     * Directory name of {@link Particles#temperatures()}.
     */
    public static final String TEMPERATURES_NAME = "temperatures";

    /**
     * Element type of {@link Particles#temperatures()}.
     */
    public static final DType TEMPERATURES_DTYPE = DType.F16;

    /**
     * Scalars per element of {@link Particles#temperatures()}.
     */
    public static final int TEMPERATURES_COMPONENTS = 1;

    /**
     * Bytes per element of {@link Particles#temperatures()}.
     */
    public static final int TEMPERATURES_BYTES_PER_ELEM = 2;

    /**
     * Wire layout of {@link Particles#temperatures()}.
     */
    public static final Layout TEMPERATURES_LAYOUT = Layout.SOA_SCALAR;

    /**
     * Directory entry of {@link Particles#temperatures()}.
     */
    public static final StreamSpec TEMPERATURES_SPEC = StreamSpec.of(TEMPERATURES_ID, TEMPERATURES_NAME, TEMPERATURES_DTYPE, TEMPERATURES_COMPONENTS, TEMPERATURES_LAYOUT, null);

    /**
     * Stream id of {@link Particles#weights()}.
     */
    public static final int WEIGHTS_ID = 5;

    /**
     * Directory name of {@link Particles#weights()}.
     */
    public static final String WEIGHTS_NAME = "weights";

    /**
     * Element type of {@link Particles#weights()}.
     */
    public static final DType WEIGHTS_DTYPE = DType.BF16;

    /**
     * Scalars per element of {@link Particles#weights()}.
     */
    public static final int WEIGHTS_COMPONENTS = 2;

    /**
     * Bytes per element of {@link Particles#weights()}.
     */
    public static final int WEIGHTS_BYTES_PER_ELEM = 4;

    /**
     * Wire layout of {@link Particles#weights()}.
     */
    public static final Layout WEIGHTS_LAYOUT = Layout.AOS_VECTOR;

    /**
     * Directory entry of {@link Particles#weights()}.
     */
    public static final StreamSpec WEIGHTS_SPEC = StreamSpec.of(WEIGHTS_ID, WEIGHTS_NAME, WEIGHTS_DTYPE, WEIGHTS_COMPONENTS, WEIGHTS_LAYOUT, null);

    /**
     * Stream id of {@link Particles#label()}.
     */
    public static final int LABEL_ID = 6;

    /**
     * Directory name of {@link Particles#label()}.
     */
    public static final String LABEL_NAME = "label";

    /**
     * Element type of {@link Particles#label()}.
     */
    public static final DType LABEL_DTYPE = DType.U8;

    /**
     * Scalars per element of {@link Particles#label()}.
     */
    public static final int LABEL_COMPONENTS = 1;

    /**
     * Bytes per element of {@link Particles#label()}.
     */
    public static final int LABEL_BYTES_PER_ELEM = 1;

    /**
     * Wire layout of {@link Particles#label()}.
     */
    public static final Layout LABEL_LAYOUT = Layout.SOA_SCALAR;

    /**
     * Directory entry of {@link Particles#label()}.
     */
    public static final StreamSpec LABEL_SPEC = StreamSpec.of(LABEL_ID, LABEL_NAME, LABEL_DTYPE, LABEL_COMPONENTS, LABEL_LAYOUT, null);

    /**
     * Stream id of {@link Particles#alive()}.
     */
    public static final int ALIVE_ID = 7;

    /**
     * Directory name of {@link Particles#alive()}.
     */
    public static final String ALIVE_NAME = "alive";

    /**
     * Element type of {@link Particles#alive()}.
     */
    public static final DType ALIVE_DTYPE = DType.BOOL;

    /**
     * Scalars per element of {@link Particles#alive()}.
     */
    public static final int ALIVE_COMPONENTS = 1;

    /**
     * Bytes per element of {@link Particles#alive()}.
     */
    public static final int ALIVE_BYTES_PER_ELEM = 1;

    /**
     * Wire layout of {@link Particles#alive()}.
     */
    public static final Layout ALIVE_LAYOUT = Layout.SOA_SCALAR;

    /**
     * Directory entry of {@link Particles#alive()}.
     */
    public static final StreamSpec ALIVE_SPEC = StreamSpec.of(ALIVE_ID, ALIVE_NAME, ALIVE_DTYPE, ALIVE_COMPONENTS, ALIVE_LAYOUT, null);

    /**
     * Stream id of {@link Particles#step()}.
     */
    public static final int STEP_ID = 8;

    /**
     * Directory name of {@link Particles#step()}.
     */
    public static final String STEP_NAME = "step_index";

    /**
     * Element type of {@link Particles#step()}.
     */
    public static final DType STEP_DTYPE = DType.I64;

    /**
     * Scalars per element of {@link Particles#step()}.
     */
    public static final int STEP_COMPONENTS = 1;

    /**
     * Bytes per element of {@link Particles#step()}.
     */
    public static final int STEP_BYTES_PER_ELEM = 8;

    /**
     * Wire layout of {@link Particles#step()}.
     */
    public static final Layout STEP_LAYOUT = Layout.SOA_SCALAR;

    /**
     * Directory entry of {@link Particles#step()}.
     */
    public static final StreamSpec STEP_SPEC = StreamSpec.of(STEP_ID, STEP_NAME, STEP_DTYPE, STEP_COMPONENTS, STEP_LAYOUT, null);

    /**
     * Stream id of {@link Particles#raw()}.
     */
    public static final int RAW_ID = 9;

    /**
     * Directory name of {@link Particles#raw()}.
     */
    public static final String RAW_NAME = "raw";

    /**
     * Element type of {@link Particles#raw()}.
     */
    public static final DType RAW_DTYPE = DType.U16;

    /**
     * Scalars per element of {@link Particles#raw()}.
     */
    public static final int RAW_COMPONENTS = 1;

    /**
     * Bytes per element of {@link Particles#raw()}.
     */
    public static final int RAW_BYTES_PER_ELEM = 2;

    /**
     * Wire layout of {@link Particles#raw()}.
     */
    public static final Layout RAW_LAYOUT = Layout.SOA_SCALAR;

    /**
     * Directory entry of {@link Particles#raw()}.
     */
    public static final StreamSpec RAW_SPEC = StreamSpec.of(RAW_ID, RAW_NAME, RAW_DTYPE, RAW_COMPONENTS, RAW_LAYOUT, null);

    /**
     * The streams as the runtime's typed bases read them; checks at class initialisation that this
     * runtime encodes the directory to {@link #SCHEMA_HASH}.
     */
    public static final FrameSchema FRAME = new FrameSchema(SCHEMA_NAME, "io.example.Particles", "ParticlesWriter", SCHEMA_HASH, List.of(
        new FrameSchema.Stream(POSITIONS_SPEC, StreamShape.ARRAY),
        new FrameSchema.Stream(IDS_SPEC, StreamShape.ARRAY),
        new FrameSchema.Stream(ENERGY_SPEC, StreamShape.SCALAR),
        new FrameSchema.Stream(TEMPERATURES_SPEC, StreamShape.ARRAY),
        new FrameSchema.Stream(WEIGHTS_SPEC, StreamShape.ARRAY),
        new FrameSchema.Stream(LABEL_SPEC, StreamShape.TEXT),
        new FrameSchema.Stream(ALIVE_SPEC, StreamShape.ARRAY),
        new FrameSchema.Stream(STEP_SPEC, StreamShape.SCALAR),
        new FrameSchema.Stream(RAW_SPEC, StreamShape.BYTES)));

    private ParticlesSchema() {
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
