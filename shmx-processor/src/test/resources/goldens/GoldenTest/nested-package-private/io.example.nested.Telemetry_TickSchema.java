package io.example.nested;

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

    private static final List<StreamSpec> STREAMS = List.of(CHANNEL_COUNT_SPEC, FLAGS_SPEC);

    private static final byte[] DIRECTORY = HexFormat.of().parseHex(
        "001000002c0000000700000005000000"
        + "01000000000000000200000000000000"
        + "0c000000000000006368616e6e656c43"
        + "6f756e74000000000000000000000000"
        + "00100000250000000800000002000000"
        + "04000000010000000400000000000000"
        + "0500000000000000666c616773656c43");

    static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;

    static final ValueLayout.OfShort LE_SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private Telemetry_TickSchema() {
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
            throw new SchemaMismatchException("channel '" + channel + "' does not match schema " + SCHEMA_NAME + " (io.example.nested.Telemetry.Tick): " + String.join("; ", differences) + ". Open it with the reader generated for the producer's record, or publish it with Telemetry_TickWriter");
        }
    }
}
