package io.shmx.internal.frame;

import io.shmx.FrameTooLargeException;
import io.shmx.InvalidArgumentException;
import io.shmx.StreamSpec;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.region.RegionLayout;
import io.shmx.internal.wire.Fnv;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The producer's frame under construction: the write side of the seqlock protocol documented in
 * {@link FrameHeaderDescriptor}. One instance per producer; not thread-safe.
 *
 * <p>The frame count is kept here as a 64-bit value (never re-read from shared memory). The slot is
 * marked "being written" lazily, at the first byte written into it or the first payload segment
 * handed out, so a frame that is begun and aborted before either leaves the previous frame of that
 * slot readable. An aborted frame keeps its id and slot for the next {@link #begin}. Steady state
 * allocates nothing (slot segments are cached for up to {@link FrameReader#SLOT_VIEW_CACHE} slots).
 */
public final class FrameBuilder {
    private static final ValueLayout.OfShort I16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfDouble F64 = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final MemorySegment region;
    private final int slots;
    private final long slotsOffset;
    private final long slotStride;
    private final long frameCap;
    private final long sessionId;
    private final boolean checksums;
    private final MemorySegment[] slotSegments;
    /** Per cached slot, the slice of its payload area (frame_bytes_cap bytes after the 64-byte header). */
    private final MemorySegment[] payloadSegments;
    /** Checked segments: the current frame's payload, revoked when the frame ends; null when off (the default). */
    private final CheckedSegments checked;
    /** Publish has work beyond the plain stores: a checksum to compute or checked segments to revoke. */
    private final boolean publishExtras;
    private StreamTable streams;
    /** Checks run before the "no frame in progress" error (the owner's "is it closed" check); see {@link #onInactive}. */
    private Runnable onInactive = () -> { };

    // All fields below: written and read by the producer thread only (abortForClose excepted, as documented there).
    /** Frames up to this id are the first of their slot in this builder's life: they write the slot's constant fields. */
    private final long constantsUntil;
    /**
     * A frame is in progress (between begin and publish or abort). The one state check of the hot
     * path: the owner's "closed" implies false ({@link #abortForClose}), so an owner that begins
     * frames only while open needs no check of its own while this is true.
     */
    private boolean active;
    private boolean marked;
    // The next frame (the last published id + 1) and its slot: set by the constructor and by
    // publish, so that begin computes nothing and an aborted frame keeps its id and slot.
    private long fid;
    private int slot;
    private MemorySegment slotSegment;
    /** Payload bytes and TLVs of the frame in progress; both 0 whenever no frame is in progress. */
    private long pos;
    private int tlvs;
    private long lastReservedBytes;

    public FrameBuilder(MemorySegment region, RegionLayout layout, long sessionId, boolean checksums,
                        List<StreamSpec> streams) {
        this(region, layout, sessionId, checksums, streams, false);
    }

    /**
     * @param checkedSegments revoke the payload segments handed out for a frame when it ends
     *                        ({@link io.shmx.ChannelConfig#withCheckedSegments})
     */
    public FrameBuilder(MemorySegment region, RegionLayout layout, long sessionId, boolean checksums,
                        List<StreamSpec> streams, boolean checkedSegments) {
        this.region = region;
        this.checked = checkedSegments ? new CheckedSegments() : null;
        this.slots = (int) layout.slots();
        this.slotsOffset = layout.slotsOffset();
        this.slotStride = layout.slotStride();
        this.frameCap = layout.frameBytesCap();
        this.sessionId = sessionId;
        this.checksums = checksums;
        this.publishExtras = checksums || checkedSegments;
        this.slotSegments = new MemorySegment[Math.min(slots, FrameReader.SLOT_VIEW_CACHE)];
        this.payloadSegments = new MemorySegment[slotSegments.length];
        for (int i = 0; i < slotSegments.length; i++) {
            slotSegments[i] = region.asSlice(slotsOffset + i * slotStride, slotStride);
            payloadSegments[i] = slotSegments[i].asSlice(FrameHeaderDescriptor.PAYLOAD_OFFSET, frameCap);
        }
        this.streams = new StreamTable(streams);
        // A builder continues the region's sequence: 0 for a new region; a region whose frame_seq
        // already stands high (a test starting the 32-bit indexes just below their wrap) goes on from it.
        long published = GlobalHeaderDescriptor.frameSeqAcquire(region);
        this.constantsUntil = published + slots;
        nextFrame(published + 1, FrameHeaderDescriptor.slotOf(published + 1, slots));
    }

    /** Sets up frame {@code id} in slot {@code s} (= {@link FrameHeaderDescriptor#slotOf}{@code (id, slots)}) as the next frame. */
    private void nextFrame(long id, int s) {
        fid = id;
        slot = s;
        slotSegment = s < slotSegments.length ? slotSegments[s] : region.asSlice(slotsOffset + s * slotStride, slotStride);
    }

    /**
     * Sets what runs before a call outside a frame fails with "no frame in progress": the owner
     * passes its "is it closed" check, so that a closed channel is reported first, as before, while
     * the hot path checks only {@link #active}.
     */
    public void onInactive(Runnable check) {
        this.onInactive = java.util.Objects.requireNonNull(check, "check");
    }

    /** Replaces the stream table (after the directory changed). */
    public void streams(List<StreamSpec> specs) {
        this.streams = new StreamTable(specs);
    }

    /** Frames published so far (the last published frame id). */
    public long published() {
        return fid - 1;
    }

    public boolean isActive() {
        return active;
    }

    /**
     * Starts a frame, dropping any frame in progress. The frame's id and slot were set up when the
     * previous frame was published (an aborted frame keeps them, and its "being written" mark).
     */
    public void begin() {
        if (checked != null) {
            checked.end(); // a frame in progress is dropped: so are its segments
        }
        pos = 0;
        tlvs = 0;
        active = true;
    }

    /** Drops the frame in progress; nothing becomes visible. */
    public void abort() {
        if (checked != null) {
            checked.end();
        }
        active = false;
        pos = 0;
        tlvs = 0;
    }

    /**
     * Drops the frame in progress for a close of the producer, from any thread; never throws for
     * checked segments. Returns false when checked segments of the frame could not be revoked
     * (another thread that is still alive holds them): the region must then stay mapped.
     */
    public boolean abortForClose() {
        boolean revoked = checked == null || checked.endForClose();
        active = false;
        pos = 0;
        tlvs = 0;
        return revoked;
    }

    public long payloadBytes() {
        return pos;
    }

    /** The slot the frame is written into (header included); valid until publish or abort. */
    public MemorySegment slotSegment() {
        requireActive();
        return slotSegment;
    }

    /**
     * The payload area of the frame in progress: {@code frame_bytes_cap} bytes starting after the
     * slot's header, so a caller writing through it cannot reach the header the seqlock relies on.
     * Offsets from {@link #reserve} minus {@link FrameHeaderDescriptor#PAYLOAD_OFFSET} index it.
     * With checked segments it is scoped to the frame: revoked when the frame ends. Asking for it
     * marks the slot "being written", as the first reserve does: the caller may write anywhere in
     * it, so the older frame the slot holds must stop validating before any such write.
     */
    public MemorySegment payloadSegment() {
        requireActive();
        if (!marked) {
            FrameHeaderDescriptor.beginWrite(region, slotSegment, fid);
            marked = true;
        }
        MemorySegment payload = slot < payloadSegments.length ? payloadSegments[slot]
                : slotSegment.asSlice(FrameHeaderDescriptor.PAYLOAD_OFFSET, frameCap);
        return checked == null ? payload : checked.payload(payload);
    }

    /**
     * Writes the TLV header of a stream with {@code elemCount} elements and zeroes its padding;
     * returns the data's offset within {@link #slotSegment()}. On error nothing is changed.
     *
     * <p>This method stays one method with its error messages written out in it, which puts it
     * over the JIT's size limit for inlining a hot method (325 bytecodes by default), so that
     * {@link io.shmx.FrameWriter} always calls it: the JVM reports a fault on a truncated mapping
     * asynchronously, at the next safepoint poll, and the return of this call is such a poll
     * inside {@code FrameWriter}'s {@code try}, where the fault becomes a
     * {@link io.shmx.RegionTruncatedException} (inlined, the fault would surface after
     * {@code FrameWriter} returned, as an {@link InternalError} in the caller).
     *
     * @param srcBytes    bytes the caller will copy (-1 for a claim), checked against the stream's size
     * @param srcElemSize bytes of one source array element (1, 2, 4 or 8); 0 for a segment, which
     *                    must match exactly
     * @param srcKind     how to name the source in messages
     */
    public long reserve(int streamId, long elemCount, long srcBytes, int srcElemSize, String srcKind) {
        if (!active) {
            throw inactive();
        }
        long bpe = streams.bytesPerElemOf(streamId);
        if (bpe < 0) {
            throw unknownStream(streamId);
        }
        // frameCap < 2^32 and bpe < 2^31: up to the cap the product cannot overflow (and beyond it
        // the frame is too large anyway; the division saturates the product for the message). One
        // unsigned compare takes the common case; a negative count is above it too.
        long bytes;
        if (Long.compareUnsigned(elemCount, frameCap) <= 0) {
            bytes = elemCount * bpe;
        } else {
            if (elemCount < 0) {
                throw new InvalidArgumentException("element count " + elemCount + " for stream " + label(streamId)
                        + " is negative; pass the number of elements (0 or more)");
            }
            bytes = elemCount <= Long.MAX_VALUE / 2 / bpe ? elemCount * bpe : Long.MAX_VALUE / 2;
        }
        long span = FrameStreamDescriptor.spanOf(bytes);
        if (pos + span > frameCap) {
            long needed = pos + span;
            throw new FrameTooLargeException("frame needs " + needed + " payload bytes: stream " + label(streamId)
                    + " adds " + elemCount + " elements x " + bpe + " bytes = " + bytes + " data bytes (plus a "
                    + "24-byte TLV header and padding to 16) after the " + pos + " bytes already in this frame, but "
                    + "the channel's frameBytesCap is " + frameCap + "; create the channel with "
                    + "ChannelConfig.withFrameBytesCap(" + needed + ") or more, or send fewer elements", needed,
                    frameCap);
        }
        if (srcBytes >= 0 && (srcElemSize == 0 ? srcBytes != bytes
                : bytes > srcBytes || (bytes & (srcElemSize - 1)) != 0)) {
            if (srcElemSize == 0) {
                throw new InvalidArgumentException("stream " + label(streamId) + ": " + elemCount + " elements x "
                        + bpe + " bytes = " + bytes + " bytes, but the source segment is " + srcBytes + " bytes; "
                        + "pass a segment of exactly the stream's bytes (MemorySegment.asSlice) or the matching "
                        + "element count");
            }
            if (srcElemSize > 1 && bytes % srcElemSize != 0) {
                throw new InvalidArgumentException("stream " + label(streamId) + ": " + elemCount + " elements x "
                        + bpe + " bytes = " + bytes + " bytes is not a whole number of " + srcKind + " elements ("
                        + srcElemSize + " bytes each); append from an array type that matches the stream's dtype");
            }
            throw new InvalidArgumentException("stream " + label(streamId) + ": " + elemCount + " elements x " + bpe
                    + " bytes need " + bytes + " bytes but the " + srcKind + " holds only " + srcBytes
                    + " bytes; pass an element count of at most " + (srcBytes / bpe) + " or a larger source");
        }
        if (tlvs == FrameView.MAX_STREAMS) {
            throw new InvalidArgumentException("stream " + label(streamId) + " would be stream number "
                    + (tlvs + 1) + " of this frame; a frame holds at most " + FrameView.MAX_STREAMS + " streams (readers "
                    + "refuse more); put the values in fewer streams with more elements or components");
        }
        if (!marked) {
            FrameHeaderDescriptor.beginWrite(region, slotSegment, fid);
            marked = true;
        }
        long tlv = FrameHeaderDescriptor.PAYLOAD_OFFSET + pos;
        FrameStreamDescriptor.putZeroedTlv(slotSegment, tlv, streamId, elemCount, bytes);
        pos += span;
        tlvs++;
        lastReservedBytes = bytes;
        return tlv + FrameStreamDescriptor.DATA_OFFSET;
    }

    private RuntimeException unknownStream(int streamId) {
        return new InvalidArgumentException("stream id " + Integer.toUnsignedString(streamId) + " is not in this "
                + "channel (its streams: " + streams.describe() + "); append one of those ids or add the stream "
                + "with ShmxServer.addStream");
    }

    private String label(int streamId) {
        return label(streams.spec(streams.indexOf(streamId)));
    }

    private static String label(StreamSpec spec) {
        return Integer.toUnsignedString(spec.id()) + " '" + spec.name() + "'";
    }

    // --- copies (offset is relative to the slot, as returned by reserve; through the slot's own
    // segment, the one reserve and publish write through) -------------------------------------

    public void copy(long offset, byte[] src, long bytes) {
        MemorySegment.copy(src, 0, slotSegment, ValueLayout.JAVA_BYTE, offset, (int) bytes);
    }

    public void copy(long offset, boolean[] src, long bytes) {
        for (int i = 0; i < bytes; i++) {
            slotSegment.set(ValueLayout.JAVA_BYTE, offset + i, src[i] ? (byte) 1 : (byte) 0);
        }
    }

    public void copy(long offset, short[] src, long bytes) {
        MemorySegment.copy(src, 0, slotSegment, I16, offset, (int) (bytes / Short.BYTES));
    }

    public void copy(long offset, int[] src, long bytes) {
        MemorySegment.copy(src, 0, slotSegment, I32, offset, (int) (bytes / Integer.BYTES));
    }

    public void copy(long offset, long[] src, long bytes) {
        MemorySegment.copy(src, 0, slotSegment, I64, offset, (int) (bytes / Long.BYTES));
    }

    public void copy(long offset, float[] src, long bytes) {
        MemorySegment.copy(src, 0, slotSegment, F32, offset, (int) (bytes / Float.BYTES));
    }

    public void copy(long offset, double[] src, long bytes) {
        MemorySegment.copy(src, 0, slotSegment, F64, offset, (int) (bytes / Double.BYTES));
    }

    public void copy(long offset, MemorySegment src, long bytes) {
        MemorySegment.copy(src, 0, slotSegment, offset, bytes);
    }

    /** Data bytes of the last {@link #reserve}. */
    public long lastReservedBytes() {
        return lastReservedBytes;
    }

    /** Publishes the frame; returns its id. */
    public long publish(double simTime) {
        if (!active) {
            throw inactive();
        }
        if (tlvs == 0) {
            throw noStreams();
        }
        long id = fid;
        MemorySegment seg = slotSegment;
        if (publishExtras && checked != null) {
            checked.end(); // checked segments: revoked before the frame id becomes visible to readers
        }
        if (id <= constantsUntil) {
            // the first frame of each slot
            FrameHeaderDescriptor.putConstantFields(seg, 0, sessionId);
        }
        FrameHeaderDescriptor.putFrameFields(seg, 0, simTime, pos, tlvs);
        if (publishExtras && checksums) {
            FrameHeaderDescriptor.putChecksum(seg, 0,
                    Fnv.checksum32(seg, FrameHeaderDescriptor.PAYLOAD_OFFSET, pos));
        }
        FrameHeaderDescriptor.publish(region, seg, id);
        marked = false;
        active = false;
        pos = 0;
        tlvs = 0;
        // the next frame's slot: slotOf(id + 1) = remainderUnsigned((int) id, slots), which is the
        // next slot round the ring, except where the u32 (int) id - 1 wraps ((int) id == 0):
        // there slotOf(id + 1) = 0 whatever slotOf(id) was
        int s = slot + 1;
        nextFrame(id + 1, (int) id == 0 || s == slots ? 0 : s);
        return id;
    }

    private RuntimeException noStreams() {
        return new InvalidArgumentException("frame " + fid + " has no streams; readers reject an empty payload, "
                + "so append at least one stream before publish(), or abort() the frame");
    }

    private void requireActive() {
        if (!active) {
            throw inactive();
        }
    }

    /** The error of a call outside a frame, after the owner's own check ({@link #onInactive}), which may throw first. */
    private RuntimeException inactive() {
        onInactive.run();
        return new io.shmx.ShmxException("no frame in progress: call ShmxServer.beginFrame() first (a frame ends "
                + "with publish or abort)");
    }
}
