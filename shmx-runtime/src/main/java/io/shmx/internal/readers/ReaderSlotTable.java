package io.shmx.internal.readers;

import static io.shmx.internal.readers.ReaderSlotDescriptor.DETACHING_ID_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.FREE;
import static io.shmx.internal.readers.ReaderSlotDescriptor.HEARTBEAT_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.IN_USE_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.LAST_FRAME_SEEN_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.READER_ID_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.SLOT_LENGTH;
import static io.shmx.internal.readers.ReaderSlotDescriptor.U32_HANDLE;
import static io.shmx.internal.readers.ReaderSlotDescriptor.U64_HANDLE;
import static io.shmx.internal.readers.ReaderSlotDescriptor.slotOffset;

import io.shmx.ReaderInfo;
import io.shmx.ShmxException;
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
 *   <li><b>Claim</b> (reader): CAS {@code in_use} 0 -> 1 on the first free slot (as 2.0 peers do,
 *       so Java and C++ readers never share a slot); load {@code heartbeat}, {@code last_frame_seen}
 *       and {@code detaching_id}; CAS {@code heartbeat} from the value loaded to now (failing:
 *       the claim was retired, not ours); {@code readers_connected += 1}; CAS the other two from
 *       the values loaded to 0; CAS {@code reader_id} 0 -> id; then check that {@code heartbeat} is
 *       still its own value (else undo the id by CAS and move on). The counter is raised before
 *       the id is visible, so no one can free the slot (which needs the id) before it was counted.
 *       Every write of a claim is conditional, so a claimer that stalls past the reap timeout
 *       changes nothing of a later owner's (see "Abandoned claims").</li>
 *   <li><b>Heartbeat</b> (owner, on sends and, at most about every millisecond, on reads):
 *       {@code h = heartbeat} (acquire); fail if
 *       {@code h == 0} or {@code reader_id != id} (acquire); CAS {@code heartbeat} h -> now. The
 *       reaper CASes the same word from the stale value to 0 before it takes the slot, so either
 *       the heartbeat wins (the slot is fresh again and the reap fails) or the reap wins (the
 *       heartbeat fails and the reader learns it lost the slot, before writing anything).
 *       {@code last_frame_seen} is written (opaque) only after a successful heartbeat
 *       ({@link ReaderSlotClaims#frameSeen}).</li>
 *   <li><b>Free</b>: whoever wins CAS {@code reader_id} id -> 0 frees the slot: the owner's
 *       {@link ReaderSlotClaims#release}, the producer completing a detach, or the reaper. Only the winner then
 *       zeroes the other fields, drops the ring's unread messages (producer side only),
 *       decrements {@code readers_connected} and finally stores {@code in_use = 0} (release), so
 *       the slot is claimable only once it is clean.</li>
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
 * A slot in use with {@code reader_id == 0} is a claim in progress, or one whose claimer died (or
 * stalls) half-way. The reaper ({@link ReaderSlotReaper#reapStale}) ages it by its heartbeat or,
 * before the claimer stored one, from when the reaper first saw it, and past the reap timeout
 * retires it ({@link #retireAbandonedClaim}): CAS {@code heartbeat} from the value it aged to a
 * fresh non-zero marker, check the id is still 0, lower {@code readers_connected} if the claimer
 * had stored a heartbeat (it counts itself right after), and free {@code in_use}. The marker makes
 * a resumed claimer's next conditional write fail, and it moves on to another slot.
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
 *   <li>A reader that stalls for longer than the reap timeout between a successful heartbeat and
 *       its next write (of {@code last_frame_seen}, or of a control message) may write once into
 *       a slot that was meanwhile reaped; its next heartbeat fails. The stray write is
 *       {@code last_frame_seen}, which only informs (the reaper does not use it) and which the
 *       slot's new owner overwrites with its next heartbeat.</li>
 *   <li>A claimer that dies between counting itself and storing its heartbeat (nanoseconds)
 *       leaves {@code readers_connected} one too high when its claim is retired.</li>
 *   <li>2.0 peers free slots without these checks; messages left in a free slot's ring by such a
 *       peer are delivered with reader id 0 (unknown sender).</li>
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
     * {@code reader_id} id -> 0 clears the slot, drops its ring's unread messages when
     * {@code dropMessages} (the producer's frees only: it owns the read counter), decrements
     * {@code readers_connected}, and makes the slot claimable last.
     */
    boolean free(int index, long id, boolean dropMessages) {
        long at = slotOffset(index);
        if (!U64_HANDLE.compareAndSet(slots, at + READER_ID_OFFSET, id, 0L)) {
            return false;
        }
        if (dropMessages && rings.length != 0) {
            rings[index].poller().discardPending();
        }
        U64_HANDLE.set(slots, at + HEARTBEAT_OFFSET, 0L);
        U64_HANDLE.set(slots, at + LAST_FRAME_SEEN_OFFSET, 0L);
        U64_HANDLE.set(slots, at + DETACHING_ID_OFFSET, 0L);
        connectedDecrement();
        U32_HANDLE.setRelease(slots, at + IN_USE_OFFSET, FREE);
        return true;
    }

    // ------------------------------------------------------------------ reading

    /** The slot's reader id (acquire); 0 when none. */
    public long readerId(int index) {
        Objects.checkIndex(index, count);
        return (long) U64_HANDLE.getAcquire(slots, slotOffset(index) + READER_ID_OFFSET);
    }

    /**
     * Retires a claim abandoned half-way (slot in use, no reader id) whose heartbeat is
     * {@code heartbeat}: replaces it with {@code marker} (a {@link #isRetiredMarker retired marker},
     * unlike it) by CAS so that a claimer resuming later fails its own conditional writes, undoes
     * the claim's count when the heartbeat is the claimer's own (a claimer counts itself just
     * before storing it; 0 or a marker means it never got that far), and frees the slot. Producer
     * side.
     */
    boolean retireAbandonedClaim(int index, long heartbeat, long marker) {
        long at = slotOffset(index);
        if ((long) U64_HANDLE.getAcquire(slots, at + READER_ID_OFFSET) != 0
                || !U64_HANDLE.compareAndSet(slots, at + HEARTBEAT_OFFSET, heartbeat, marker)) {
            return false;
        }
        long id = (long) U64_HANDLE.getAcquire(slots, at + READER_ID_OFFSET);
        if (id != 0) {
            // The claim published its id meanwhile: either it completed (its heartbeat, now the
            // marker, was stale: reap it as an owner) or it will find the marker and undo its id.
            // One CAS of the id decides; if the claimer's undo won, clean up as an abandoned claim.
            if (free(index, id, true)) {
                return true;
            }
        }
        if (rings.length != 0) {
            rings[index].poller().discardPending();
        }
        if (heartbeat != 0 && !isRetiredMarker(heartbeat)) {
            connectedDecrement();
        }
        U32_HANDLE.setRelease(slots, at + IN_USE_OFFSET, FREE);
        return true;
    }

    /**
     * Finishes a reap that lost its {@link #free} to the claimer itself: the reaper zeroed the
     * heartbeat of a claim that had just published its id, and the claimer, finding its heartbeat
     * gone, took its id back and gave the slot up without uncounting itself (see
     * {@link ReaderSlotClaims#claim}). The slot is then in use with no id and a zero heartbeat: the
     * reaper fences it with {@code marker} by CAS (a claimer that resumes later fails its own
     * conditional writes), uncounts the claim and frees the slot. False when the slot is in any
     * other state (it has an id again, or another claim is under way). Producer side.
     */
    boolean retireUndoneClaim(int index, long marker) {
        long at = slotOffset(index);
        if ((int) U32_HANDLE.getAcquire(slots, at + IN_USE_OFFSET) == FREE
                || (long) U64_HANDLE.getAcquire(slots, at + READER_ID_OFFSET) != 0
                || !U64_HANDLE.compareAndSet(slots, at + HEARTBEAT_OFFSET, 0L, marker)) {
            return false;
        }
        if (rings.length != 0) {
            rings[index].poller().discardPending();
        }
        connectedDecrement();
        U32_HANDLE.setRelease(slots, at + IN_USE_OFFSET, FREE);
        return true;
    }

    /**
     * Whether a heartbeat value is the marker a retired claim leaves (sign bit set; heartbeats are
     * CLOCK_MONOTONIC readings, which are positive).
     */
    static boolean isRetiredMarker(long heartbeat) {
        return heartbeat < 0;
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
