package io.example;

import io.shmx.ChannelConfig;
import io.shmx.FrameTooLargeException;
import io.shmx.ShmxServer;
import io.shmx.typed.BooleanClaim;
import io.shmx.typed.FloatClaim;
import io.shmx.typed.HalfFloatClaim;
import io.shmx.typed.IntClaim;
import io.shmx.typed.ShortClaim;
import io.shmx.typed.TypedFrame;
import io.shmx.typed.TypedWriter;
import java.lang.foreign.MemorySegment;
import javax.annotation.processing.Generated;

/**
 * The producer of a channel of {@link Particles} frames (see {@link TypedWriter}). One writer per channel;
 * not thread-safe.
 *
 * <pre>{@code
 * try (ParticlesWriter writer = ParticlesWriter.create("my-channel")) {
 *     long frameId = writer.publish(frame, simTime);           // copies the record's arrays
 *     writer.begin().positions(n).set(...)....publish(simTime);  // zero-copy: fill the slot in place
 * }
 * }</pre>
 */
@Generated(
        value = "io.shmx.processor.ShmxProcessor",
        comments = "from io.example.Particles"
)
public final class ParticlesWriter extends TypedWriter<ParticlesWriter.Frame> {
    private ParticlesWriter(ShmxServer server) {
        super(server, new Frame());
    }

    /**
     * Creates the channel {@code channel} ({@code /dev/shm/<channel>}) with the default config.
     */
    public static ParticlesWriter create(String channel) {
        return create(channel, ChannelConfig.defaults());
    }

    /**
     * Creates the channel {@code channel} with {@code config} and the streams of {@link ParticlesSchema}.
     */
    public static ParticlesWriter create(String channel, ChannelConfig config) {
        return new ParticlesWriter(ShmxServer.create(channel, config, ParticlesSchema.streams()));
    }

    /**
     * Payload bytes {@code frame} needs in a slot, TLV headers and padding included; compare with
     * {@code ChannelConfig.frameBytesCap()}. Allocates nothing.
     *
     * @throws IllegalArgumentException when a component is null or its length does not fit the stream
     */
    public static long bytesNeeded(Particles frame) {
        return streamBytes(ParticlesSchema.FRAME, 0, frame.positions())
                + streamBytes(ParticlesSchema.FRAME, 1, frame.ids())
                + streamBytes(ParticlesSchema.FRAME, 2)
                + streamBytes(ParticlesSchema.FRAME, 3, frame.temperatures())
                + streamBytes(ParticlesSchema.FRAME, 4, frame.weights())
                + streamBytes(ParticlesSchema.FRAME, 5, frame.label())
                + streamBytes(ParticlesSchema.FRAME, 6, frame.alive())
                + streamBytes(ParticlesSchema.FRAME, 7)
                + streamBytes(ParticlesSchema.FRAME, 8, frame.raw());
    }

    /**
     * Publishes {@code frame}, copying each component into the slot (a String is encoded once,
     * straight into it); returns its frame id. Allocates nothing.
     *
     * @throws FrameTooLargeException when the frame needs more than {@link #frameBytesCap()} bytes
     * @throws IllegalArgumentException when a component is null or its length does not fit the stream
     */
    public long publish(Particles frame, double simTime) {
        Frame open = begin(bytesNeeded(frame));
        try {
            return open
                    .positions(frame.positions())
                    .ids(frame.ids())
                    .energy(frame.energy())
                    .temperatures(frame.temperatures())
                    .weights(frame.weights())
                    .label(frame.label())
                    .alive(frame.alive())
                    .step(frame.step())
                    .raw(frame.raw())
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
            super(ParticlesSchema.FRAME);
            registerClaim(0, new FloatClaim(ParticlesSchema.FRAME, 0));
            registerClaim(1, new IntClaim(ParticlesSchema.FRAME, 1));
            registerClaim(3, new HalfFloatClaim(ParticlesSchema.FRAME, 3));
            registerClaim(4, new ShortClaim(ParticlesSchema.FRAME, 4));
            registerClaim(6, new BooleanClaim(ParticlesSchema.FRAME, 6));
        }

        /**
         * Claims stream 'positions' (id 1, F32 x 3) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public FloatClaim positions(int count) {
            return claimArray(0, count);
        }

        /**
         * Writes stream 'positions' (id 1, F32 x 3): a copy of {@code values}, 3 scalar(s) per element.
         */
        public Frame positions(float[] values) {
            positions(elementsOf(0, values)).copyFrom(values);
            return this;
        }

        /**
         * Claims stream 'ids' (id 2, U32) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public IntClaim ids(int count) {
            return claimArray(1, count);
        }

        /**
         * Writes stream 'ids' (id 2, U32): a copy of {@code values}, 1 scalar(s) per element.
         */
        public Frame ids(int[] values) {
            ids(elementsOf(1, values)).copyFrom(values);
            return this;
        }

        /**
         * Writes stream 'energy' (id 3, F64): one element.
         */
        public Frame energy(double value) {
            putDouble(2, value);
            return this;
        }

        /**
         * Claims stream 'temperatures' (id 4, F16) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public HalfFloatClaim temperatures(int count) {
            return claimArray(3, count);
        }

        /**
         * Writes stream 'temperatures' (id 4, F16): a copy of {@code values}, 1 scalar(s) per element.
         */
        public Frame temperatures(float[] values) {
            temperatures(elementsOf(3, values)).copyFrom(values);
            return this;
        }

        /**
         * Claims stream 'weights' (id 5, BF16 x 2) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public ShortClaim weights(int count) {
            return claimArray(4, count);
        }

        /**
         * Writes stream 'weights' (id 5, BF16 x 2): a copy of {@code values}, 2 scalar(s) per element.
         */
        public Frame weights(short[] values) {
            weights(elementsOf(4, values)).copyFrom(values);
            return this;
        }

        /**
         * Writes stream 'label' (id 6, U8): the UTF-8 bytes of {@code value}, one element per byte, encoded straight into the slot.
         */
        public Frame label(String value) {
            putText(5, value);
            return this;
        }

        /**
         * Claims stream 'alive' (id 7, BOOL) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public BooleanClaim alive(int count) {
            return claimArray(6, count);
        }

        /**
         * Writes stream 'alive' (id 7, BOOL): a copy of {@code values}, 1 scalar(s) per element.
         */
        public Frame alive(boolean[] values) {
            alive(elementsOf(6, values)).copyFrom(values);
            return this;
        }

        /**
         * Writes stream 'step_index' (id 8, I64): one element.
         */
        public Frame step(long value) {
            putLong(7, value);
            return this;
        }

        /**
         * Claims stream 'raw' (id 9, U16) for {@code count} elements (2 bytes each) and returns its bytes
         * in the slot to fill in place (little-endian).
         */
        public MemorySegment raw(long count) {
            return claimBytes(8, count);
        }

        /**
         * Writes stream 'raw' (id 9, U16): a copy of {@code bytes} (a whole number of 2-byte elements).
         */
        public Frame raw(MemorySegment bytes) {
            putBytes(8, bytes);
            return this;
        }
    }
}
