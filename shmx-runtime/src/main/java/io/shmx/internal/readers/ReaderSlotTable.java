package io.shmx.internal.readers;

import static io.shmx.internal.readers.ReaderSlotDescriptor.CLAIM_WORD_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.DETACHING_ID_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.FREE;
import static io.shmx.internal.readers.ReaderSlotDescriptor.HEARTBEAT_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.IN_USE_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.LAST_FRAME_SEEN_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.READER_ID_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.SLOT_LENGTH;
import static io.shmx.internal.readers.ReaderSlotDescriptor.IN_USE;
import static io.shmx.internal.readers.ReaderSlotDescriptor.STATE_FREEING;
import static io.shmx.internal.readers.ReaderSlotDescriptor.STATE_NONE;
import static io.shmx.internal.readers.ReaderSlotDescriptor.STATE_OWNED;
import static io.shmx.internal.readers.ReaderSlotDescriptor.STATE_RETIRING;
import static io.shmx.internal.readers.ReaderSlotDescriptor.U32_HANDLE;
import static io.shmx.internal.readers.ReaderSlotDescriptor.U64_HANDLE;
import static io.shmx.internal.readers.ReaderSlotDescriptor.claimWord;
import static io.shmx.internal.readers.ReaderSlotDescriptor.generation;
import static io.shmx.internal.readers.ReaderSlotDescriptor.inUse;
import static io.shmx.internal.readers.ReaderSlotDescriptor.slotOffset;
import static io.shmx.internal.readers.ReaderSlotDescriptor.state;

import io.shmx.ReaderInfo;
import io.shmx.ShmxException;
import io.shmx.internal.control.ControlPoller;
import io.shmx.internal.control.ControlRing;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.region.RegionLayout;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The reader slots of a region (layout on {@link ReaderSlotDescriptor}) with the
 * {@code readers_connected} counter and, when the channel has them, the slots' control rings:
 * who owns which slot, and whose messages are in which ring. This class holds the table's
 * geometry, reads it ({@link #snapshot}, {@link #readerId}), and performs the one step both sides
 * share, freeing a slot; the reader's side of the protocol is {@link ReaderSlotClaims}
 * ({@link #claims()}), the producer's {@link ReaderSlotReaper} ({@link #reaper()}). The protocol
 * of both sides is written down here, once.
 *
 * <pre>{@code
 * ControlRing[] rings = ControlRing.sliceAll(region, controlOffset, controlStride, controlPerReader, readerSlots);
 * ReaderSlotTable table = ReaderSlotTable.ofRegion(region, readersOffset, readerSlots, 116, rings);
 * // reader (ReaderSlotClaims)
 * ReaderSlotClaims claims = table.claims();
 * int slot = claims.claim(readerId, System.nanoTime());        // -1: no free slot
 * claims.frameSeen(slot, readerId, frameId, System.nanoTime()); // false: the slot was reaped
 * claims.release(slot, readerId, System.nanoTime());            // RELEASED, DETACHING or NOT_OWNER
 * // producer, one thread (ReaderSlotReaper)
 * table.reaper().pollControl(handler, 64);
 * table.reaper().reapStale(System.nanoTime(), TimeUnit.SECONDS.toNanos(5));
 * }</pre>
 *
 * <h2>Ownership</h2>
 * The {@code reader_id} of a slot is its ownership token: random, non-zero, chosen by the reader.
 * Each step of a slot's life checks it, so a reader whose slot was reaped cannot touch the slot of
 * the reader that claimed it next:
 * <ol>
 *   <li><b>Claim</b> (reader): CAS the claim word ({@link ReaderSlotDescriptor}: {@code in_use}
 *       and this library's claim state in the pad word) from a free word to
 *       (1, generation + 1, CLAIMING) on the first free slot (2.0 peers CAS {@code in_use} alone,
 *       so Java and C++ readers never share a slot); {@code readers_connected += 1}; commit by
 *       CAS CLAIMING -> OWNED of the same word (failing: the producer retired the claim, so the
 *       claimer uncounts itself and moves on). Committed, it CASes {@code heartbeat} to now and
 *       {@code last_frame_seen} and {@code detaching_id} to 0 from the values it finds, publishes
 *       its id by CAS, then checks that the claim word is still its OWNED word (else the claim
 *       was retired before the id was out: it takes the id back) and that {@code heartbeat} is
 *       still its value (else it was reaped as a stale owner: it frees the slot by the id, as
 *       any free). The counter is raised before the commit, so a committed claim is always
 *       counted.</li>
 *   <li><b>Heartbeat</b> (owner, on sends and, at most about every millisecond, on reads):
 *       {@code h = heartbeat} (acquire); fail if
 *       {@code h == 0} or {@code reader_id != id} (acquire); CAS {@code heartbeat} h -> now. The
 *       reaper CASes the same word from the stale value to 0 before it takes the slot, so either
 *       the heartbeat wins (the slot is fresh again and the reap fails) or the reap wins (the
 *       heartbeat fails and the reader learns it lost the slot, before writing anything).
 *       {@code last_frame_seen} is written (opaque) only after a successful heartbeat
 *       ({@link ReaderSlotClaims#frameSeen}).</li>
 *   <li><b>Free</b>: whoever wins CAS {@code reader_id} id -> 0 frees the slot: the owner's
 *       {@link ReaderSlotClaims#release}, the producer completing a detach, the reaper, or a
 *       claimer that found itself reaped. The winner CASes the claim word it read before taking
 *       the id to FREEING (failing: the producer retired the slot meanwhile and uncounted it, so
 *       it stops), zeroes the other fields (each by CAS from the value it saw while it owned
 *       them), drops the ring's unread messages and fences it (producer side only), decrements
 *       {@code readers_connected}, and last CASes FREEING -> free: the slot is claimable only once
 *       it is clean and uncounted.</li>
 * </ol>
 *
 * <h2>Attribution: messages sent just before a reader leaves</h2>
 * A reader that leaves while its ring still holds unread messages does not free the slot (which
 * would let the next reader inherit the messages, or the producer see id 0): it heartbeats, marks
 * the slot detaching ({@code detaching_id = id}, release) and returns {@link Release#DETACHING}.
 * {@code in_use} stays 1 so no one claims the slot, and {@code reader_id} stays, so the producer
 * ({@link ReaderSlotReaper#pollControl}) still attributes the messages to it; once the ring is drained the producer
 * frees the slot. If the producer never drains it, the reaper frees it when the heartbeat goes
 * stale (dropping the messages). {@link ReaderSlotReaper#pollControl} reads {@code reader_id}, then {@code w},
 * then {@code reader_id} again, and delivers only up to that {@code w}: a sender publishes
 * {@code w} only after its own id, so if the id is unchanged after reading {@code w}, every byte
 * below it was sent by that reader.
 *
 * <h2>Abandoned claims</h2>
 * A slot in use with {@code reader_id == 0}, or whose claim word says CLAIMING, is a claim in
 * progress, one whose claimer died (or stalls) half-way, or, for a moment, a slot being freed. The
 * reaper ({@link ReaderSlotReaper#reapStale}) notes its claim word and heartbeat; if a pass a
 * reap timeout later finds both unchanged it retires the claim ({@link #retire}): CAS of the claim
 * word to RETIRING, which decides once and for all against the claimer's commit (CLAIMING -> OWNED)
 * or a freeing party's CAS to FREEING (OWNED, id already taken); clear the slot; uncount it if it
 * had committed (OWNED; a FREEING slot was uncounted by the party freeing it); release-store the
 * free word. However long the claimer stalls, and wherever, it
 * either committed before the retirement (and then the slot is its own, aged by its heartbeat
 * like any owner's), or its commit fails, or it finds its word changed after publishing its id and
 * takes the id back: a retired claim never completes into a free slot, and it is counted out
 * exactly once.
 *
 * <h2>readers_connected</h2>
 * Raised by 1 (atomic add) by each successful claim, before the id is published; lowered by 1 by
 * the single winner of each id -> 0 CAS. Between Java peers every increment is matched by at most
 * one decrement, so the counter is exact whenever no claim or free is half-way, and the decrement
 * never goes below 0 (it is a CAS loop that stops at 0, in case a 2.0 peer or a damaged region got
 * it wrong).
 *
 * <h2>Limits</h2>
 * <ul>
 *   <li>A party that stalls for longer than the reap timeout between reading a field and its
 *       conditional write of it can still land that write if the field holds the same value
 *       again by then: a claimer's heartbeat or id into a slot that is free or being claimed
 *       (the next claimer's own conditional writes and checks then make it give that slot up and
 *       take the next), a 0 into a field that was 0. Such a write never makes two readers own
 *       one slot and never changes {@code readers_connected}.</li>
 *   <li>A claimer that dies between counting itself and committing, or a party that dies between its
 *       CAS to FREEING and uncounting the slot (nanoseconds), leaves
 *       {@code readers_connected} one too high when its claim is retired.</li>
 *   <li>A control message whose sender stalls past the reap timeout in the middle of writing
 *       it is never delivered (its write counter publication fails, see
 *       {@link io.shmx.internal.control.ControlSender}), but the bytes it was copying can land in
 *       the ring of the slot's next owner before that, where they may overwrite bytes of that
 *       owner's unread messages: the 2.0 ring has no per-record owner to check.</li>
 *   <li>2.0 peers free slots without these checks; messages left in a free slot's ring by such a
 *       peer are delivered with reader id 0 (unknown sender). A 2.0 claimer that stalls past the
 *       reap timeout before publishing its id, once its claim was retired, writes into a free
 *       slot.</li>
 *   <li>A 2.0 producer never completes a detach, so under one a reader frees its slot on release
 *       even with messages unread ({@link ReaderSlotClaims#release(int, long, long, boolean)}), and those messages
 *       lose their attribution, as they do with 2.0 readers.</li>
 * </ul>
 *
 * <h2>Truncated mappings</h2>
 * If another process truncates the region file, every access to the lost pages faults. Loads and
 * stores, and read-modify-writes run by compiled code, raise {@code InternalError} (which callers
 * turn into {@link io.shmx.RegionTruncatedException}); a read-modify-write run by the interpreter
 * (inside the VM's {@code Unsafe_CompareAndSetLong} and friends) kills the JVM with SIGBUS. So every
 * compare-and-set and atomic add here comes right after a load of the same 64-byte slot or the
 * same header word, which faults catchably if the page is gone; callers add a file-size check on
 * the cold paths ({@link ReaderSlotClaims#claim}, {@link ReaderSlotClaims#release}, {@link ReaderSlotReaper#reapStale}). What remains is a
 * truncation landing in the nanoseconds between that load and the read-modify-write while the
 * method is still interpreted; the heartbeat ({@link ReaderSlotClaims#heartbeat}, at most about every
 * millisecond on the read path) carries that residual risk.
 *
 * <h2>Threads</h2>
 * The reader's side ({@link ReaderSlotClaims}) is safe from any thread and process. The producer's
 * side ({@link ReaderSlotReaper}) belongs to the producer's single thread. {@link #snapshot} and
 * the accessors only read and work on a read-only mapping.
 */
public final class ReaderSlotTable {

    private final MemorySegment slots;
    private final int count;
    private final MemorySegment connectedSegment;
    private final long connectedOffset;
    private final ControlRing[] rings;
    private final ReaderSlotClaims claims;
    private final ReaderSlotReaper reaper;

    /**
     * @param slots            the reader-slot array ({@code count * 64} bytes at least), 8-byte aligned
     * @param count            {@code reader_slots}
     * @param connectedSegment segment holding {@code readers_connected} (the global header)
     * @param connectedOffset  offset of {@code readers_connected} in it (116 in a 2.0 header), 4-aligned
     * @param rings            the slots' control rings in slot order, or an empty array when the
     *                         channel has none
     * @throws ShmxException if a part lies outside its segment or is misaligned
     */
    public ReaderSlotTable(MemorySegment slots, int count, MemorySegment connectedSegment, long connectedOffset,
                           ControlRing[] rings) {
        Objects.requireNonNull(slots, "slots");
        Objects.requireNonNull(connectedSegment, "connectedSegment");
        Objects.requireNonNull(rings, "rings");
        if (count < 0 || slots.byteSize() / SLOT_LENGTH < count) {
            throw new ShmxException("[ShmxReaderSlotsBounds] " + Integer.toUnsignedString(count)
                    + " reader slots of 64 bytes do not fit their " + slots.byteSize()
                    + "-byte area; the region's header is inconsistent: recreate the channel");
        }
        if (slots.maxByteAlignment() < Long.BYTES) {
            throw new ShmxException("[ShmxReaderSlotsAlignment] reader slots at address 0x"
                    + Long.toHexString(slots.address()) + " are not 8-byte aligned; their fields need atomic"
                    + " access; readers_offset must be a multiple of 8");
        }
        if (connectedOffset < 0 || connectedOffset > connectedSegment.byteSize() - Integer.BYTES
                || ((connectedSegment.address() + connectedOffset) & (Integer.BYTES - 1)) != 0) {
            throw new ShmxException("[ShmxReadersConnected] readers_connected at offset " + connectedOffset
                    + " is outside the " + connectedSegment.byteSize() + "-byte header or not 4-byte aligned;"
                    + " pass the global header and offset 116");
        }
        if (rings.length != 0 && rings.length != count) {
            throw new IllegalArgumentException("[ShmxReaderSlotsRings] " + rings.length + " control rings for "
                    + count + " reader slots; pass one ring per slot, or none when control_per_reader is 0");
        }
        this.slots = slots;
        this.count = count;
        this.connectedSegment = connectedSegment;
        this.connectedOffset = connectedOffset;
        this.rings = rings.clone();
        this.claims = new ReaderSlotClaims(this, slots, count);
        this.reaper = new ReaderSlotReaper(this, slots, count, this.rings);
    }

    /**
     * The table of a mapped region whose layout was validated ({@link RegionLayout#fromHeader} or
     * {@link RegionLayout#compute}), with its control rings. Works on a read-only segment for the
     * reading methods.
     */
    public static ReaderSlotTable ofLayout(MemorySegment region, RegionLayout layout) {
        ControlRing[] rings = ControlRing.sliceAll(region, layout.controlOffset(), layout.controlStride(),
                layout.controlPerReader(), (int) layout.readerSlots());
        return ofRegion(region, layout.readersOffset(), (int) layout.readerSlots(),
                GlobalHeaderDescriptor.READERS_CONNECTED_OFFSET, rings);
    }

    /** The table of a mapped region: slots at {@code readersOffset}, the counter at {@code readersConnectedOffset}. */
    public static ReaderSlotTable ofRegion(MemorySegment region, long readersOffset, int readerSlots,
                                           long readersConnectedOffset, ControlRing[] rings) {
        if (readersOffset < 0 || readersOffset > region.byteSize()) {
            throw new ShmxException("[ShmxReaderSlotsBounds] readers_offset " + readersOffset + " lies outside the "
                    + region.byteSize() + "-byte region; the region's header is inconsistent: recreate the channel");
        }
        return new ReaderSlotTable(region.asSlice(readersOffset), readerSlots, region, readersConnectedOffset, rings);
    }

    /** Number of reader slots. */
    public int slotCount() {
        return count;
    }

    /** The reader's side: claim, heartbeat, {@code last_frame_seen}, release. */
    public ReaderSlotClaims claims() {
        return claims;
    }

    /** The producer's side: control polling with attribution, detach completion, reaping. */
    public ReaderSlotReaper reaper() {
        return reaper;
    }

    /** Whether the slots have control rings. */
    public boolean hasControlRings() {
        return rings.length != 0;
    }

    /** The control ring of slot {@code index}, or null when the channel has none. */
    public ControlRing ring(int index) {
        Objects.checkIndex(index, count);
        return rings.length == 0 ? null : rings[index];
    }

    // ------------------------------------------------------------------ freeing

    /**
     * Frees slot {@code index} if {@code id} still owns it: the single winner of CAS
     * {@code reader_id} id -> 0 clears the slot and makes it claimable ({@link #vacate}).
     * {@code dropMessages} for the producer's frees only (it owns the ring's read counter).
     */
    boolean free(int index, long id, boolean dropMessages) {
        long at = slotOffset(index);
        // The claim word and the fields while the id is still this owner's: no one but the winner of
        // the id can change the word from here on (a retirement needs the id at 0), so it is the word
        // to free, and the fields are cleared only if they still hold these values.
        long word = (long) U64_HANDLE.getAcquire(slots, at + CLAIM_WORD_OFFSET);
        long heartbeat = (long) U64_HANDLE.getAcquire(slots, at + HEARTBEAT_OFFSET);
        long lastFrame = (long) U64_HANDLE.getAcquire(slots, at + LAST_FRAME_SEEN_OFFSET);
        long detaching = (long) U64_HANDLE.getAcquire(slots, at + DETACHING_ID_OFFSET);
        if (id == 0 || !U64_HANDLE.compareAndSet(slots, at + READER_ID_OFFSET, id, 0L)) {
            return false;
        }
        vacate(index, word, heartbeat, lastFrame, detaching, dropMessages);
        return true;
    }

    /**
     * Clears a slot whose claim word was {@code word} and makes it claimable: CASes the claim word
     * {@code word} -> FREEING (failing: the producer retired the slot meanwhile, because this party
     * stalled past the reap timeout, and uncounted it; or a 2.0 producer freed and uncounted it:
     * nothing more to do), CASes {@code heartbeat}, {@code last_frame_seen} and
     * {@code detaching_id} from the values given (what the party freeing the slot saw while it
     * still owned it) to 0, fences the ring against the former sender and drops its unread
     * messages when {@code dropMessages} ({@link ControlPoller#fenceAndDiscard}), lowers
     * {@code readers_connected}, and last CASes FREEING -> the free word.
     */
    void vacate(int index, long word, long heartbeat, long lastFrame, long detaching, boolean dropMessages) {
        long at = slotOffset(index);
        int generation = generation(word);
        if (inUse(word) == FREE || state(word) == STATE_RETIRING || state(word) == STATE_FREEING
                || !U64_HANDLE.compareAndSet(slots, at + CLAIM_WORD_OFFSET, word,
                        claimWord(IN_USE, generation, STATE_FREEING))) {
            return;
        }
        clearIfStill(at + HEARTBEAT_OFFSET, heartbeat);
        clearIfStill(at + LAST_FRAME_SEEN_OFFSET, lastFrame);
        clearIfStill(at + DETACHING_ID_OFFSET, detaching);
        if (dropMessages) {
            fenceRing(index);
        }
        connectedDecrement();
        // A CAS, not a store: should this party have stalled past the reap timeout since its CAS to
        // FREEING, the producer retired the slot and someone may hold it now.
        U64_HANDLE.compareAndSet(slots, at + CLAIM_WORD_OFFSET, claimWord(IN_USE, generation, STATE_FREEING),
                claimWord(FREE, generation, STATE_NONE));
    }

    /**
     * Fences slot {@code index}'s control ring against its former sender and drops its unread
     * messages ({@link ControlPoller#fenceAndDiscard}; producer side), when the channel has rings.
     */
    private void fenceRing(int index) {
        if (rings.length != 0) {
            rings[index].poller().fenceAndDiscard();
        }
    }

    /** CAS of a u64 field of the slots from {@code expected} to 0 (nothing when it is 0 or changed). */
    private void clearIfStill(long offset, long expected) {
        if (expected != 0) {
            U64_HANDLE.compareAndSet(slots, offset, expected, 0L);
        }
    }

    /**
     * Retires an abandoned claim (producer side): a claim of this library that never committed, a
     * committed one that never published its id, a free that stopped half-way, or a 2.0 peer's
     * claim that never published its id, whose claim word is still {@code word}. One CAS of the claim word to RETIRING decides
     * against the claimer's commit; then the slot is cleared, the claim uncounted if it had
     * committed (a claimer counts itself before committing and uncounts itself when its commit
     * fails), and the slot freed. A claimer resuming later finds its commit refused, or its
     * claim word changed after publishing its id, and takes the id back.
     *
     * @return false if the claim word changed (the claim went on), or a 2.0 peer's claim
     *         published its id meanwhile
     */
    boolean retire(int index, long word) {
        long at = slotOffset(index);
        int state = state(word);
        long retiring = claimWord(inUse(word), generation(word), STATE_RETIRING);
        if (inUse(word) == FREE || !U64_HANDLE.compareAndSet(slots, at + CLAIM_WORD_OFFSET, word, retiring)) {
            return false;
        }
        if (state == STATE_NONE && (long) U64_HANDLE.getAcquire(slots, at + READER_ID_OFFSET) != 0) {
            // A 2.0 peer's claim published its id after all: it is an owner now, not abandoned.
            U64_HANDLE.compareAndSet(slots, at + CLAIM_WORD_OFFSET, retiring, word);
            return false;
        }
        clearIfUnchanged(at + READER_ID_OFFSET); // an id of a claimer that published it after stalling
        clearIfUnchanged(at + HEARTBEAT_OFFSET);
        clearIfUnchanged(at + LAST_FRAME_SEEN_OFFSET);
        clearIfUnchanged(at + DETACHING_ID_OFFSET);
        fenceRing(index);
        if (state == STATE_OWNED) {
            connectedDecrement();
        }
        U64_HANDLE.setRelease(slots, at + CLAIM_WORD_OFFSET, claimWord(FREE, generation(word), STATE_NONE));
        return true;
    }

    /** CAS of a u64 field of the slots from the value it holds now to 0 (nothing if it changes meanwhile). */
    private void clearIfUnchanged(long offset) {
        clearIfStill(offset, (long) U64_HANDLE.getAcquire(slots, offset));
    }

    /**
     * Clears a stray id from a free slot (producer side): an id a claimer wrote after its claim was
     * retired, left there because it died before taking it back. No party leaves an id in a slot
     * whose {@code in_use} is 0 for longer than that (2.0 peers set {@code in_use} before their id
     * and clear it after), so the reaper clears one it finds there on two passes a reap timeout
     * apart. CAS from {@code id}: nothing if it changed.
     */
    void clearStrayId(int index, long id) {
        clearIfStill(slotOffset(index) + READER_ID_OFFSET, id);
    }

    /** The slot's claim word (acquire). */
    long claimWordAcquire(int index) {
        return (long) U64_HANDLE.getAcquire(slots, slotOffset(index) + CLAIM_WORD_OFFSET);
    }

    // ------------------------------------------------------------------ reading

    /** The slot's reader id (acquire); 0 when none. */
    public long readerId(int index) {
        Objects.checkIndex(index, count);
        return (long) U64_HANDLE.getAcquire(slots, slotOffset(index) + READER_ID_OFFSET);
    }

    /** Whether slot {@code index} is held by a reader that left with messages unread. */
    public boolean isDetaching(int index) {
        return isDetaching(index, readerId(index));
    }

    boolean isDetaching(int index, long id) {
        long at = slotOffset(index);
        return id != 0
                && (int) U32_HANDLE.getAcquire(slots, at + IN_USE_OFFSET) != FREE
                && (long) U64_HANDLE.getAcquire(slots, at + DETACHING_ID_OFFSET) == id;
    }

    /** {@code readers_connected} (acquire), unsigned. */
    public long readersConnected() {
        return Integer.toUnsignedLong((int) U32_HANDLE.getAcquire(connectedSegment, connectedOffset));
    }

    /** Every slot that is in use or holds a reader id, in slot order. Reads only. */
    public List<ReaderInfo> snapshot() {
        List<ReaderInfo> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long at = slotOffset(i);
            int inUse = (int) U32_HANDLE.getAcquire(slots, at + IN_USE_OFFSET);
            long id = (long) U64_HANDLE.getAcquire(slots, at + READER_ID_OFFSET);
            if (inUse == FREE && id == 0) {
                continue;
            }
            long heartbeat = (long) U64_HANDLE.getAcquire(slots, at + HEARTBEAT_OFFSET);
            long lastFrame = (long) U64_HANDLE.getAcquire(slots, at + LAST_FRAME_SEEN_OFFSET);
            out.add(new ReaderInfo(i, id, heartbeat, lastFrame, inUse != FREE));
        }
        return out;
    }

    /**
     * {@code readers_connected += 1}. The plain load first is not needed for the count: it makes a
     * file truncated under the mapping fault catchably here rather than inside the atomic add (see
     * "Truncated mappings" above).
     */
    void connectedAdd() {
        int ignored = (int) U32_HANDLE.getVolatile(connectedSegment, connectedOffset);
        U32_HANDLE.getAndAdd(connectedSegment, connectedOffset, 1);
    }

    /** {@code readers_connected -= 1}, never below 0. */
    void connectedDecrement() {
        while (true) {
            int v = (int) U32_HANDLE.getVolatile(connectedSegment, connectedOffset);
            if (v == 0 || U32_HANDLE.compareAndSet(connectedSegment, connectedOffset, v, v - 1)) {
                return;
            }
        }
    }

}
