package io.example.nested;

import io.shmx.ChannelConfig;
import io.shmx.FrameTooLargeException;
import io.shmx.FrameWriter;
import io.shmx.ShmxServer;
import java.lang.foreign.MemorySegment;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The producer of a channel of {@link Telemetry.Tick} frames. One writer per channel; not thread-safe.
 *
 * <pre>{@code
 * try (Telemetry_TickWriter writer = Telemetry_TickWriter.create("my-channel")) {
 *     long frameId = writer.publish(frame, simTime);           // copies the record's arrays
 *     writer.begin().channelCount(value)....publish(simTime);  // zero-copy: fill the slot in place
 * }
 * }</pre>
 */
@Generated(
        value = "io.shmx.processor.ShmxProcessor",
        comments = "from io.example.nested.Telemetry.Tick"
)
final class Telemetry_TickWriter implements AutoCloseable {
    private final ShmxServer server;

    private final long frameBytesCap;

    private final Frame frame;

    private Telemetry_TickWriter(ShmxServer server) {
        this.server = server;
        this.frameBytesCap = server.config().frameBytesCap();
        this.frame = new Frame();
    }

    /**
     * Creates the channel {@code channel} ({@code /dev/shm/<channel>}) with the default config.
     */
    public static Telemetry_TickWriter create(String channel) {
        return create(channel, ChannelConfig.defaults());
    }

    /**
     * Creates the channel {@code channel} with {@code config} and the streams of {@link Telemetry_TickSchema}.
     */
    public static Telemetry_TickWriter create(String channel, ChannelConfig config) {
        return new Telemetry_TickWriter(ShmxServer.create(channel, config, Telemetry_TickSchema.streams()));
    }

    /**
     * The underlying server (header info, control messages, readers).
     */
    public ShmxServer server() {
        return server;
    }

    /**
     * The channel name.
     */
    public String channel() {
        return server.name();
    }

    /**
     * Largest payload of one frame in bytes, TLV headers and padding included.
     */
    public long frameBytesCap() {
        return frameBytesCap;
    }

    /**
     * Payload bytes {@code frame} needs in a slot, TLV headers and padding included; compare with
     * {@code ChannelConfig.frameBytesCap()}.
     *
     * @throws IllegalArgumentException when a component is null or its length does not fit the stream
     */
    public static long bytesNeeded(Telemetry.Tick frame) {
        Objects.requireNonNull(frame, "frame");
        return Telemetry_TickSchema.frameStreamBytes(Telemetry_TickSchema.CHANNEL_COUNT_BYTES_PER_ELEM)
                + Telemetry_TickSchema.frameStreamBytes((long) elements(present(frame.flags(), "flags").length, Telemetry_TickSchema.FLAGS_COMPONENTS, Telemetry_TickSchema.FLAGS_NAME) * Telemetry_TickSchema.FLAGS_BYTES_PER_ELEM);
    }

    /**
     * Publishes {@code frame}, copying each component into the slot; returns its frame id.
     *
     * @throws FrameTooLargeException when the frame needs more than {@link #frameBytesCap()} bytes
     * @throws IllegalArgumentException when a component is null or its length does not fit the stream
     */
    public long publish(Telemetry.Tick frame, double simTime) {
        long needed = bytesNeeded(frame);
        if (needed > frameBytesCap) {
            throw tooLarge(needed, "");
        }
        Frame open = begin();
        try {
            return open
                    .channelCount(frame.channelCount())
                    .flags(frame.flags())
                    .publish(simTime);
        } finally {
            open.abort();
        }
    }

    /**
     * Begins a frame written in place; fill every stream, then {@link Frame#publish(double)}
     * or {@link Frame#abort()}. Returns this writer's single reusable {@link Frame}.
     *
     * @throws IllegalStateException when a frame is already begun
     */
    public Frame begin() {
        if (frame.isOpen()) {
            throw new IllegalStateException("a frame is already begun on this writer: publish or abort it first");
        }
        frame.open(server.beginFrame());
        return frame;
    }

    /**
     * Aborts a begun frame and closes the channel (readers see no new frames; the region stays).
     */
    @Override
    public void close() {
        frame.abort();
        server.close();
    }

    /**
     * Aborts a begun frame, closes the channel and removes its region.
     */
    public void destroy() {
        frame.abort();
        server.destroy();
    }

    private FrameTooLargeException tooLarge(long needed, String detail) {
        return new FrameTooLargeException("a Tick frame needs " + needed + " payload bytes (TLV headers and 16-byte padding included" + detail + ") but channel '" + server.name() + "' takes at most " + frameBytesCap
                + "; create the writer with Telemetry_TickWriter.create(\"" + server.name() + "\", ChannelConfig.defaults().withFrameBytesCap(" + needed + ")) or larger", needed, frameBytesCap);
    }

    private static <T> T present(T value, String component) {
        if (value == null) {
            throw new IllegalArgumentException("Tick." + component + "() is null; every component of a frame is a stream");
        }
        return value;
    }

    /**
     * Elements in a flat array of {@code scalars} values, {@code components} per element.
     */
    private static int elements(int scalars, int components, String stream) {
        if (scalars % components != 0) {
            throw new IllegalArgumentException("stream '" + stream + "' has " + components + " scalars per element, but the array holds " + scalars + ", not a multiple of " + components);
        }
        return scalars / components;
    }

    /**
     * A frame being written straight into its slot. Write each stream once (in any order), then
     * {@link #publish(double)} or {@link #abort()}. Claims and segments handed out are valid until then.
     */
    public final class Frame {
        private FrameWriter writer;

        private boolean channelCountWritten;

        private final FlagsClaim flagsClaim = new FlagsClaim();

        private boolean flagsWritten;

        private Frame() {
        }

        private void open(FrameWriter writer) {
            this.writer = writer;
            channelCountWritten = false;
            flagsWritten = false;
        }

        private void close() {
            writer = null;
            flagsClaim.release();
        }

        /**
         * Whether the frame is begun and neither published nor aborted.
         */
        public boolean isOpen() {
            return writer != null;
        }

        /**
         * Writes stream 'channelCount' (id 7, U16): one element.
         */
        public Frame channelCount(short value) {
            long at = reserve(channelCountWritten, 1, Telemetry_TickSchema.CHANNEL_COUNT_ID, Telemetry_TickSchema.CHANNEL_COUNT_BYTES_PER_ELEM, Telemetry_TickSchema.CHANNEL_COUNT_NAME);
            writer.segment().set(Telemetry_TickSchema.LE_SHORT, at, value);
            channelCountWritten = true;
            return this;
        }

        /**
         * Claims stream 'flags' (id 8, I8 x 4) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public FlagsClaim flags(int count) {
            long at = reserve(flagsWritten, count, Telemetry_TickSchema.FLAGS_ID, Telemetry_TickSchema.FLAGS_BYTES_PER_ELEM, Telemetry_TickSchema.FLAGS_NAME);
            flagsWritten = true;
            return flagsClaim.wrap(writer.segment(), at, count);
        }

        /**
         * Writes stream 'flags' (id 8, I8 x 4): a copy of {@code values}, 4 scalar(s) per element.
         */
        public Frame flags(byte[] values) {
            this.flags(Telemetry_TickWriter.elements(Objects.requireNonNull(values, Telemetry_TickSchema.FLAGS_NAME).length, Telemetry_TickSchema.FLAGS_COMPONENTS, Telemetry_TickSchema.FLAGS_NAME)).copyFrom(values);
            return this;
        }

        /**
         * Payload bytes used so far, TLV headers and padding included.
         */
        public long payloadBytes() {
            return requireOpen().payloadBytes();
        }

        /**
         * Publishes the frame with {@code simTime}; returns its frame id.
         *
         * @throws IllegalStateException when a stream was not written (the frame stays open)
         */
        public long publish(double simTime) {
            FrameWriter open = requireOpen();
            if (!(channelCountWritten && flagsWritten)) {
                StringBuilder missing = new StringBuilder();
                if (!channelCountWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("channelCount");
                }
                if (!flagsWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("flags");
                }
                throw new IllegalStateException("the frame lacks stream(s) " + missing + ": write every stream of Tick before publish, or abort()");
            }
            close();
            return open.publish(simTime);
        }

        /**
         * Drops the frame: readers never see it. Does nothing when no frame is open.
         */
        public void abort() {
            if (writer != null) {
                FrameWriter aborted = writer;
                close();
                aborted.abort();
            }
        }

        private FrameWriter requireOpen() {
            if (writer == null) {
                throw new IllegalStateException("no frame is open: call Telemetry_TickWriter.begin() first (a frame ends with publish or abort)");
            }
            return writer;
        }

        /**
         * Claims a stream's bytes after checking the frame is open, the stream new and the frame within the cap.
         */
        private long reserve(boolean written, long count, int streamId, int bytesPerElem,
                String stream) {
            FrameWriter open = requireOpen();
            if (written) {
                throw new IllegalStateException("stream '" + stream + "' is already in this frame; each stream is written once");
            }
            if (count < 0) {
                throw new IllegalArgumentException("stream '" + stream + "': element count " + count + " is negative");
            }
            long needed = open.payloadBytes() + Telemetry_TickSchema.frameStreamBytes(count * bytesPerElem);
            if (needed > frameBytesCap) {
                throw Telemetry_TickWriter.this.tooLarge(needed, ", counting the streams written so far and '" + stream + "'");
            }
            return open.claimOffset(streamId, count);
        }
    }

    /**
     * The elements of stream 'flags' (id 8, I8 x 4) claimed in the frame being written, filled in place.
     * Valid until the frame is published or aborted; after that every write fails.
     */
    public static final class FlagsClaim {
        private MemorySegment segment = MemorySegment.NULL;

        private long offset;

        private int count;

        private FlagsClaim() {
        }

        private FlagsClaim wrap(MemorySegment segment, long offset, int count) {
            this.segment = segment;
            this.offset = offset;
            this.count = count;
            return this;
        }

        private void release() {
            segment = MemorySegment.NULL;
            count = 0;
        }

        /**
         * Elements claimed (4 scalars each).
         */
        public int count() {
            return count;
        }

        /**
         * The slot the claimed bytes live in; they start at {@link #offset()} and span
         * {@code count() * 4} bytes, little-endian.
         */
        public MemorySegment segment() {
            return segment;
        }

        /**
         * Offset of the first claimed byte within {@link #segment()}.
         */
        public long offset() {
            return offset;
        }

        /**
         * Stores element {@code index}, component {@code component}.
         */
        public FlagsClaim set(int index, int component, byte value) {
            long at = at(index, component);
            segment.set(Telemetry_TickSchema.BYTE, at, value);
            return this;
        }

        /**
         * Stores all claimed elements from {@code values}, 4 scalar(s) per element
         * ({@code values.length} must be {@code count() * 4}).
         */
        public FlagsClaim copyFrom(byte[] values) {
            if (values.length != (long) count * Telemetry_TickSchema.FLAGS_COMPONENTS) {
                throw new IllegalArgumentException("stream 'flags' claimed " + count + " elements of 4 scalar(s), but the array holds " + values.length);
            }
            MemorySegment.copy(values, 0, segment, Telemetry_TickSchema.BYTE, offset, values.length);
            return this;
        }

        private long at(int index, int component) {
            if (Integer.compareUnsigned(index, count) >= 0) {
                throw new IndexOutOfBoundsException(count == 0 ? "the claim of stream 'flags' is closed: its frame was published or aborted" : "index " + index + " is outside the claim of stream 'flags' (" + count + " elements)");
            }
            if (Integer.compareUnsigned(component, 4) >= 0) {
                throw new IndexOutOfBoundsException("component " + component + " is outside 0..3 of stream 'flags'");
            }
            return offset + (long) index * 4 + (long) component * 1;
        }
    }
}
