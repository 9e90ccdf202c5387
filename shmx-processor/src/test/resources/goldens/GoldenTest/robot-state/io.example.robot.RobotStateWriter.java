package io.example.robot;

import io.shmx.ChannelConfig;
import io.shmx.FrameTooLargeException;
import io.shmx.ShmxServer;
import io.shmx.typed.BooleanClaim;
import io.shmx.typed.DoubleClaim;
import io.shmx.typed.FloatClaim;
import io.shmx.typed.TypedFrame;
import io.shmx.typed.TypedWriter;
import javax.annotation.processing.Generated;

/**
 * The producer of a channel of {@link RobotState} frames (see {@link TypedWriter}). One writer per channel;
 * not thread-safe.
 *
 * <pre>{@code
 * try (RobotStateWriter writer = RobotStateWriter.create("my-channel")) {
 *     long frameId = writer.publish(frame, simTime);           // copies the record's arrays
 *     writer.begin().jointPositions(n).set(...)....publish(simTime);  // zero-copy: fill the slot in place
 * }
 * }</pre>
 */
@Generated(
        value = "io.shmx.processor.ShmxProcessor",
        comments = "from io.example.robot.RobotState"
)
public final class RobotStateWriter extends TypedWriter<RobotStateWriter.Frame> {
    private RobotStateWriter(ShmxServer server) {
        super(server, new Frame());
    }

    /**
     * Creates the channel {@code channel} ({@code /dev/shm/<channel>}) with the default config.
     */
    public static RobotStateWriter create(String channel) {
        return create(channel, ChannelConfig.defaults());
    }

    /**
     * Creates the channel {@code channel} with {@code config} and the streams of {@link RobotStateSchema}.
     */
    public static RobotStateWriter create(String channel, ChannelConfig config) {
        return new RobotStateWriter(ShmxServer.create(channel, config, RobotStateSchema.streams()));
    }

    /**
     * Payload bytes {@code frame} needs in a slot, TLV headers and padding included; compare with
     * {@code ChannelConfig.frameBytesCap()}. Allocates nothing.
     *
     * @throws IllegalArgumentException when a component is null or its length does not fit the stream
     */
    public static long bytesNeeded(RobotState frame) {
        return streamBytes(RobotStateSchema.FRAME, 0, frame.jointPositions())
                + streamBytes(RobotStateSchema.FRAME, 1, frame.jointTorques())
                + streamBytes(RobotStateSchema.FRAME, 2, frame.pose())
                + streamBytes(RobotStateSchema.FRAME, 3, frame.contacts())
                + streamBytes(RobotStateSchema.FRAME, 4, frame.mode())
                + streamBytes(RobotStateSchema.FRAME, 5)
                + streamBytes(RobotStateSchema.FRAME, 6);
    }

    /**
     * Publishes {@code frame}, copying each component into the slot (a String is encoded once,
     * straight into it); returns its frame id. Allocates nothing.
     *
     * @throws FrameTooLargeException when the frame needs more than {@link #frameBytesCap()} bytes
     * @throws IllegalArgumentException when a component is null or its length does not fit the stream
     */
    public long publish(RobotState frame, double simTime) {
        Frame open = begin(bytesNeeded(frame));
        try {
            return open
                    .jointPositions(frame.jointPositions())
                    .jointTorques(frame.jointTorques())
                    .pose(frame.pose())
                    .contacts(frame.contacts())
                    .mode(frame.mode())
                    .timestampNanos(frame.timestampNanos())
                    .battery(frame.battery())
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
            super(RobotStateSchema.FRAME);
            registerClaim(0, new DoubleClaim(RobotStateSchema.FRAME, 0));
            registerClaim(1, new FloatClaim(RobotStateSchema.FRAME, 1));
            registerClaim(2, new FloatClaim(RobotStateSchema.FRAME, 2));
            registerClaim(3, new BooleanClaim(RobotStateSchema.FRAME, 3));
        }

        /**
         * Claims stream 'jointPositions' (id 1, F64) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public DoubleClaim jointPositions(int count) {
            return claimArray(0, count);
        }

        /**
         * Writes stream 'jointPositions' (id 1, F64): a copy of {@code values}, 1 scalar(s) per element.
         */
        public Frame jointPositions(double[] values) {
            jointPositions(elementsOf(0, values)).copyFrom(values);
            return this;
        }

        /**
         * Claims stream 'jointTorques' (id 2, F32) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public FloatClaim jointTorques(int count) {
            return claimArray(1, count);
        }

        /**
         * Writes stream 'jointTorques' (id 2, F32): a copy of {@code values}, 1 scalar(s) per element.
         */
        public Frame jointTorques(float[] values) {
            jointTorques(elementsOf(1, values)).copyFrom(values);
            return this;
        }

        /**
         * Claims stream 'pose' (id 3, F32 x 7) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public FloatClaim pose(int count) {
            return claimArray(2, count);
        }

        /**
         * Writes stream 'pose' (id 3, F32 x 7): a copy of {@code values}, 7 scalar(s) per element.
         */
        public Frame pose(float[] values) {
            pose(elementsOf(2, values)).copyFrom(values);
            return this;
        }

        /**
         * Claims stream 'contacts' (id 4, BOOL) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public BooleanClaim contacts(int count) {
            return claimArray(3, count);
        }

        /**
         * Writes stream 'contacts' (id 4, BOOL): a copy of {@code values}, 1 scalar(s) per element.
         */
        public Frame contacts(boolean[] values) {
            contacts(elementsOf(3, values)).copyFrom(values);
            return this;
        }

        /**
         * Writes stream 'mode' (id 5, U8): the UTF-8 bytes of {@code value}, one element per byte, encoded straight into the slot.
         */
        public Frame mode(String value) {
            putText(4, value);
            return this;
        }

        /**
         * Writes stream 'timestampNanos' (id 6, U64): one element.
         */
        public Frame timestampNanos(long value) {
            putLong(5, value);
            return this;
        }

        /**
         * Writes stream 'battery' (id 7, F16): one element.
         */
        public Frame battery(float value) {
            putHalf(6, value);
            return this;
        }
    }
}
