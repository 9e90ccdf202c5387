package io.shmx;

import io.shmx.internal.frame.FrameBuilder;
import io.shmx.internal.frame.FrameHeaderDescriptor;
import io.shmx.internal.wire.MappingFaults;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * The frame being built by a producer: returned by {@link ShmxServer#beginFrame()}, one reusable
 * instance per server. Append streams (copied from arrays or segments, or claimed and filled in
 * place), then {@link #publish(double)} or {@link #abort()}.
 *
 * <p>Element counts are in elements of the stream ({@code bytesPerElem} bytes each). A call that
 * fails (unknown stream, too large, count not matching the bytes) throws and leaves the frame as
 * it was before the call. An array may be longer than the stream's bytes: its first
 * {@code elemCount * bytesPerElem} bytes are copied (little-endian). Appending allocates nothing.
 *
 * <p><b>Segments end with their frame.</b> {@link #segment()} and {@link #claim} hand out the
 * slot's memory, to fill before {@link #publish}. By default a reference kept past publish or
 * abort stays writable: a write through it changes the published frame while readers read it (or
 * a later frame in the same slot), and nothing reports it. Create the channel with
 * {@link ChannelConfig#withCheckedSegments(boolean) ChannelConfig.withCheckedSegments(true)} to
 * catch such a use: every segment handed out for a frame is then revoked when the frame ends,
 * and a later access throws {@code IllegalStateException: Already closed} (the JDK's text), at
 * the cost of an arena per frame and of a rule on threads: the segments of a frame, and the end
 * of that frame, then belong to the thread that took the first of them
 * ({@link ChannelConfig#checkedSegments()}).
 */
public final class FrameWriter {
    // append, claimOffset and publish check only that a frame is in progress (one field, in the
    // builder): a closed server has none, and the builder then runs the server's "closed" check
    // before its own error (ShmxServer wires it), so a closed channel is still reported as such.
    private final ShmxServer server;
    private final FrameBuilder builder;

    FrameWriter(ShmxServer server, FrameBuilder builder) {
        this.server = server;
        this.builder = builder;
    }

    /**
     * Appends a stream: copies {@code elemCount} elements of {@code src} as the stream's data.
     *
     * @param streamId  the stream's id
     * @param src       the elements to copy (at least {@code elemCount * components} of them)
     * @param elemCount the number of elements
     * @return this writer, for chaining
     */
    public FrameWriter append(int streamId, byte[] src, long elemCount) {
        Objects.requireNonNull(src, "src");
        try {
            long off = builder.reserve(streamId, elemCount, src.length, 1, "byte[]");
            builder.copy(off, src, builder.lastReservedBytes());
            return this;
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, server.what());
        }
    }

    /**
     * Appends a stream: copies {@code elemCount} elements of {@code src} as the stream's data.
     *
     * @param streamId  the stream's id
     * @param src       the elements to copy (at least {@code elemCount * components} of them)
     * @param elemCount the number of elements
     * @return this writer, for chaining
     */
    public FrameWriter append(int streamId, boolean[] src, long elemCount) {
        Objects.requireNonNull(src, "src");
        try {
            long off = builder.reserve(streamId, elemCount, src.length, 1, "boolean[]");
            builder.copy(off, src, builder.lastReservedBytes());
            return this;
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, server.what());
        }
    }

    /**
     * Appends a stream: copies {@code elemCount} elements of {@code src} as the stream's data.
     *
     * @param streamId  the stream's id
     * @param src       the elements to copy (at least {@code elemCount * components} of them)
     * @param elemCount the number of elements
     * @return this writer, for chaining
     */
    public FrameWriter append(int streamId, short[] src, long elemCount) {
        Objects.requireNonNull(src, "src");
        try {
            long off = builder.reserve(streamId, elemCount, (long) src.length * Short.BYTES, Short.BYTES, "short[]");
            builder.copy(off, src, builder.lastReservedBytes());
            return this;
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, server.what());
        }
    }

    /**
     * Appends a stream: copies {@code elemCount} elements of {@code src} as the stream's data.
     *
     * @param streamId  the stream's id
     * @param src       the elements to copy (at least {@code elemCount * components} of them)
     * @param elemCount the number of elements
     * @return this writer, for chaining
     */
    public FrameWriter append(int streamId, int[] src, long elemCount) {
        Objects.requireNonNull(src, "src");
        try {
            long off = builder.reserve(streamId, elemCount, (long) src.length * Integer.BYTES, Integer.BYTES, "int[]");
            builder.copy(off, src, builder.lastReservedBytes());
            return this;
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, server.what());
        }
    }

    /**
     * Appends a stream: copies {@code elemCount} elements of {@code src} as the stream's data.
     *
     * @param streamId  the stream's id
     * @param src       the elements to copy (at least {@code elemCount * components} of them)
     * @param elemCount the number of elements
     * @return this writer, for chaining
     */
    public FrameWriter append(int streamId, long[] src, long elemCount) {
        Objects.requireNonNull(src, "src");
        try {
            long off = builder.reserve(streamId, elemCount, (long) src.length * Long.BYTES, Long.BYTES, "long[]");
            builder.copy(off, src, builder.lastReservedBytes());
            return this;
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, server.what());
        }
    }

    /**
     * Appends a stream: copies {@code elemCount} elements of {@code src} as the stream's data.
     *
     * @param streamId  the stream's id
     * @param src       the elements to copy (at least {@code elemCount * components} of them)
     * @param elemCount the number of elements
     * @return this writer, for chaining
     */
    public FrameWriter append(int streamId, float[] src, long elemCount) {
        Objects.requireNonNull(src, "src");
        try {
            long off = builder.reserve(streamId, elemCount, (long) src.length * Float.BYTES, Float.BYTES, "float[]");
            builder.copy(off, src, builder.lastReservedBytes());
            return this;
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, server.what());
        }
    }

    /**
     * Appends a stream: copies {@code elemCount} elements of {@code src} as the stream's data.
     *
     * @param streamId  the stream's id
     * @param src       the elements to copy (at least {@code elemCount * components} of them)
     * @param elemCount the number of elements
     * @return this writer, for chaining
     */
    public FrameWriter append(int streamId, double[] src, long elemCount) {
        Objects.requireNonNull(src, "src");
        try {
            long off = builder.reserve(streamId, elemCount, (long) src.length * Double.BYTES, Double.BYTES,
                    "double[]");
            builder.copy(off, src, builder.lastReservedBytes());
            return this;
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, server.what());
        }
    }

    /**
     * Copies {@code src} (exactly {@code elemCount * bytesPerElem} bytes) as the stream's data.
     *
     * @param streamId the stream's id
     * @param src the elements to copy (at least {@code elemCount * components} of them)
     * @param elemCount the number of elements
     * @return this writer, for chaining
     */
    public FrameWriter append(int streamId, MemorySegment src, long elemCount) {
        Objects.requireNonNull(src, "src");
        try {
            long off = builder.reserve(streamId, elemCount, src.byteSize(), 0, "segment");
            builder.copy(off, src, builder.lastReservedBytes());
            return this;
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, server.what());
        }
    }

    /**
     * Reserves the stream's TLV in the frame and returns the offset of its data within
     * {@link #segment()}, for the caller to fill in place before {@link #publish(double)}.
     *
     * @param streamId the stream's id
     * @param elemCount the number of elements
     * @return the offset of the stream's data in {@link #segment()}
     */
    public long claimOffset(int streamId, long elemCount) {
        try {
            return builder.reserve(streamId, elemCount, -1, 0, "claim") - FrameHeaderDescriptor.PAYLOAD_OFFSET;
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, server.what());
        }
    }

    /**
     * As {@link #claimOffset} but returns a slice of exactly the stream's bytes, valid until
     * {@link #publish} or {@link #abort}: kept past them it stays writable, unless the channel has
     * {@linkplain ChannelConfig#withCheckedSegments(boolean) checked segments} (see {@link #segment()}).
     *
     * @param streamId the stream's id
     * @param elemCount the number of elements
     * @return the stream's bytes in the slot, to fill before publishing
     */
    public MemorySegment claim(int streamId, long elemCount) {
        long off = claimOffset(streamId, elemCount);
        return builder.payloadSegment().asSlice(off, builder.lastReservedBytes());
    }

    /**
     * The payload area of the frame in progress ({@code frameBytesCap} bytes; the slot's header,
     * which readers rely on to reject torn frames, lies outside it), which {@link #claimOffset}
     * offsets index. Valid from {@link ShmxServer#beginFrame()} until {@link #publish} or
     * {@link #abort}: called outside a frame it throws a {@link ShmxException} tagged
     * {@code [ShmxNoFrame]}. Asking for it makes the older frame held by the slot unreadable, as
     * the first append does, since any of its bytes may change. Do not keep it past publish: its
     * bytes then belong to a published frame, or to a later frame in the same slot, and by default
     * the segment <b>stays writable</b>, so a write through it changes a frame readers may be
     * reading. With
     * {@link ChannelConfig#withCheckedSegments(boolean) ChannelConfig.withCheckedSegments(true)} it
     * (and every slice of it) is revoked when the frame ends, and a later access throws the JDK's
     * {@code IllegalStateException: Already closed}; each frame then allocates its own segment,
     * usable only by the thread that asked for it first, which alone can then end the frame (another
     * thread gets a {@link ShmxException} tagged {@code [ShmxCheckedSegmentsThread]}).
     *
     * @return the payload area of the frame in progress
     */
    public MemorySegment segment() {
        server.ensureOpen();
        if (!builder.isActive()) {
            throw noFrameForSegment();
        }
        return builder.payloadSegment();
    }

    private static ShmxException noFrameForSegment() {
        return new ShmxException("[ShmxNoFrame] FrameWriter.segment() was called with no frame in progress: a frame's "
                + "segment is valid from ShmxServer.beginFrame() until that frame's publish or abort; call beginFrame() "
                + "and take the new frame's segment() rather than keeping one");
    }

    /** {@return payload bytes used so far} */
    public long payloadBytes() {
        return builder.payloadBytes();
    }

    /**
     * Publishes the frame. With checked segments, first revokes every segment handed out for it.
     *
     * @param simTime the producer's sim time for this frame
     * @return its frame id
     * @throws ShmxException with checked segments, when called on another thread than the one
     *                       holding the frame's segments ({@code [ShmxCheckedSegmentsThread]}; the
     *                       frame stays open)
     */
    public long publish(double simTime) {
        try {
            return builder.publish(simTime);
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, server.what());
        }
    }

    /**
     * Drops the frame; nothing new becomes visible to readers. If streams were already appended (or
     * {@link #segment()} was called), the older frame that occupied the slot is no longer readable
     * (readers fall back to older slots).
     * With checked segments, revokes every segment handed out for the frame; called on another
     * thread than the one holding them it throws ({@code [ShmxCheckedSegmentsThread]}) and changes
     * nothing.
     */
    public void abort() {
        builder.abort();
    }
}
