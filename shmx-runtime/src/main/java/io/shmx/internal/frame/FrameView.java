package io.shmx.internal.frame;

import io.shmx.internal.directory.StaticDirectory;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * The mutable state behind a reader's reusable {@code Frame}: the frame's header fields, its stream
 * TLVs (parsed once per read into arrays that are grown only when a frame has more streams than
 * ever before), and what is needed to re-validate it later.
 *
 * <p>Offsets are relative to {@link #slot()}, the read-only slice of the frame's slot (header
 * included). Every offset and length was checked to lie inside the frame's {@code payload_bytes}.
 */
public final class FrameView {
    static final int MODE_SEQLOCK = 1;
    static final int MODE_ORIGINAL = 2;

    private MemorySegment region;
    private MemorySegment slot;
    private long slotOffset;
    private int mode;
    private int reservation;
    private int slotCount;

    private long frameId;
    private double simTime;
    private long payloadBytes;
    private long tlvCount;
    private long missed;

    private int streamCount;
    /**
     * The most streams one frame may hold. Readers refuse a frame that claims more (its TLV count),
     * so a hostile region cannot make the view's arrays grow past about 1.8 MB; writers refuse to
     * build one.
     */
    public static final int MAX_STREAMS = 1 << 16;

    private int[] ids = new int[8];
    private long[] offsets = new long[8];
    private long[] elemCounts = new long[8];
    private long[] byteCounts = new long[8];

    /**
     * The layout words of the last frame parsed in full: its sizes word (payload_bytes and
     * tlv_count; 0 = none, which no valid frame has) and, per stream, the three u64 words of its
     * TLV header (type and length, stream id and element count, data bytes and reserved). Kept
     * only when every TLV of that frame was a stream TLV, so the words determine the parse.
     */
    private long layoutSizes;
    private long[] layoutWords = new long[3 * 8];

    private StaticDirectory directory;

    // Layout stamp: ids[0, layoutCount) is the layout stamped layoutStamp; parsing sets
    // layoutDiffers (sticky) when a frame's ids differ from what the array held at that position.
    private long layoutStamp;
    private int layoutCount = -1;
    private boolean layoutDiffers = true;

    public long frameId() {
        return frameId;
    }

    public double simTime() {
        return simTime;
    }

    public long payloadBytes() {
        return payloadBytes;
    }

    public long tlvCount() {
        return tlvCount;
    }

    public long missed() {
        return missed;
    }

    public int streamCount() {
        return streamCount;
    }

    public MemorySegment slot() {
        return slot;
    }

    /**
     * A number that stays the same while parsed frames carry the same stream ids in the same TLV
     * order, so that {@link #indexOf} gives the same answers; it changes (conservatively) when they
     * may not. Single reader thread, like the rest of this view.
     */
    public long layoutStamp() {
        if (layoutDiffers || streamCount != layoutCount) {
            layoutStamp++;
            layoutCount = streamCount;
            layoutDiffers = false;
        }
        return layoutStamp;
    }

    public int indexOf(int streamId) {
        for (int i = 0; i < streamCount; i++) {
            if (ids[i] == streamId) {
                return i;
            }
        }
        return -1;
    }

    public int streamIdAt(int index) {
        checkIndex(index);
        return ids[index];
    }

    public long offsetAt(int index) {
        checkIndex(index);
        return offsets[index];
    }

    public long elemCountAt(int index) {
        checkIndex(index);
        return elemCounts[index];
    }

    public long byteCountAt(int index) {
        checkIndex(index);
        return byteCounts[index];
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= streamCount) {
            throw new IndexOutOfBoundsException("stream index " + index + " is outside 0.." + (streamCount - 1)
                    + " (this frame has " + streamCount + " streams); use indexOf(streamId)");
        }
    }

    /** The stream id the directory gives {@code name}, or null when no directory or no such name. */
    public Integer idOf(String name) {
        return directory == null ? null : directory.byName().get(name);
    }

    /** The name the directory gives stream {@code id}, or null. */
    public String nameOf(int id) {
        return directory == null ? null : directory.nameOf(id);
    }

    /** Read-then-validate: whether the slot still holds this frame, unchanged. */
    public boolean isValid() {
        if (mode == MODE_SEQLOCK) {
            return FrameHeaderDescriptor.validate(region, slotOffset, frameId);
        }
        if (mode == MODE_ORIGINAL) {
            return FrameHeaderDescriptor.validate(region, slotOffset, frameId)
                    && FrameHeaderDescriptor.reservationIntact(region, reservation, slotCount);
        }
        return false;
    }

    /** Copies a stream's data, then validates; null when absent or overwritten meanwhile. */
    public byte[] copyStream(int streamId) {
        int i = indexOf(streamId);
        if (i < 0) {
            return null;
        }
        if (byteCounts[i] > Integer.MAX_VALUE - 8) {
            throw new io.shmx.ShmxException("stream " + Integer.toUnsignedString(streamId) + " holds " + byteCounts[i]
                    + " bytes, more than a Java array can take; read it in place through segment() instead");
        }
        byte[] out = new byte[(int) byteCounts[i]];
        MemorySegment.copy(slot, ValueLayout.JAVA_BYTE, offsets[i], out, 0, out.length);
        return isValid() ? out : null;
    }

    // --- filled by FrameReader ---------------------------------------------------------------

    /**
     * Whether this view holds frame {@code id} of {@code region}, parsed and validated by a
     * SEQLOCK read (so {@link #slotOffset()} names its slot).
     */
    boolean holdsSeqlockFrame(MemorySegment region, long id) {
        return mode == MODE_SEQLOCK && frameId == id && this.region == region;
    }

    /** Offset of the frame's slot in the region. */
    long slotOffset() {
        return slotOffset;
    }

    public void directory(StaticDirectory directory) {
        this.directory = directory;
    }

    void begin(MemorySegment region, MemorySegment slot, long slotOffset) {
        at(region, slot, slotOffset);
        this.streamCount = 0;
        this.layoutSizes = 0;
    }

    private void at(MemorySegment region, MemorySegment slot, long slotOffset) {
        if (this.region != region) {
            this.region = region;
        }
        if (this.slot != slot) {
            this.slot = slot; // reference stores are skipped when unchanged: they cost GC barriers
        }
        this.slotOffset = slotOffset;
        this.mode = 0;
    }

    /**
     * Layout reuse: whether the frame in {@code slot} of {@code region} has the layout this view
     * parsed last ({@code sizes} and every stream's TLV words equal to the remembered ones). Then
     * a full parse would find the same streams at the same slot-relative offsets, through the same
     * checks, so the view re-targets that slot keeping its streams ({@link #reuse}). Plain loads;
     * the caller validates the frame afterwards like any parse.
     */
    boolean sameLayout(MemorySegment region, MemorySegment slot, long sizes) {
        if (sizes != layoutSizes || sizes == 0 || this.region != region) {
            return false;
        }
        long[] words = layoutWords;
        for (int i = 0, w = 0; i < streamCount; i++, w += 3) {
            long tlv = offsets[i] - FrameStreamDescriptor.DATA_OFFSET;
            if (slot.get(io.shmx.internal.wire.Wire.U64, tlv) != words[w]
                    || FrameStreamDescriptor.idAndCount(slot, tlv) != words[w + 1]
                    || FrameStreamDescriptor.bytesWord(slot, tlv) != words[w + 2]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The fast path of {@code FrameReader.latest}: after {@link #sameLayout} (same region) and a
     * successful validation, the view, which holds a SEQLOCK frame of that region, now holds frame
     * {@code frameId} in {@code slot}, with the same streams. Only what differs between two frames
     * of one layout is written: the mode stays SEQLOCK, the reservation and slot count stay unused.
     */
    void advance(MemorySegment slot, long slotOffset, long frameId, double simTime) {
        if (this.slot != slot) {
            this.slot = slot; // reference stores are skipped when unchanged: they cost GC barriers
        }
        this.slotOffset = slotOffset;
        this.frameId = frameId;
        this.simTime = simTime;
    }

    /**
     * After {@link #sameLayout} (same region): the view now reads frame {@code frameId} in
     * {@code slot}, with the same streams. Its payload_bytes and tlv_count stay as they are: they
     * come from the sizes word, which {@code sameLayout} found equal to the one they were set from.
     */
    void reuse(MemorySegment slot, long slotOffset, long frameId, double simTime) {
        advance(slot, slotOffset, frameId, simTime);
        this.mode = 0;
    }

    /** After a full parse of a frame whose every TLV is a stream TLV: remember its layout words. */
    void layoutParsed(long sizes, MemorySegment slot) {
        if (layoutWords.length < 3 * streamCount) {
            layoutWords = new long[3 * ids.length];
        }
        long[] words = layoutWords;
        for (int i = 0, w = 0; i < streamCount; i++, w += 3) {
            long tlv = offsets[i] - FrameStreamDescriptor.DATA_OFFSET;
            words[w] = slot.get(io.shmx.internal.wire.Wire.U64, tlv);
            words[w + 1] = FrameStreamDescriptor.idAndCount(slot, tlv);
            words[w + 2] = FrameStreamDescriptor.bytesWord(slot, tlv);
        }
        layoutSizes = sizes;
    }

    void header(long frameId, double simTime, long payloadBytes, long tlvCount) {
        this.frameId = frameId;
        this.simTime = simTime;
        this.payloadBytes = payloadBytes;
        this.tlvCount = tlvCount;
    }

    void addStream(int id, long offset, long elemCount, long bytes) {
        if (streamCount == ids.length) {
            int n = ids.length * 2;
            ids = Arrays.copyOf(ids, n);
            offsets = Arrays.copyOf(offsets, n);
            elemCounts = Arrays.copyOf(elemCounts, n);
            byteCounts = Arrays.copyOf(byteCounts, n);
        }
        if (streamCount >= layoutCount || ids[streamCount] != id) {
            layoutDiffers = true;
        }
        ids[streamCount] = id;
        offsets[streamCount] = offset;
        elemCounts[streamCount] = elemCount;
        byteCounts[streamCount] = bytes;
        streamCount++;
    }

    void validation(int mode, int reservation, int slotCount) {
        this.mode = mode;
        this.reservation = reservation;
        this.slotCount = slotCount;
    }

    void missed(long missed) {
        this.missed = missed;
    }

    /** Forgets the frame (after a failed read) so that isValid() is false. */
    void clear() {
        this.mode = 0;
        this.streamCount = 0;
        this.layoutSizes = 0;
    }
}
