package io.example.robot;

import io.shmx.ChannelConfig;
import io.shmx.FrameTooLargeException;
import io.shmx.FrameWriter;
import io.shmx.ShmxServer;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The producer of a channel of {@link RobotState} frames. One writer per channel; not thread-safe.
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
public final class RobotStateWriter implements AutoCloseable {
    private final ShmxServer server;

    private final long frameBytesCap;

    private final Frame frame;

    private RobotStateWriter(ShmxServer server) {
        this.server = server;
        this.frameBytesCap = server.config().frameBytesCap();
        this.frame = new Frame();
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
    public static long bytesNeeded(RobotState frame) {
        Objects.requireNonNull(frame, "frame");
        return RobotStateSchema.frameStreamBytes((long) elements(present(frame.jointPositions(), "jointPositions").length, RobotStateSchema.JOINT_POSITIONS_COMPONENTS, RobotStateSchema.JOINT_POSITIONS_NAME) * RobotStateSchema.JOINT_POSITIONS_BYTES_PER_ELEM)
                + RobotStateSchema.frameStreamBytes((long) elements(present(frame.jointTorques(), "jointTorques").length, RobotStateSchema.JOINT_TORQUES_COMPONENTS, RobotStateSchema.JOINT_TORQUES_NAME) * RobotStateSchema.JOINT_TORQUES_BYTES_PER_ELEM)
                + RobotStateSchema.frameStreamBytes((long) elements(present(frame.pose(), "pose").length, RobotStateSchema.POSE_COMPONENTS, RobotStateSchema.POSE_NAME) * RobotStateSchema.POSE_BYTES_PER_ELEM)
                + RobotStateSchema.frameStreamBytes((long) elements(present(frame.contacts(), "contacts").length, RobotStateSchema.CONTACTS_COMPONENTS, RobotStateSchema.CONTACTS_NAME) * RobotStateSchema.CONTACTS_BYTES_PER_ELEM)
                + RobotStateSchema.frameStreamBytes((long) utf8(present(frame.mode(), "mode"), RobotStateSchema.MODE_NAME).length)
                + RobotStateSchema.frameStreamBytes(RobotStateSchema.TIMESTAMP_NANOS_BYTES_PER_ELEM)
                + RobotStateSchema.frameStreamBytes(RobotStateSchema.BATTERY_BYTES_PER_ELEM);
    }

    /**
     * Publishes {@code frame}, copying each component into the slot; returns its frame id.
     *
     * @throws FrameTooLargeException when the frame needs more than {@link #frameBytesCap()} bytes
     * @throws IllegalArgumentException when a component is null or its length does not fit the stream
     */
    public long publish(RobotState frame, double simTime) {
        long needed = bytesNeeded(frame);
        if (needed > frameBytesCap) {
            throw tooLarge(needed, "");
        }
        Frame open = begin();
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
        return new FrameTooLargeException("a RobotState frame needs " + needed + " payload bytes (TLV headers and 16-byte padding included" + detail + ") but channel '" + server.name() + "' takes at most " + frameBytesCap
                + "; create the writer with RobotStateWriter.create(\"" + server.name() + "\", ChannelConfig.defaults().withFrameBytesCap(" + needed + ")) or larger", needed, frameBytesCap);
    }

    private static <T> T present(T value, String component) {
        if (value == null) {
            throw new IllegalArgumentException("RobotState." + component + "() is null; every component of a frame is a stream");
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
     * The UTF-8 bytes a String stream carries.
     */
    private static byte[] utf8(String value, String stream) {
        return Objects.requireNonNull(value, stream).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A frame being written straight into its slot. Write each stream once (in any order), then
     * {@link #publish(double)} or {@link #abort()}. Claims and segments handed out are valid until then.
     */
    public final class Frame {
        private FrameWriter writer;

        private final JointPositionsClaim jointPositionsClaim = new JointPositionsClaim();

        private boolean jointPositionsWritten;

        private final JointTorquesClaim jointTorquesClaim = new JointTorquesClaim();

        private boolean jointTorquesWritten;

        private final PoseClaim poseClaim = new PoseClaim();

        private boolean poseWritten;

        private final ContactsClaim contactsClaim = new ContactsClaim();

        private boolean contactsWritten;

        private boolean modeWritten;

        private boolean timestampNanosWritten;

        private boolean batteryWritten;

        private Frame() {
        }

        private void open(FrameWriter writer) {
            this.writer = writer;
            jointPositionsWritten = false;
            jointTorquesWritten = false;
            poseWritten = false;
            contactsWritten = false;
            modeWritten = false;
            timestampNanosWritten = false;
            batteryWritten = false;
        }

        private void close() {
            writer = null;
            jointPositionsClaim.release();
            jointTorquesClaim.release();
            poseClaim.release();
            contactsClaim.release();
        }

        /**
         * Whether the frame is begun and neither published nor aborted.
         */
        public boolean isOpen() {
            return writer != null;
        }

        /**
         * Claims stream 'jointPositions' (id 1, F64) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public JointPositionsClaim jointPositions(int count) {
            long at = reserve(jointPositionsWritten, count, RobotStateSchema.JOINT_POSITIONS_ID, RobotStateSchema.JOINT_POSITIONS_BYTES_PER_ELEM, RobotStateSchema.JOINT_POSITIONS_NAME);
            jointPositionsWritten = true;
            return jointPositionsClaim.wrap(writer.segment(), at, count);
        }

        /**
         * Writes stream 'jointPositions' (id 1, F64): a copy of {@code values}, 1 scalar(s) per element.
         */
        public Frame jointPositions(double[] values) {
            this.jointPositions(RobotStateWriter.elements(Objects.requireNonNull(values, RobotStateSchema.JOINT_POSITIONS_NAME).length, RobotStateSchema.JOINT_POSITIONS_COMPONENTS, RobotStateSchema.JOINT_POSITIONS_NAME)).copyFrom(values);
            return this;
        }

        /**
         * Claims stream 'jointTorques' (id 2, F32) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public JointTorquesClaim jointTorques(int count) {
            long at = reserve(jointTorquesWritten, count, RobotStateSchema.JOINT_TORQUES_ID, RobotStateSchema.JOINT_TORQUES_BYTES_PER_ELEM, RobotStateSchema.JOINT_TORQUES_NAME);
            jointTorquesWritten = true;
            return jointTorquesClaim.wrap(writer.segment(), at, count);
        }

        /**
         * Writes stream 'jointTorques' (id 2, F32): a copy of {@code values}, 1 scalar(s) per element.
         */
        public Frame jointTorques(float[] values) {
            this.jointTorques(RobotStateWriter.elements(Objects.requireNonNull(values, RobotStateSchema.JOINT_TORQUES_NAME).length, RobotStateSchema.JOINT_TORQUES_COMPONENTS, RobotStateSchema.JOINT_TORQUES_NAME)).copyFrom(values);
            return this;
        }

        /**
         * Claims stream 'pose' (id 3, F32 x 7) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public PoseClaim pose(int count) {
            long at = reserve(poseWritten, count, RobotStateSchema.POSE_ID, RobotStateSchema.POSE_BYTES_PER_ELEM, RobotStateSchema.POSE_NAME);
            poseWritten = true;
            return poseClaim.wrap(writer.segment(), at, count);
        }

        /**
         * Writes stream 'pose' (id 3, F32 x 7): a copy of {@code values}, 7 scalar(s) per element.
         */
        public Frame pose(float[] values) {
            this.pose(RobotStateWriter.elements(Objects.requireNonNull(values, RobotStateSchema.POSE_NAME).length, RobotStateSchema.POSE_COMPONENTS, RobotStateSchema.POSE_NAME)).copyFrom(values);
            return this;
        }

        /**
         * Claims stream 'contacts' (id 4, BOOL) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public ContactsClaim contacts(int count) {
            long at = reserve(contactsWritten, count, RobotStateSchema.CONTACTS_ID, RobotStateSchema.CONTACTS_BYTES_PER_ELEM, RobotStateSchema.CONTACTS_NAME);
            contactsWritten = true;
            return contactsClaim.wrap(writer.segment(), at, count);
        }

        /**
         * Writes stream 'contacts' (id 4, BOOL): a copy of {@code values}, 1 scalar(s) per element.
         */
        public Frame contacts(boolean[] values) {
            this.contacts(RobotStateWriter.elements(Objects.requireNonNull(values, RobotStateSchema.CONTACTS_NAME).length, RobotStateSchema.CONTACTS_COMPONENTS, RobotStateSchema.CONTACTS_NAME)).copyFrom(values);
            return this;
        }

        /**
         * Writes stream 'mode' (id 5, U8): the UTF-8 bytes of {@code value}, one element per byte.
         */
        public Frame mode(String value) {
            byte[] bytes = RobotStateWriter.utf8(value, RobotStateSchema.MODE_NAME);
            long at = reserve(modeWritten, bytes.length, RobotStateSchema.MODE_ID, RobotStateSchema.MODE_BYTES_PER_ELEM, RobotStateSchema.MODE_NAME);
            MemorySegment.copy(bytes, 0, writer.segment(), RobotStateSchema.BYTE, at, bytes.length);
            modeWritten = true;
            return this;
        }

        /**
         * Writes stream 'timestampNanos' (id 6, U64): one element.
         */
        public Frame timestampNanos(long value) {
            long at = reserve(timestampNanosWritten, 1, RobotStateSchema.TIMESTAMP_NANOS_ID, RobotStateSchema.TIMESTAMP_NANOS_BYTES_PER_ELEM, RobotStateSchema.TIMESTAMP_NANOS_NAME);
            writer.segment().set(RobotStateSchema.LE_LONG, at, value);
            timestampNanosWritten = true;
            return this;
        }

        /**
         * Writes stream 'battery' (id 7, F16): one element.
         */
        public Frame battery(float value) {
            long at = reserve(batteryWritten, 1, RobotStateSchema.BATTERY_ID, RobotStateSchema.BATTERY_BYTES_PER_ELEM, RobotStateSchema.BATTERY_NAME);
            writer.segment().set(RobotStateSchema.LE_SHORT, at, Float.floatToFloat16(value));
            batteryWritten = true;
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
            if (!(jointPositionsWritten && jointTorquesWritten && poseWritten && contactsWritten && modeWritten && timestampNanosWritten && batteryWritten)) {
                StringBuilder missing = new StringBuilder();
                if (!jointPositionsWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("jointPositions");
                }
                if (!jointTorquesWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("jointTorques");
                }
                if (!poseWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("pose");
                }
                if (!contactsWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("contacts");
                }
                if (!modeWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("mode");
                }
                if (!timestampNanosWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("timestampNanos");
                }
                if (!batteryWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("battery");
                }
                throw new IllegalStateException("the frame lacks stream(s) " + missing + ": write every stream of RobotState before publish, or abort()");
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
                throw new IllegalStateException("no frame is open: call RobotStateWriter.begin() first (a frame ends with publish or abort)");
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
            long needed = open.payloadBytes() + RobotStateSchema.frameStreamBytes(count * bytesPerElem);
            if (needed > frameBytesCap) {
                throw RobotStateWriter.this.tooLarge(needed, ", counting the streams written so far and '" + stream + "'");
            }
            return open.claimOffset(streamId, count);
        }
    }

    /**
     * The elements of stream 'jointPositions' (id 1, F64) claimed in the frame being written, filled in place.
     * Valid until the frame is published or aborted; after that every write fails.
     */
    public static final class JointPositionsClaim {
        private MemorySegment segment = MemorySegment.NULL;

        private long offset;

        private int count;

        private JointPositionsClaim() {
        }

        private JointPositionsClaim wrap(MemorySegment segment, long offset, int count) {
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
         * Elements claimed (1 scalars each).
         */
        public int count() {
            return count;
        }

        /**
         * The slot the claimed bytes live in; they start at {@link #offset()} and span
         * {@code count() * 8} bytes, little-endian.
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
         * Stores element {@code index}.
         */
        public JointPositionsClaim set(int index, double value) {
            long at = at(index);
            segment.set(RobotStateSchema.LE_DOUBLE, at, value);
            return this;
        }

        /**
         * Stores all claimed elements from {@code values}, 1 scalar(s) per element
         * ({@code values.length} must be {@code count() * 1}).
         */
        public JointPositionsClaim copyFrom(double[] values) {
            if (values.length != (long) count * RobotStateSchema.JOINT_POSITIONS_COMPONENTS) {
                throw new IllegalArgumentException("stream 'jointPositions' claimed " + count + " elements of 1 scalar(s), but the array holds " + values.length);
            }
            MemorySegment.copy(values, 0, segment, RobotStateSchema.LE_DOUBLE, offset, values.length);
            return this;
        }

        private long at(int index) {
            if (Integer.compareUnsigned(index, count) >= 0) {
                throw new IndexOutOfBoundsException(count == 0 ? "the claim of stream 'jointPositions' is closed: its frame was published or aborted" : "index " + index + " is outside the claim of stream 'jointPositions' (" + count + " elements)");
            }
            return offset + (long) index * 8;
        }
    }

    /**
     * The elements of stream 'jointTorques' (id 2, F32) claimed in the frame being written, filled in place.
     * Valid until the frame is published or aborted; after that every write fails.
     */
    public static final class JointTorquesClaim {
        private MemorySegment segment = MemorySegment.NULL;

        private long offset;

        private int count;

        private JointTorquesClaim() {
        }

        private JointTorquesClaim wrap(MemorySegment segment, long offset, int count) {
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
         * Elements claimed (1 scalars each).
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
         * Stores element {@code index}.
         */
        public JointTorquesClaim set(int index, float value) {
            long at = at(index);
            segment.set(RobotStateSchema.LE_FLOAT, at, value);
            return this;
        }

        /**
         * Stores all claimed elements from {@code values}, 1 scalar(s) per element
         * ({@code values.length} must be {@code count() * 1}).
         */
        public JointTorquesClaim copyFrom(float[] values) {
            if (values.length != (long) count * RobotStateSchema.JOINT_TORQUES_COMPONENTS) {
                throw new IllegalArgumentException("stream 'jointTorques' claimed " + count + " elements of 1 scalar(s), but the array holds " + values.length);
            }
            MemorySegment.copy(values, 0, segment, RobotStateSchema.LE_FLOAT, offset, values.length);
            return this;
        }

        private long at(int index) {
            if (Integer.compareUnsigned(index, count) >= 0) {
                throw new IndexOutOfBoundsException(count == 0 ? "the claim of stream 'jointTorques' is closed: its frame was published or aborted" : "index " + index + " is outside the claim of stream 'jointTorques' (" + count + " elements)");
            }
            return offset + (long) index * 4;
        }
    }

    /**
     * The elements of stream 'pose' (id 3, F32 x 7) claimed in the frame being written, filled in place.
     * Valid until the frame is published or aborted; after that every write fails.
     */
    public static final class PoseClaim {
        private MemorySegment segment = MemorySegment.NULL;

        private long offset;

        private int count;

        private PoseClaim() {
        }

        private PoseClaim wrap(MemorySegment segment, long offset, int count) {
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
         * Elements claimed (7 scalars each).
         */
        public int count() {
            return count;
        }

        /**
         * The slot the claimed bytes live in; they start at {@link #offset()} and span
         * {@code count() * 28} bytes, little-endian.
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
        public PoseClaim set(int index, int component, float value) {
            long at = at(index, component);
            segment.set(RobotStateSchema.LE_FLOAT, at, value);
            return this;
        }

        /**
         * Stores all claimed elements from {@code values}, 7 scalar(s) per element
         * ({@code values.length} must be {@code count() * 7}).
         */
        public PoseClaim copyFrom(float[] values) {
            if (values.length != (long) count * RobotStateSchema.POSE_COMPONENTS) {
                throw new IllegalArgumentException("stream 'pose' claimed " + count + " elements of 7 scalar(s), but the array holds " + values.length);
            }
            MemorySegment.copy(values, 0, segment, RobotStateSchema.LE_FLOAT, offset, values.length);
            return this;
        }

        private long at(int index, int component) {
            if (Integer.compareUnsigned(index, count) >= 0) {
                throw new IndexOutOfBoundsException(count == 0 ? "the claim of stream 'pose' is closed: its frame was published or aborted" : "index " + index + " is outside the claim of stream 'pose' (" + count + " elements)");
            }
            if (Integer.compareUnsigned(component, 7) >= 0) {
                throw new IndexOutOfBoundsException("component " + component + " is outside 0..6 of stream 'pose'");
            }
            return offset + (long) index * 28 + (long) component * 4;
        }
    }

    /**
     * The elements of stream 'contacts' (id 4, BOOL) claimed in the frame being written, filled in place.
     * Valid until the frame is published or aborted; after that every write fails.
     */
    public static final class ContactsClaim {
        private MemorySegment segment = MemorySegment.NULL;

        private long offset;

        private int count;

        private ContactsClaim() {
        }

        private ContactsClaim wrap(MemorySegment segment, long offset, int count) {
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
         * Elements claimed (1 scalars each).
         */
        public int count() {
            return count;
        }

        /**
         * The slot the claimed bytes live in; they start at {@link #offset()} and span
         * {@code count() * 1} bytes, little-endian.
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
         * Stores element {@code index}.
         */
        public ContactsClaim set(int index, boolean value) {
            long at = at(index);
            segment.set(RobotStateSchema.BYTE, at, (byte) (value ? 1 : 0));
            return this;
        }

        /**
         * Stores all claimed elements from {@code values}, 1 scalar(s) per element
         * ({@code values.length} must be {@code count() * 1}).
         */
        public ContactsClaim copyFrom(boolean[] values) {
            if (values.length != (long) count * RobotStateSchema.CONTACTS_COMPONENTS) {
                throw new IllegalArgumentException("stream 'contacts' claimed " + count + " elements of 1 scalar(s), but the array holds " + values.length);
            }
            for (int i = 0; i < values.length; i++) {
                long at = offset + (long) i * 1;
                segment.set(RobotStateSchema.BYTE, at, (byte) (values[i] ? 1 : 0));
            }
            return this;
        }

        private long at(int index) {
            if (Integer.compareUnsigned(index, count) >= 0) {
                throw new IndexOutOfBoundsException(count == 0 ? "the claim of stream 'contacts' is closed: its frame was published or aborted" : "index " + index + " is outside the claim of stream 'contacts' (" + count + " elements)");
            }
            return offset + (long) index * 1;
        }
    }
}
