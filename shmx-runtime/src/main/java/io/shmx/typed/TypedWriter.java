package io.shmx.typed;

import io.shmx.FrameTooLargeException;
import io.shmx.ShmxServer;

import java.lang.foreign.MemorySegment;

/**
 * The base of a generated writer ({@code FooWriter}): the channel's {@link ShmxServer} and the
 * writer's single reusable frame. A generated writer adds its {@code create} methods,
 * {@code bytesNeeded(record)} and {@code publish(record, simTime)}; its nested {@code Frame}
 * (a {@link TypedFrame}) adds one setter or claim per stream. One writer per channel; not
 * thread-safe.
 *
 * <pre>{@code
 * try (FooWriter writer = FooWriter.create("my-channel")) {
 *     long frameId = writer.publish(record, simTime);            // copies the record's arrays
 *     writer.begin().positions(n).set(...)....publish(simTime);  // zero-copy: fill the slot in place
 * }
 * }</pre>
 *
 * @param <F> the generated frame type
 */
public abstract class TypedWriter<F extends TypedFrame> implements AutoCloseable {
    private final ShmxServer server;
    private final FrameSchema schema;
    private final long frameBytesCap;
    private final F frame;

    /**
     * Creates the part every generated class of a record shares.
     *
     * @param server the channel's producer
     * @param frame  the writer's one reusable frame
     */
    protected TypedWriter(ShmxServer server, F frame) {
        this.server = server;
        this.schema = frame.schema;
        this.frameBytesCap = server.config().frameBytesCap();
        this.frame = frame;
        frame.owner = this;
    }

    /** {@return the underlying server (header info, control messages, readers)} */
    public final ShmxServer server() {
        return server;
    }

    /** {@return the channel name} */
    public final String channel() {
        return server.name();
    }

    /** {@return largest payload of one frame in bytes, TLV headers and padding included} */
    public final long frameBytesCap() {
        return frameBytesCap;
    }

    /**
     * Begins a frame written in place; fill every stream, then {@link TypedFrame#publish(double)}
     * or {@link TypedFrame#abort()}. Returns this writer's single reusable frame.
     *
     * @return begins a frame written in place
     * @throws IllegalStateException when a frame is already begun
     */
    public final F begin() {
        if (frame.isOpen()) {
            throw new IllegalStateException("a frame is already begun on this writer: publish or abort it first");
        }
        frame.open(server.beginFrame());
        return frame;
    }

    /**
     * Aborts a begun frame and closes the channel (readers see no new frames). The channel is closed
     * also when the abort throws (with checked segments, a frame whose segments another thread holds).
     */
    @Override
    public void close() {
        try {
            frame.abort();
        } finally {
            server.close();
        }
    }

    /** Aborts a begun frame, closes the channel and removes its region (also when the abort throws). */
    public void destroy() {
        try {
            frame.abort();
        } finally {
            server.destroy();
        }
    }

    /**
     * The error of a frame that needs {@code needed} payload bytes, more than the channel takes.
     *
     * @param needed the payload bytes needed
     * @return the error of a frame that needs {@code needed} payload bytes, more than the channel takes
     */
    protected final FrameTooLargeException tooLarge(long needed) {
        return tooLarge(needed, "");
    }

    final FrameTooLargeException tooLarge(long needed, String detail) {
        String record = schema.recordType().substring(schema.recordType().lastIndexOf('.') + 1);
        return new FrameTooLargeException("a " + record + " frame needs " + needed
                + " payload bytes (TLV headers and 16-byte padding included" + detail + ") but channel '" + server.name()
                + "' takes at most " + frameBytesCap + "; create the writer with " + schema.writerType + ".create(\""
                + server.name() + "\", ChannelConfig.defaults().withFrameBytesCap(" + needed + ")) or larger",
                needed, frameBytesCap);
    }

    /**
     * Begins a frame for a record that needs {@code needed} payload bytes ({@code bytesNeeded}),
     * failing before anything is written when the channel cannot take it.
     *
     * @param needed the payload bytes needed
     * @return begins a frame for a record that needs {@code needed} payload bytes ({@code bytesNeeded}), failing before anything is written when the channel cannot take it
     * @throws FrameTooLargeException when {@code needed} is over {@link #frameBytesCap()}
     */
    protected final F begin(long needed) {
        if (needed > frameBytesCap) {
            throw tooLarge(needed);
        }
        return begin();
    }

    /**
     * Payload bytes scalar stream {@code k} takes in a frame (one element).
     *
     * @param schema the record's schema
     * @param k the stream's position in the record (0-based)
     * @return payload bytes scalar stream {@code k} takes in a frame (one element)
     */
    protected static long streamBytes(FrameSchema schema, int k) {
        return SchemaEncoding.frameStreamBytes(schema.bytesPerElem[k]);
    }

    /**
     * Payload bytes array stream {@code k} takes in a frame with {@code values}, TLV and stream
     * headers and padding included. Allocates nothing.
     *
     * @param schema the record's schema
     * @param k the stream's position in the record (0-based)
     * @param values the component's value
     * @return the payload bytes of the stream
     * @throws IllegalArgumentException when {@code values} is null or its length does not fit the stream
     */
    protected static long streamBytes(FrameSchema schema, int k, boolean[] values) {
        return arrayBytes(schema, k, values == null ? -1 : values.length);
    }

    /**
     * Payload bytes array stream {@code k} takes in a frame with {@code values}, TLV and stream
     * headers and padding included. Allocates nothing.
     *
     * @param schema the record's schema
     * @param k the stream's position in the record (0-based)
     * @param values the component's value
     * @return the payload bytes of the stream
     * @throws IllegalArgumentException when {@code values} is null or its length does not fit the stream
     */
    protected static long streamBytes(FrameSchema schema, int k, byte[] values) {
        return arrayBytes(schema, k, values == null ? -1 : values.length);
    }

    /**
     * Payload bytes array stream {@code k} takes in a frame with {@code values}, TLV and stream
     * headers and padding included. Allocates nothing.
     *
     * @param schema the record's schema
     * @param k the stream's position in the record (0-based)
     * @param values the component's value
     * @return the payload bytes of the stream
     * @throws IllegalArgumentException when {@code values} is null or its length does not fit the stream
     */
    protected static long streamBytes(FrameSchema schema, int k, short[] values) {
        return arrayBytes(schema, k, values == null ? -1 : values.length);
    }

    /**
     * Payload bytes array stream {@code k} takes in a frame with {@code values}, TLV and stream
     * headers and padding included. Allocates nothing.
     *
     * @param schema the record's schema
     * @param k the stream's position in the record (0-based)
     * @param values the component's value
     * @return the payload bytes of the stream
     * @throws IllegalArgumentException when {@code values} is null or its length does not fit the stream
     */
    protected static long streamBytes(FrameSchema schema, int k, int[] values) {
        return arrayBytes(schema, k, values == null ? -1 : values.length);
    }

    /**
     * Payload bytes array stream {@code k} takes in a frame with {@code values}, TLV and stream
     * headers and padding included. Allocates nothing.
     *
     * @param schema the record's schema
     * @param k the stream's position in the record (0-based)
     * @param values the component's value
     * @return the payload bytes of the stream
     * @throws IllegalArgumentException when {@code values} is null or its length does not fit the stream
     */
    protected static long streamBytes(FrameSchema schema, int k, long[] values) {
        return arrayBytes(schema, k, values == null ? -1 : values.length);
    }

    /**
     * Payload bytes array stream {@code k} takes in a frame with {@code values}, TLV and stream
     * headers and padding included. Allocates nothing.
     *
     * @param schema the record's schema
     * @param k the stream's position in the record (0-based)
     * @param values the component's value
     * @return the payload bytes of the stream
     * @throws IllegalArgumentException when {@code values} is null or its length does not fit the stream
     */
    protected static long streamBytes(FrameSchema schema, int k, float[] values) {
        return arrayBytes(schema, k, values == null ? -1 : values.length);
    }

    /**
     * Payload bytes array stream {@code k} takes in a frame with {@code values}, TLV and stream
     * headers and padding included. Allocates nothing.
     *
     * @param schema the record's schema
     * @param k the stream's position in the record (0-based)
     * @param values the component's value
     * @return the payload bytes of the stream
     * @throws IllegalArgumentException when {@code values} is null or its length does not fit the stream
     */
    protected static long streamBytes(FrameSchema schema, int k, double[] values) {
        return arrayBytes(schema, k, values == null ? -1 : values.length);
    }

    /**
     * Payload bytes text stream {@code k} takes in a frame with {@code value}, TLV and stream
     * headers and padding included. Allocates nothing.
     *
     * @param schema the record's schema
     * @param k the stream's position in the record (0-based)
     * @param value the component's value
     * @return the payload bytes of the stream; the UTF-8 length is counted, not encoded
     * @throws IllegalArgumentException when {@code value} is null or its length does not fit the stream
     */
    protected static long streamBytes(FrameSchema schema, int k, String value) {
        if (value == null) {
            throw TypedFrame.nullValue(schema, k);
        }
        return SchemaEncoding.frameStreamBytes(Utf8.encodedLength(value));
    }

    /**
     * Payload bytes raw stream {@code k} takes in a frame with {@code bytes}, TLV and stream
     * headers and padding included. Allocates nothing.
     *
     * @param schema the record's schema
     * @param k the stream's position in the record (0-based)
     * @param bytes the component's value
     * @return the payload bytes of the stream (a whole number of elements)
     * @throws IllegalArgumentException when {@code bytes} is null or its length does not fit the stream
     */
    protected static long streamBytes(FrameSchema schema, int k, MemorySegment bytes) {
        if (bytes == null) {
            throw TypedFrame.nullValue(schema, k);
        }
        return SchemaEncoding.frameStreamBytes(TypedFrame.segmentElements(schema, k, bytes) * schema.bytesPerElem[k]);
    }

    private static long arrayBytes(FrameSchema schema, int k, int scalars) {
        return SchemaEncoding.frameStreamBytes((long) TypedFrame.elements(schema, k, scalars) * schema.bytesPerElem[k]);
    }
}
