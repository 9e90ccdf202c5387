package io.example.nested;

import io.shmx.ChannelConfig;
import io.shmx.FrameTooLargeException;
import io.shmx.ShmxServer;
import io.shmx.typed.ByteClaim;
import io.shmx.typed.TypedFrame;
import io.shmx.typed.TypedWriter;
import javax.annotation.processing.Generated;

/**
 * The producer of a channel of {@link Telemetry.Tick} frames (see {@link TypedWriter}). One writer per channel;
 * not thread-safe.
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
final class Telemetry_TickWriter extends TypedWriter<Telemetry_TickWriter.Frame> {
    private Telemetry_TickWriter(ShmxServer server) {
        super(server, new Frame());
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
     * Payload bytes {@code frame} needs in a slot, TLV headers and padding included; compare with
     * {@code ChannelConfig.frameBytesCap()}. Allocates nothing.
     *
     * @throws IllegalArgumentException when a component is null or its length does not fit the stream
     */
    public static long bytesNeeded(Telemetry.Tick frame) {
        return streamBytes(Telemetry_TickSchema.FRAME, 0)
                + streamBytes(Telemetry_TickSchema.FRAME, 1, frame.flags());
    }

    /**
     * Publishes {@code frame}, copying each component into the slot (a String is encoded once,
     * straight into it); returns its frame id. Allocates nothing.
     *
     * @throws FrameTooLargeException when the frame needs more than {@link #frameBytesCap()} bytes
     * @throws IllegalArgumentException when a component is null or its length does not fit the stream
     */
    public long publish(Telemetry.Tick frame, double simTime) {
        Frame open = begin(bytesNeeded(frame));
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
     * A frame being written straight into its slot (see {@link TypedFrame}). Write each stream once (in any
     * order), then {@link #publish(double)} or {@link #abort()}.
     */
    public static final class Frame extends TypedFrame {
        private Frame() {
            super(Telemetry_TickSchema.FRAME);
            registerClaim(1, new ByteClaim(Telemetry_TickSchema.FRAME, 1));
        }

        /**
         * Writes stream 'channelCount' (id 7, U16): one element.
         */
        public Frame channelCount(short value) {
            putShort(0, value);
            return this;
        }

        /**
         * Claims stream 'flags' (id 8, I8 x 4) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public ByteClaim flags(int count) {
            return claimArray(1, count);
        }

        /**
         * Writes stream 'flags' (id 8, I8 x 4): a copy of {@code values}, 4 scalar(s) per element.
         */
        public Frame flags(byte[] values) {
            flags(elementsOf(1, values)).copyFrom(values);
            return this;
        }
    }
}
