package io.shmx.internal.frame;

import io.shmx.TlvType;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.region.RegionLayout;
import io.shmx.internal.wire.Fnv;
import io.shmx.internal.wire.TlvDescriptor;
import java.lang.foreign.MemorySegment;

/**
 * Finds and parses frames of one mapped region into a {@link FrameView}: the read side of the
 * protocol documented in {@link FrameHeaderDescriptor}. One instance per reader; not thread-safe.
 *
 * <p>Steady state allocates nothing and makes no system call: header fields are copied into final
 * fields at construction, per-slot read-only views are prebuilt (for up to {@link #SLOT_VIEW_CACHE}
 * slots), and a read costs O(stream count), independent of the payload size, for SEQLOCK writers.
 * A {@link #latest} that finds the newest frame is the one its view already holds costs one acquire
 * load ({@code frame_seq}) and a plain load of the slot's {@code frame_id} (acquire with a single
 * slot), and re-parses nothing.
 * Frames of original writers are checksummed once per (slot, frame id, reservation). A new frame whose layout
 * words (sizes, and each stream's TLV header) equal those of the frame the view parsed last is not
 * parsed again: the view keeps its streams ({@link FrameView#sameLayout}).
 */
public final class FrameReader {
    /** Channels with more slots than this build a slot view per read instead of caching one per slot. */
    static final int SLOT_VIEW_CACHE = 1024;
    private static final int MEMO_SIZE = 256;

    private static final int OK = 1;
    private static final int TORN = 0;
    private static final int CORRUPT = -1;

    private final MemorySegment region;
    private final MemorySegment readOnly;
    private final int slots;
    private final long slotsOffset;
    private final long slotStride;
    private final long frameCap;
    private final long sessionId;
    private final boolean seqlock;
    private final MemorySegment[] slotViews;

    /** Original writers: per (slot mod MEMO_SIZE), the slot, frame id and reservation whose checksum was checked, and the result. */
    private final int[] memoSlot;
    private final long[] memoId;
    private final int[] memoReservation;
    private final boolean[] memoOk;

    /** Id of the last frame returned by latest/next, 0 before the first. */
    private long lastId;
    /** The newest frame id when the reader attached ({@link #countFromNow}); frames up to it are not "missed". */
    private long baselineId;
    /** The last frame a seqlock read found consistent, and its slot (0 and 0 before the first). */
    private long readId;
    private int readSlot;

    public FrameReader(MemorySegment region, RegionLayout layout) {
        this.region = region;
        this.readOnly = region.asReadOnly();
        this.slots = (int) layout.slots();
        this.slotsOffset = layout.slotsOffset();
        this.slotStride = layout.slotStride();
        this.frameCap = layout.frameBytesCap();
        this.sessionId = GlobalHeaderDescriptor.sessionId(region);
        this.seqlock = (GlobalHeaderDescriptor.extFlagsAcquire(region) & GlobalHeaderDescriptor.FLAG_SEQLOCK) != 0;
        this.slotViews = new MemorySegment[Math.min(slots, SLOT_VIEW_CACHE)];
        for (int i = 0; i < slotViews.length; i++) {
            slotViews[i] = readOnly.asSlice(slotOffset(i), slotStride);
        }
        int memo = seqlock ? 0 : Math.min(slots, MEMO_SIZE);
        this.memoSlot = new int[memo];
        this.memoId = new long[memo];
        this.memoReservation = new int[memo];
        this.memoOk = new boolean[memo];
        java.util.Arrays.fill(memoSlot, -1);
    }

    public long sessionId() {
        return sessionId;
    }

    /** Whether the region's writer uses the seqlock protocol (this implementation) rather than the original's. */
    public boolean isSeqlockWriter() {
        return seqlock;
    }

    /** Id of the last frame returned by {@link #latest} or {@link #next}; 0 before the first. */
    public long lastId() {
        return lastId;
    }

    /**
     * Makes the newest frame published so far the baseline of the missed counts: a frame returned
     * later reports as missed the frames published after the baseline (or after the previously
     * returned frame, if newer) that were never returned. Without this call the baseline is 0: every
     * frame of the region counts. Call once, right after construction.
     *
     * @return the baseline id (0 when nothing was published yet)
     */
    public long countFromNow() {
        baselineId = newestId();
        return baselineId;
    }

    /** Frames with ids between the later of the baseline and the last returned frame, and {@code id}: never returned. */
    private long missedBefore(long id) {
        long from = Math.max(lastId, baselineId);
        return id > from ? id - from - 1 : 0;
    }

    /** The newest published frame id (0 = none), from frame_seq or, for original writers, the slot of write_index. */
    public long newestId() {
        if (seqlock) {
            return GlobalHeaderDescriptor.frameSeqAcquire(region);
        }
        int w = GlobalHeaderDescriptor.writeIndexAcquire(region);
        return w == 0 ? 0 : FrameHeaderDescriptor.frameIdAcquire(region, slotOffset(FrameHeaderDescriptor.slotOf(w, slots)));
    }

    private long slotOffset(int slot) {
        return slotsOffset + slot * slotStride;
    }

    private MemorySegment slotView(int slot) {
        return slot < slotViews.length ? slotViews[slot] : readOnly.asSlice(slotOffset(slot), slotStride);
    }

    /**
     * Reads the newest valid frame into {@code v}; false when there is none, or when every frame that
     * can be read now is older than the last one returned ({@link #lastId()}): the ids returned by
     * latest and next never decrease.
     *
     * <p>This method is the common case only, kept small so that the JIT inlines it into its caller:
     * a SEQLOCK region, {@code v} holding the last frame returned (read by this reader), and either
     * the same frame still in its slot, or a newer frame that is the newest published, less than a
     * ring ahead, whole (its {@code frame_id} read the same before and after, see
     * {@link #readNewest}) and of the layout {@code v} holds. Everything else (the first read, a
     * layout change, a slot being overwritten, an original writer, a view of another region) goes
     * to {@link #latestGeneral}, which is a separate method that the JIT compiles on its own.
     */
    public boolean latest(FrameView v) {
        long last = lastId;
        if (seqlock && last == readId && v.holdsSeqlockFrame(region, last)) {
            long s = GlobalHeaderDescriptor.frameSeqAcquire(region);
            long d = s - last;
            if (d == 0) {
                if (stillHolds(v.slotOffset(), s)) {
                    v.missed(0);
                    return true;
                }
            } else if (d > 0 && d < slots && Integer.compareUnsigned((int) s - 1, (int) last - 1) >= 0) {
                // s is less than a ring ahead of `last` and no wrap of the u32 index lies between
                // them, so its slot is readSlot + d (mod slots), as FrameHeaderDescriptor.slotAfter
                int slot = readSlot + (int) d;
                if (slot >= slots) {
                    slot -= slots;
                }
                if (slot < slotViews.length && readNewest(slot, s, v)) {
                    v.missed(missedBefore(s));
                    readId = s;
                    readSlot = slot;
                    lastId = s;
                    return true;
                }
            }
        }
        return latestGeneral(v);
    }

    /**
     * Whether the slot at {@code off}, which held frame {@code s} when it was read and validated,
     * holds it still, {@code s} being the newest frame ({@code frame_seq}, acquire): with two slots
     * or more, frame {@code s + 1} is at most being written, into another slot, and the frame that
     * reuses this slot ({@code s + slots}) cannot begin before {@code s + slots - 1 > s} is
     * published, so a plain load of the slot's {@code frame_id} (which must read {@code s}) is
     * enough; it touches the slot, so a truncated mapping faults in this read (the JVM delivers the
     * fault at the next safepoint poll: see {@code MappingFaults}). With one slot, frame {@code s + 1} reuses it, so its {@code frame_id} decides,
     * with acquire (frame ids only grow: no ABA).
     */
    private boolean stillHolds(long off, long s) {
        return (slots > 1 ? FrameHeaderDescriptor.frameIdPlain(region, off)
                : FrameHeaderDescriptor.frameIdAcquire(region, off)) == s;
    }

    /**
     * The new-frame read of {@link #latest}: frame {@code s} in {@code slot} (with a cached slot
     * view), read and validated as {@link #readSeqlock} does ({@code frame_id} acquire, the layout
     * words and {@code sim_time} with plain loads, then {@link FrameHeaderDescriptor#validate}),
     * taken only when {@code frame_id} is {@code s} and the layout words equal those {@code v} holds
     * ({@link FrameView#sameLayout}). {@code v} is written only after the validation succeeded, so
     * a false return leaves it as it was (holding the previous frame) for the general path.
     */
    private boolean readNewest(int slot, long s, FrameView v) {
        long off = slotOffset(slot);
        MemorySegment sv = slotViews[slot];
        if (FrameHeaderDescriptor.frameIdAcquire(region, off) != s) {
            return false; // being written (0), or already a newer frame: the general path decides
        }
        long sizes = FrameHeaderDescriptor.sizes(sv, 0);
        if (FrameHeaderDescriptor.sessionIdCopy(sv, 0) != sessionId || !v.sameLayout(region, sv, sizes)) {
            return false;
        }
        double simTime = FrameHeaderDescriptor.simTime(sv, 0);
        if (!FrameHeaderDescriptor.validate(region, off, s)) {
            return false;
        }
        v.advance(sv, off, s, simTime);
        return true;
    }

    /** {@link #latest} in every case: the first read, layout changes, torn slots, original writers. */
    private boolean latestGeneral(FrameView v) {
        boolean found = seqlock ? latestSeqlock(v) : latestOriginal(v);
        if (!found) {
            v.clear();
            return false;
        }
        long id = v.frameId();
        if (id < lastId) {
            // Only older frames could be read right now (the newer ones are being overwritten): a
            // reader never goes back in time, so report no frame rather than an older one.
            v.clear();
            return false;
        }
        v.missed(missedBefore(id));
        lastId = id;
        return true;
    }

    /**
     * Reads the frame after the last one returned into {@code v}, in order; the first call returns
     * the oldest frame still in the ring. False when no newer frame is available.
     */
    public boolean next(FrameView v) {
        long id = seqlock ? nextSeqlock(v) : nextOriginal(v);
        if (id == 0) {
            v.clear();
            return false;
        }
        v.missed(missedBefore(id));
        lastId = id;
        return true;
    }

    // --- SEQLOCK writers ----------------------------------------------------------------------

    private boolean latestSeqlock(FrameView v) {
        long s = GlobalHeaderDescriptor.frameSeqAcquire(region);
        if (s == 0) {
            return false;
        }
        if (v.holdsSeqlockFrame(region, s) && stillHolds(v.slotOffset(), s)) {
            // The view already holds frame s, parsed and validated by an earlier read, and the slot
            // still holds it (see stillHolds). Nothing to read again.
            return true;
        }
        // the newest frame first: it is the one found unless the writer is overwriting its slot
        int first = readSeqlock(FrameHeaderDescriptor.slotAfter(s, readId, readSlot, slots), s, v);
        if (first != TORN) {
            return first == OK;
        }
        long floor = Math.max(lastId, 1); // never older than the last frame returned
        long tries = Math.min(slots, s >= floor ? s - floor + 1 : 1);
        for (long k = 1; k < tries; k++) {
            long want = s - k;
            int r = readSeqlock(FrameHeaderDescriptor.slotAfter(want, readId, readSlot, slots), want, v);
            if (r == OK) {
                return true;
            }
            if (r == CORRUPT) {
                return false;
            }
        }
        return false;
    }

    private long nextSeqlock(FrameView v) {
        long s = GlobalHeaderDescriptor.frameSeqAcquire(region);
        if (s <= lastId) {
            return 0;
        }
        long want = lastId == 0 ? Math.max(1, s - slots + 1) : lastId + 1;
        for (int guard = 0; guard < 4 * slots + 16; guard++) {
            if (want > s) {
                s = GlobalHeaderDescriptor.frameSeqAcquire(region);
                if (want > s) {
                    return 0;
                }
            }
            if (s - want >= slots) {
                want = s - slots + 1;
            }
            int r = readSeqlock(FrameHeaderDescriptor.slotOf(want, slots), want, v);
            if (r == OK && v.frameId() == want) {
                return want;
            }
            if (r == OK && v.frameId() < want) {
                return 0;
            }
            // in progress, torn, overwritten by a newer frame or corrupt: frame `want` is lost
            want++;
        }
        return 0;
    }

    /**
     * One seqlock read of a slot: OK (consistent frame in v), TORN (being written) or CORRUPT.
     * {@code expected} is the frame id the caller looks for in this slot; any other id must map
     * to the slot too.
     */
    private int readSeqlock(int slot, long expected, FrameView v) {
        long off = slotOffset(slot);
        long f1 = FrameHeaderDescriptor.frameIdAcquire(region, off);
        if (f1 == 0) {
            return TORN;
        }
        int parsed = parse(slot, off, f1, v);
        if (!FrameHeaderDescriptor.validate(region, off, f1)) {
            // The parse may have recorded a layout (words, offsets, sizes) from bytes the writer was
            // changing: forget it, or a later frame with the same layout words would be served the
            // torn sizes without a parse (found by the chaos soak: a valid frame with a 0-byte stream).
            v.clear();
            return TORN;
        }
        if (parsed != OK || (f1 != expected && FrameHeaderDescriptor.slotOf(f1, slots) != slot)) {
            v.clear();
            return CORRUPT;
        }
        v.validation(FrameView.MODE_SEQLOCK, 0, slots);
        readId = f1;
        readSlot = slot;
        return OK;
    }

    // --- original writers ---------------------------------------------------------------------

    private boolean latestOriginal(FrameView v) {
        int w = GlobalHeaderDescriptor.writeIndexAcquire(region);
        if (w == 0) {
            return false;
        }
        return readOriginal(FrameHeaderDescriptor.slotOf(w, slots), w, v) == OK;
    }

    private long nextOriginal(FrameView v) {
        if (GlobalHeaderDescriptor.writeIndexAcquire(region) == 0) {
            return 0;
        }
        long cursor = lastId;
        for (int attempt = 0; attempt < slots; attempt++) {
            int best = -1;
            long bestId = Long.MAX_VALUE;
            for (int slot = 0; slot < slots; slot++) {
                long f = FrameHeaderDescriptor.frameIdAcquire(region, slotOffset(slot));
                if (f > cursor && f < bestId) {
                    bestId = f;
                    best = slot;
                }
            }
            if (best < 0) {
                return 0;
            }
            int reservation = settledReservation(best);
            if (reservation != 0 && readOriginal(best, reservation, v) == OK && v.frameId() == bestId) {
                return bestId;
            }
            cursor = bestId; // being rewritten, or rewritten by a reservation that was never published: lost
        }
        return 0;
    }

    /**
     * The slot's own reservation number for {@link #readOriginal}: the newest reservation that maps
     * to {@code slot}, if it is settled (published, or begun and abandoned before a later frame was
     * published); 0 while it may still be writing the slot. Frame ids and reservations differ once
     * an original producer abandons a reservation (begins a frame and never publishes it), so the
     * frame id cannot stand in for it. {@code write_index} is read before {@code reserve_index}, so
     * a reservation at or below it was begun, and finished with, before {@code write_index} moved
     * past it (the original's producer is one thread). An abandoned reservation may have changed the
     * slot's payload under an unchanged frame_id; the checksum, verified again because the memo is
     * keyed by reservation too, rejects that frame.
     */
    private int settledReservation(int slot) {
        int w = GlobalHeaderDescriptor.writeIndexAcquire(region);
        int r = GlobalHeaderDescriptor.reserveIndexAcquire(region);
        int d = Integer.remainderUnsigned(FrameHeaderDescriptor.slotOf(r, slots) - slot + slots, slots);
        if (Integer.compareUnsigned(r - w, d) > 0) {
            return 0; // the slot's newest reservation is newer than the last publication: in progress
        }
        return r - d;
    }

    /**
     * Reads a slot of an original writer's region; {@code reservation} is the write_index/reserve_index
     * value the frame was published under.
     */
    private int readOriginal(int slot, int reservation, FrameView v) {
        long off = slotOffset(slot);
        long f1 = FrameHeaderDescriptor.frameIdAcquire(region, off);
        if (f1 == 0 || parse(slot, off, f1, v) != OK) {
            v.clear(); // forget any layout recorded from these bytes (see readSeqlock)
            return CORRUPT;
        }
        int memo = memoSlot.length == 0 ? -1 : slot % memoSlot.length;
        boolean known = memo >= 0 && memoSlot[memo] == slot && memoId[memo] == f1 && memoReservation[memo] == reservation;
        boolean ok;
        if (known) {
            ok = memoOk[memo];
        } else {
            long sum = Fnv.checksum32(region, off + FrameHeaderDescriptor.PAYLOAD_OFFSET, v.payloadBytes());
            ok = sum == FrameHeaderDescriptor.checksum(region, off);
        }
        boolean intact = FrameHeaderDescriptor.validate(region, off, f1)
                && FrameHeaderDescriptor.reservationIntact(region, reservation, slots);
        if (!intact) {
            v.clear();
            return TORN;
        }
        if (!known && memo >= 0) {
            memoSlot[memo] = slot;
            memoId[memo] = f1;
            memoReservation[memo] = reservation;
            memoOk[memo] = ok;
        }
        if (!ok) {
            v.clear();
            return CORRUPT;
        }
        v.validation(FrameView.MODE_ORIGINAL, reservation, slots);
        return OK;
    }

    // --- parsing ------------------------------------------------------------------------------

    /**
     * Parses the slot's header and TLV directory into v, checking every size against the frame.
     * Reads go through the slot's own view at offsets relative to the slot.
     *
     * <p>This method is the new-frame path of every read and stays small enough for the JIT to
     * inline into it (under 325 bytecodes): it takes a frame whose layout words equal those of the
     * frame the view parsed last ({@link FrameView#sameLayout}) without parsing, and leaves
     * everything else to {@link #parseFull}, which is larger and only runs when the layout changes.
     */
    private int parse(int slot, long off, long f1, FrameView v) {
        MemorySegment sv = slotView(slot);
        long sizes = FrameHeaderDescriptor.sizes(sv, 0);
        if (FrameHeaderDescriptor.sessionIdCopy(sv, 0) == sessionId && v.sameLayout(region, sv, sizes)) {
            // the layout words equal those of the frame parsed last: same streams, same offsets
            v.reuse(sv, off, f1, FrameHeaderDescriptor.simTime(sv, 0));
            return OK;
        }
        return parseFull(sv, off, f1, sizes, v);
    }

    /** {@link #parse} of a frame whose layout differs from the last one parsed (or of another session: CORRUPT). */
    private int parseFull(MemorySegment sv, long off, long f1, long sizes, FrameView v) {
        v.begin(region, sv, off);
        if (FrameHeaderDescriptor.sessionIdCopy(sv, 0) != sessionId) {
            return CORRUPT;
        }
        long pb = FrameHeaderDescriptor.payloadBytesOf(sizes);
        long tc = FrameHeaderDescriptor.tlvCountOf(sizes);
        if (pb == 0 || pb > frameCap || tc > pb / 16 || tc > FrameView.MAX_STREAMS) {
            return CORRUPT;
        }
        v.header(f1, FrameHeaderDescriptor.simTime(sv, 0), pb, tc);
        long pos = 0;
        for (long i = 0; i < tc; i++) {
            if (pos + TlvDescriptor.HEADER_LENGTH > pb) {
                return CORRUPT;
            }
            long tlv = FrameHeaderDescriptor.PAYLOAD_OFFSET + pos;
            long header = TlvDescriptor.header(sv, tlv);
            long len = TlvDescriptor.lengthOf(header);
            if (pos + TlvDescriptor.HEADER_LENGTH + len > pb) {
                return CORRUPT;
            }
            if (TlvDescriptor.typeOf(header) == TlvType.FRAME_STREAM) {
                if (len < FrameStreamDescriptor.FIXED_LENGTH) {
                    return CORRUPT;
                }
                long bytes = FrameStreamDescriptor.dataBytes(sv, tlv);
                if (bytes > len - FrameStreamDescriptor.FIXED_LENGTH) {
                    return CORRUPT;
                }
                long idAndCount = FrameStreamDescriptor.idAndCount(sv, tlv);
                v.addStream((int) idAndCount, tlv + FrameStreamDescriptor.DATA_OFFSET, idAndCount >>> 32, bytes);
            }
            pos += TlvDescriptor.spanOf(len);
        }
        if (v.streamCount() == tc) {
            v.layoutParsed(sizes, sv);
        }
        return OK;
    }
}
