package io.example;

import io.shmx.ChannelConfig;
import io.shmx.FrameTooLargeException;
import io.shmx.FrameWriter;
import io.shmx.ShmxServer;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The producer of a channel of {@link Particles} frames. One writer per channel; not thread-safe.
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
public final class ParticlesWriter implements AutoCloseable {
    private final ShmxServer server;

    private final long frameBytesCap;

    private final Frame frame;

    private ParticlesWriter(ShmxServer server) {
        this.server = server;
        this.frameBytesCap = server.config().frameBytesCap();
        this.frame = new Frame();
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
    public static long bytesNeeded(Particles frame) {
        Objects.requireNonNull(frame, "frame");
        return ParticlesSchema.frameStreamBytes((long) elements(present(frame.positions(), "positions").length, ParticlesSchema.POSITIONS_COMPONENTS, ParticlesSchema.POSITIONS_NAME) * ParticlesSchema.POSITIONS_BYTES_PER_ELEM)
                + ParticlesSchema.frameStreamBytes((long) elements(present(frame.ids(), "ids").length, ParticlesSchema.IDS_COMPONENTS, ParticlesSchema.IDS_NAME) * ParticlesSchema.IDS_BYTES_PER_ELEM)
                + ParticlesSchema.frameStreamBytes(ParticlesSchema.ENERGY_BYTES_PER_ELEM)
                + ParticlesSchema.frameStreamBytes((long) elements(present(frame.temperatures(), "temperatures").length, ParticlesSchema.TEMPERATURES_COMPONENTS, ParticlesSchema.TEMPERATURES_NAME) * ParticlesSchema.TEMPERATURES_BYTES_PER_ELEM)
                + ParticlesSchema.frameStreamBytes((long) elements(present(frame.weights(), "weights").length, ParticlesSchema.WEIGHTS_COMPONENTS, ParticlesSchema.WEIGHTS_NAME) * ParticlesSchema.WEIGHTS_BYTES_PER_ELEM)
                + ParticlesSchema.frameStreamBytes((long) utf8(present(frame.label(), "label"), ParticlesSchema.LABEL_NAME).length)
                + ParticlesSchema.frameStreamBytes((long) elements(present(frame.alive(), "alive").length, ParticlesSchema.ALIVE_COMPONENTS, ParticlesSchema.ALIVE_NAME) * ParticlesSchema.ALIVE_BYTES_PER_ELEM)
                + ParticlesSchema.frameStreamBytes(ParticlesSchema.STEP_BYTES_PER_ELEM)
                + ParticlesSchema.frameStreamBytes(segmentElements(present(frame.raw(), "raw"), ParticlesSchema.RAW_BYTES_PER_ELEM, ParticlesSchema.RAW_NAME) * ParticlesSchema.RAW_BYTES_PER_ELEM);
    }

    /**
     * Publishes {@code frame}, copying each component into the slot; returns its frame id.
     *
     * @throws FrameTooLargeException when the frame needs more than {@link #frameBytesCap()} bytes
     * @throws IllegalArgumentException when a component is null or its length does not fit the stream
     */
    public long publish(Particles frame, double simTime) {
        long needed = bytesNeeded(frame);
        if (needed > frameBytesCap) {
            throw tooLarge(needed, "");
        }
        Frame open = begin();
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
        return new FrameTooLargeException("a Particles frame needs " + needed + " payload bytes (TLV headers and 16-byte padding included" + detail + ") but channel '" + server.name() + "' takes at most " + frameBytesCap
                + "; create the writer with ParticlesWriter.create(\"" + server.name() + "\", ChannelConfig.defaults().withFrameBytesCap(" + needed + ")) or larger", needed, frameBytesCap);
    }

    private static <T> T present(T value, String component) {
        if (value == null) {
            throw new IllegalArgumentException("Particles." + component + "() is null; every component of a frame is a stream");
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
     * Elements in a segment of raw stream bytes.
     */
    private static long segmentElements(MemorySegment bytes, int bytesPerElem, String stream) {
        if (bytes.byteSize() % bytesPerElem != 0) {
            throw new IllegalArgumentException("stream '" + stream + "' has " + bytesPerElem + " bytes per element, but the segment holds " + bytes.byteSize() + " bytes, not a multiple of " + bytesPerElem);
        }
        return bytes.byteSize() / bytesPerElem;
    }

    /**
     * A frame being written straight into its slot. Write each stream once (in any order), then
     * {@link #publish(double)} or {@link #abort()}. Claims and segments handed out are valid until then.
     */
    public final class Frame {
        private FrameWriter writer;

        private final PositionsClaim positionsClaim = new PositionsClaim();

        private boolean positionsWritten;

        private final IdsClaim idsClaim = new IdsClaim();

        private boolean idsWritten;

        private boolean energyWritten;

        private final TemperaturesClaim temperaturesClaim = new TemperaturesClaim();

        private boolean temperaturesWritten;

        private final WeightsClaim weightsClaim = new WeightsClaim();

        private boolean weightsWritten;

        private boolean labelWritten;

        private final AliveClaim aliveClaim = new AliveClaim();

        private boolean aliveWritten;

        private boolean stepWritten;

        private boolean rawWritten;

        private Frame() {
        }

        private void open(FrameWriter writer) {
            this.writer = writer;
            positionsWritten = false;
            idsWritten = false;
            energyWritten = false;
            temperaturesWritten = false;
            weightsWritten = false;
            labelWritten = false;
            aliveWritten = false;
            stepWritten = false;
            rawWritten = false;
        }

        private void close() {
            writer = null;
            positionsClaim.release();
            idsClaim.release();
            temperaturesClaim.release();
            weightsClaim.release();
            aliveClaim.release();
        }

        /**
         * Whether the frame is begun and neither published nor aborted.
         */
        public boolean isOpen() {
            return writer != null;
        }

        /**
         * Claims stream 'positions' (id 1, F32 x 3) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public PositionsClaim positions(int count) {
            long at = reserve(positionsWritten, count, ParticlesSchema.POSITIONS_ID, ParticlesSchema.POSITIONS_BYTES_PER_ELEM, ParticlesSchema.POSITIONS_NAME);
            positionsWritten = true;
            return positionsClaim.wrap(writer.segment(), at, count);
        }

        /**
         * Writes stream 'positions' (id 1, F32 x 3): a copy of {@code values}, 3 scalar(s) per element.
         */
        public Frame positions(float[] values) {
            this.positions(ParticlesWriter.elements(Objects.requireNonNull(values, ParticlesSchema.POSITIONS_NAME).length, ParticlesSchema.POSITIONS_COMPONENTS, ParticlesSchema.POSITIONS_NAME)).copyFrom(values);
            return this;
        }

        /**
         * Claims stream 'ids' (id 2, U32) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public IdsClaim ids(int count) {
            long at = reserve(idsWritten, count, ParticlesSchema.IDS_ID, ParticlesSchema.IDS_BYTES_PER_ELEM, ParticlesSchema.IDS_NAME);
            idsWritten = true;
            return idsClaim.wrap(writer.segment(), at, count);
        }

        /**
         * Writes stream 'ids' (id 2, U32): a copy of {@code values}, 1 scalar(s) per element.
         */
        public Frame ids(int[] values) {
            this.ids(ParticlesWriter.elements(Objects.requireNonNull(values, ParticlesSchema.IDS_NAME).length, ParticlesSchema.IDS_COMPONENTS, ParticlesSchema.IDS_NAME)).copyFrom(values);
            return this;
        }

        /**
         * Writes stream 'energy' (id 3, F64): one element.
         */
        public Frame energy(double value) {
            long at = reserve(energyWritten, 1, ParticlesSchema.ENERGY_ID, ParticlesSchema.ENERGY_BYTES_PER_ELEM, ParticlesSchema.ENERGY_NAME);
            writer.segment().set(ParticlesSchema.LE_DOUBLE, at, value);
            energyWritten = true;
            return this;
        }

        /**
         * Claims stream 'temperatures' (id 4, F16) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public TemperaturesClaim temperatures(int count) {
            long at = reserve(temperaturesWritten, count, ParticlesSchema.TEMPERATURES_ID, ParticlesSchema.TEMPERATURES_BYTES_PER_ELEM, ParticlesSchema.TEMPERATURES_NAME);
            temperaturesWritten = true;
            return temperaturesClaim.wrap(writer.segment(), at, count);
        }

        /**
         * Writes stream 'temperatures' (id 4, F16): a copy of {@code values}, 1 scalar(s) per element.
         */
        public Frame temperatures(float[] values) {
            this.temperatures(ParticlesWriter.elements(Objects.requireNonNull(values, ParticlesSchema.TEMPERATURES_NAME).length, ParticlesSchema.TEMPERATURES_COMPONENTS, ParticlesSchema.TEMPERATURES_NAME)).copyFrom(values);
            return this;
        }

        /**
         * Claims stream 'weights' (id 5, BF16 x 2) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public WeightsClaim weights(int count) {
            long at = reserve(weightsWritten, count, ParticlesSchema.WEIGHTS_ID, ParticlesSchema.WEIGHTS_BYTES_PER_ELEM, ParticlesSchema.WEIGHTS_NAME);
            weightsWritten = true;
            return weightsClaim.wrap(writer.segment(), at, count);
        }

        /**
         * Writes stream 'weights' (id 5, BF16 x 2): a copy of {@code values}, 2 scalar(s) per element.
         */
        public Frame weights(short[] values) {
            this.weights(ParticlesWriter.elements(Objects.requireNonNull(values, ParticlesSchema.WEIGHTS_NAME).length, ParticlesSchema.WEIGHTS_COMPONENTS, ParticlesSchema.WEIGHTS_NAME)).copyFrom(values);
            return this;
        }

        /**
         * Writes stream 'label' (id 6, U8): the UTF-8 bytes of {@code value}, one element per byte.
         */
        public Frame label(String value) {
            byte[] bytes = ParticlesWriter.utf8(value, ParticlesSchema.LABEL_NAME);
            long at = reserve(labelWritten, bytes.length, ParticlesSchema.LABEL_ID, ParticlesSchema.LABEL_BYTES_PER_ELEM, ParticlesSchema.LABEL_NAME);
            MemorySegment.copy(bytes, 0, writer.segment(), ParticlesSchema.BYTE, at, bytes.length);
            labelWritten = true;
            return this;
        }

        /**
         * Claims stream 'alive' (id 7, BOOL) for {@code count} elements in the slot; fill them through the
         * returned claim (reused: one per stream and writer).
         */
        public AliveClaim alive(int count) {
            long at = reserve(aliveWritten, count, ParticlesSchema.ALIVE_ID, ParticlesSchema.ALIVE_BYTES_PER_ELEM, ParticlesSchema.ALIVE_NAME);
            aliveWritten = true;
            return aliveClaim.wrap(writer.segment(), at, count);
        }

        /**
         * Writes stream 'alive' (id 7, BOOL): a copy of {@code values}, 1 scalar(s) per element.
         */
        public Frame alive(boolean[] values) {
            this.alive(ParticlesWriter.elements(Objects.requireNonNull(values, ParticlesSchema.ALIVE_NAME).length, ParticlesSchema.ALIVE_COMPONENTS, ParticlesSchema.ALIVE_NAME)).copyFrom(values);
            return this;
        }

        /**
         * Writes stream 'step_index' (id 8, I64): one element.
         */
        public Frame step(long value) {
            long at = reserve(stepWritten, 1, ParticlesSchema.STEP_ID, ParticlesSchema.STEP_BYTES_PER_ELEM, ParticlesSchema.STEP_NAME);
            writer.segment().set(ParticlesSchema.LE_LONG, at, value);
            stepWritten = true;
            return this;
        }

        /**
         * Claims stream 'raw' (id 9, U16) for {@code count} elements (2 bytes each) and returns its bytes
         * in the slot to fill in place (little-endian).
         */
        public MemorySegment raw(long count) {
            long at = reserve(rawWritten, count, ParticlesSchema.RAW_ID, ParticlesSchema.RAW_BYTES_PER_ELEM, ParticlesSchema.RAW_NAME);
            rawWritten = true;
            return writer.segment().asSlice(at, count * ParticlesSchema.RAW_BYTES_PER_ELEM);
        }

        /**
         * Writes stream 'raw' (id 9, U16): a copy of {@code bytes} (a whole number of 2-byte elements).
         */
        public Frame raw(MemorySegment bytes) {
            long count = ParticlesWriter.segmentElements(Objects.requireNonNull(bytes, ParticlesSchema.RAW_NAME), ParticlesSchema.RAW_BYTES_PER_ELEM, ParticlesSchema.RAW_NAME);
            MemorySegment.copy(bytes, 0, this.raw(count), 0, bytes.byteSize());
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
            if (!(positionsWritten && idsWritten && energyWritten && temperaturesWritten && weightsWritten && labelWritten && aliveWritten && stepWritten && rawWritten)) {
                StringBuilder missing = new StringBuilder();
                if (!positionsWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("positions");
                }
                if (!idsWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("ids");
                }
                if (!energyWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("energy");
                }
                if (!temperaturesWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("temperatures");
                }
                if (!weightsWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("weights");
                }
                if (!labelWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("label");
                }
                if (!aliveWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("alive");
                }
                if (!stepWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("step_index");
                }
                if (!rawWritten) {
                    missing.append(missing.isEmpty() ? "" : ", ").append("raw");
                }
                throw new IllegalStateException("the frame lacks stream(s) " + missing + ": write every stream of Particles before publish, or abort()");
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
                throw new IllegalStateException("no frame is open: call ParticlesWriter.begin() first (a frame ends with publish or abort)");
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
            long needed = open.payloadBytes() + ParticlesSchema.frameStreamBytes(count * bytesPerElem);
            if (needed > frameBytesCap) {
                throw ParticlesWriter.this.tooLarge(needed, ", counting the streams written so far and '" + stream + "'");
            }
            return open.claimOffset(streamId, count);
        }
    }

    /**
     * The elements of stream 'positions' (id 1, F32 x 3) claimed in the frame being written, filled in place.
     * Valid until the frame is published or aborted; after that every write fails.
     */
    public static final class PositionsClaim {
        private MemorySegment segment = MemorySegment.NULL;

        private long offset;

        private int count;

        private PositionsClaim() {
        }

        private PositionsClaim wrap(MemorySegment segment, long offset, int count) {
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
         * Elements claimed (3 scalars each).
         */
        public int count() {
            return count;
        }

        /**
         * The slot the claimed bytes live in; they start at {@link #offset()} and span
         * {@code count() * 12} bytes, little-endian.
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
        public PositionsClaim set(int index, int component, float value) {
            long at = at(index, component);
            segment.set(ParticlesSchema.LE_FLOAT, at, value);
            return this;
        }

        /**
         * Stores all claimed elements from {@code values}, 3 scalar(s) per element
         * ({@code values.length} must be {@code count() * 3}).
         */
        public PositionsClaim copyFrom(float[] values) {
            if (values.length != (long) count * ParticlesSchema.POSITIONS_COMPONENTS) {
                throw new IllegalArgumentException("stream 'positions' claimed " + count + " elements of 3 scalar(s), but the array holds " + values.length);
            }
            MemorySegment.copy(values, 0, segment, ParticlesSchema.LE_FLOAT, offset, values.length);
            return this;
        }

        private long at(int index, int component) {
            if (Integer.compareUnsigned(index, count) >= 0) {
                throw new IndexOutOfBoundsException(count == 0 ? "the claim of stream 'positions' is closed: its frame was published or aborted" : "index " + index + " is outside the claim of stream 'positions' (" + count + " elements)");
            }
            if (Integer.compareUnsigned(component, 3) >= 0) {
                throw new IndexOutOfBoundsException("component " + component + " is outside 0..2 of stream 'positions'");
            }
            return offset + (long) index * 12 + (long) component * 4;
        }
    }

    /**
     * The elements of stream 'ids' (id 2, U32) claimed in the frame being written, filled in place.
     * Valid until the frame is published or aborted; after that every write fails.
     */
    public static final class IdsClaim {
        private MemorySegment segment = MemorySegment.NULL;

        private long offset;

        private int count;

        private IdsClaim() {
        }

        private IdsClaim wrap(MemorySegment segment, long offset, int count) {
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
        public IdsClaim set(int index, int value) {
            long at = at(index);
            segment.set(ParticlesSchema.LE_INT, at, value);
            return this;
        }

        /**
         * Stores an unsigned value (0 to 4294967295).
         */
        public IdsClaim setUnsigned(int index, long value) {
            if (value < 0 || value > 4294967295L) {
                throw new IllegalArgumentException("unsigned value " + value + " does not fit stream 'ids' (U32, 0 to 4294967295)");
            }
            long at = at(index);
            segment.set(ParticlesSchema.LE_INT, at, (int) value);
            return this;
        }

        /**
         * Stores all claimed elements from {@code values}, 1 scalar(s) per element
         * ({@code values.length} must be {@code count() * 1}).
         */
        public IdsClaim copyFrom(int[] values) {
            if (values.length != (long) count * ParticlesSchema.IDS_COMPONENTS) {
                throw new IllegalArgumentException("stream 'ids' claimed " + count + " elements of 1 scalar(s), but the array holds " + values.length);
            }
            MemorySegment.copy(values, 0, segment, ParticlesSchema.LE_INT, offset, values.length);
            return this;
        }

        private long at(int index) {
            if (Integer.compareUnsigned(index, count) >= 0) {
                throw new IndexOutOfBoundsException(count == 0 ? "the claim of stream 'ids' is closed: its frame was published or aborted" : "index " + index + " is outside the claim of stream 'ids' (" + count + " elements)");
            }
            return offset + (long) index * 4;
        }
    }

    /**
     * The elements of stream 'temperatures' (id 4, F16) claimed in the frame being written, filled in place.
     * Valid until the frame is published or aborted; after that every write fails.
     */
    public static final class TemperaturesClaim {
        private MemorySegment segment = MemorySegment.NULL;

        private long offset;

        private int count;

        private TemperaturesClaim() {
        }

        private TemperaturesClaim wrap(MemorySegment segment, long offset, int count) {
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
         * {@code count() * 2} bytes, little-endian.
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
        public TemperaturesClaim set(int index, float value) {
            long at = at(index);
            segment.set(ParticlesSchema.LE_SHORT, at, Float.floatToFloat16(value));
            return this;
        }

        /**
         * Stores raw F16 bits.
         */
        public TemperaturesClaim setBits(int index, short bits) {
            long at = at(index);
            segment.set(ParticlesSchema.LE_SHORT, at, bits);
            return this;
        }

        /**
         * Stores all claimed elements from {@code values}, 1 scalar(s) per element
         * ({@code values.length} must be {@code count() * 1}).
         */
        public TemperaturesClaim copyFrom(float[] values) {
            if (values.length != (long) count * ParticlesSchema.TEMPERATURES_COMPONENTS) {
                throw new IllegalArgumentException("stream 'temperatures' claimed " + count + " elements of 1 scalar(s), but the array holds " + values.length);
            }
            for (int i = 0; i < values.length; i++) {
                long at = offset + (long) i * 2;
                segment.set(ParticlesSchema.LE_SHORT, at, Float.floatToFloat16(values[i]));
            }
            return this;
        }

        private long at(int index) {
            if (Integer.compareUnsigned(index, count) >= 0) {
                throw new IndexOutOfBoundsException(count == 0 ? "the claim of stream 'temperatures' is closed: its frame was published or aborted" : "index " + index + " is outside the claim of stream 'temperatures' (" + count + " elements)");
            }
            return offset + (long) index * 2;
        }
    }

    /**
     * The elements of stream 'weights' (id 5, BF16 x 2) claimed in the frame being written, filled in place.
     * Valid until the frame is published or aborted; after that every write fails.
     */
    public static final class WeightsClaim {
        private MemorySegment segment = MemorySegment.NULL;

        private long offset;

        private int count;

        private WeightsClaim() {
        }

        private WeightsClaim wrap(MemorySegment segment, long offset, int count) {
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
         * Elements claimed (2 scalars each).
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
        public WeightsClaim set(int index, int component, short value) {
            long at = at(index, component);
            segment.set(ParticlesSchema.LE_SHORT, at, value);
            return this;
        }

        /**
         * Stores a float converted to BF16 (round to nearest even).
         */
        public WeightsClaim setFloat(int index, int component, float value) {
            long at = at(index, component);
            segment.set(ParticlesSchema.LE_SHORT, at, ParticlesSchema.floatToBfloat16(value));
            return this;
        }

        /**
         * Stores all claimed elements from {@code values}, 2 scalar(s) per element
         * ({@code values.length} must be {@code count() * 2}).
         */
        public WeightsClaim copyFrom(short[] values) {
            if (values.length != (long) count * ParticlesSchema.WEIGHTS_COMPONENTS) {
                throw new IllegalArgumentException("stream 'weights' claimed " + count + " elements of 2 scalar(s), but the array holds " + values.length);
            }
            MemorySegment.copy(values, 0, segment, ParticlesSchema.LE_SHORT, offset, values.length);
            return this;
        }

        private long at(int index, int component) {
            if (Integer.compareUnsigned(index, count) >= 0) {
                throw new IndexOutOfBoundsException(count == 0 ? "the claim of stream 'weights' is closed: its frame was published or aborted" : "index " + index + " is outside the claim of stream 'weights' (" + count + " elements)");
            }
            if (Integer.compareUnsigned(component, 2) >= 0) {
                throw new IndexOutOfBoundsException("component " + component + " is outside 0..1 of stream 'weights'");
            }
            return offset + (long) index * 4 + (long) component * 2;
        }
    }

    /**
     * The elements of stream 'alive' (id 7, BOOL) claimed in the frame being written, filled in place.
     * Valid until the frame is published or aborted; after that every write fails.
     */
    public static final class AliveClaim {
        private MemorySegment segment = MemorySegment.NULL;

        private long offset;

        private int count;

        private AliveClaim() {
        }

        private AliveClaim wrap(MemorySegment segment, long offset, int count) {
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
        public AliveClaim set(int index, boolean value) {
            long at = at(index);
            segment.set(ParticlesSchema.BYTE, at, (byte) (value ? 1 : 0));
            return this;
        }

        /**
         * Stores all claimed elements from {@code values}, 1 scalar(s) per element
         * ({@code values.length} must be {@code count() * 1}).
         */
        public AliveClaim copyFrom(boolean[] values) {
            if (values.length != (long) count * ParticlesSchema.ALIVE_COMPONENTS) {
                throw new IllegalArgumentException("stream 'alive' claimed " + count + " elements of 1 scalar(s), but the array holds " + values.length);
            }
            for (int i = 0; i < values.length; i++) {
                long at = offset + (long) i * 1;
                segment.set(ParticlesSchema.BYTE, at, (byte) (values[i] ? 1 : 0));
            }
            return this;
        }

        private long at(int index) {
            if (Integer.compareUnsigned(index, count) >= 0) {
                throw new IndexOutOfBoundsException(count == 0 ? "the claim of stream 'alive' is closed: its frame was published or aborted" : "index " + index + " is outside the claim of stream 'alive' (" + count + " elements)");
            }
            return offset + (long) index * 1;
        }
    }
}
