package io.shmx.internal.readers;

import static io.shmx.internal.readers.ReaderSlotDescriptor.CLAIM_WORD_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.DETACHING_ID_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.FREE;
import static io.shmx.internal.readers.ReaderSlotDescriptor.HEARTBEAT_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.IN_USE;
import static io.shmx.internal.readers.ReaderSlotDescriptor.LAST_FRAME_SEEN_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.READER_ID_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.STATE_CLAIMING;
import static io.shmx.internal.readers.ReaderSlotDescriptor.STATE_OWNED;
import static io.shmx.internal.readers.ReaderSlotDescriptor.claimWord;
import static io.shmx.internal.readers.ReaderSlotDescriptor.generation;
import static io.shmx.internal.readers.ReaderSlotDescriptor.inUse;
import static io.shmx.internal.readers.ReaderSlotDescriptor.U64_HANDLE;
import static io.shmx.internal.readers.ReaderSlotDescriptor.slotOffset;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * The reader's side of the reader slots ({@link ReaderSlotTable#claims()}): claiming a slot,
 * proving it is still owned (heartbeat), recording the last frame seen, and leaving. The protocol
 * (ownership token, the heartbeat-versus-reap CAS, detaching) is written down on
 * {@link ReaderSlotTable}; the byte layout on {@link ReaderSlotDescriptor}.
 *
 * <p>Safe from any thread and process. Holds no mutable state: its fields are the table's final
 * geometry, copied so the read path's {@link #frameSeen} and {@link #heartbeat} load them
 * from this object directly.
 */
public final class ReaderSlotClaims {

    /** Outcome of {@link #release}. */
    public enum Release {
        /** The slot is free. */
        RELEASED,
        /** The slot stays held until the producer has read the messages still in its ring. */
        DETACHING,
        /** The caller no longer owns the slot (it was reaped); nothing was changed. */
        NOT_OWNER
    }

    private final ReaderSlotTable table;
    private final MemorySegment slots;
    private final int count;

    ReaderSlotClaims(ReaderSlotTable table, MemorySegment slots, int count) {
        this.table = table;
        this.slots = slots;
        this.count = count;
    }

    /**
     * Claims the first free slot for {@code readerId}.
     *
     * @param readerId  random non-zero id (unsigned 64-bit), unique per attachment
     * @param nowNanos  {@link System#nanoTime()}
     * @return the slot index, or -1 when every slot is in use (the caller must fail: the reader
     *         would be invisible to the producer and could not send control messages)
     * @throws IllegalArgumentException if {@code readerId == 0}
     */
    public int claim(long readerId, long nowNanos) {
        if (readerId == 0) {
            throw new IllegalArgumentException("[ShmxReaderId] reader id 0 means 'no reader' in a reader slot;"
                    + " pass a random non-zero id");
        }
        long mine = clockValue(nowNanos);
        for (int i = 0; i < count; i++) {
            long at = slotOffset(i);
            long found = (long) U64_HANDLE.getAcquire(slots, at + CLAIM_WORD_OFFSET);
            if (inUse(found) != FREE) {
                continue;
            }
            long claiming = claimWord(IN_USE, generation(found) + 1, STATE_CLAIMING);
            if (!U64_HANDLE.compareAndSet(slots, at + CLAIM_WORD_OFFSET, found, claiming)) {
                continue;
            }
            // What the slot holds before the commit: a former owner's leftovers, which only this
            // claim may replace. Every write after the commit is a CAS from these values, so a
            // claimer that stalls past the reap timeout there cannot overwrite a later owner's.
            long seenHeartbeat = (long) U64_HANDLE.getAcquire(slots, at + HEARTBEAT_OFFSET);
            long seenFrame = (long) U64_HANDLE.getAcquire(slots, at + LAST_FRAME_SEEN_OFFSET);
            long seenDetaching = (long) U64_HANDLE.getAcquire(slots, at + DETACHING_ID_OFFSET);
            table.connectedAdd(); // before the commit: once committed, a retirement uncounts the claim
            long owned = claimWord(IN_USE, generation(claiming), STATE_OWNED);
            if (!U64_HANDLE.compareAndSet(slots, at + CLAIM_WORD_OFFSET, claiming, owned)) {
                table.connectedDecrement(); // retired before the commit: the producer frees the slot
                continue;
            }
            U64_HANDLE.compareAndSet(slots, at + HEARTBEAT_OFFSET, seenHeartbeat, mine);
            U64_HANDLE.compareAndSet(slots, at + LAST_FRAME_SEEN_OFFSET, seenFrame, 0L);
            U64_HANDLE.compareAndSet(slots, at + DETACHING_ID_OFFSET, seenDetaching, 0L);
            if (!U64_HANDLE.compareAndSet(slots, at + READER_ID_OFFSET, 0L, readerId)) {
                // An id is there already: only a claimer that stalled past the reap timeout and
                // resumed writes one into a slot it does not own, and it takes it back as soon as
                // it sees its claim word gone (the producer clears one left by a claimer that died
                // meanwhile). Give this slot up and try the next.
                table.vacate(i, owned, mine, 0, 0, false);
                continue;
            }
            if ((long) U64_HANDLE.getAcquire(slots, at + CLAIM_WORD_OFFSET) != owned) {
                // Retired as a committed claim without an id (it stalled past the reap timeout
                // before publishing): the producer uncounted and freed it; take the id back.
                U64_HANDLE.compareAndSet(slots, at + READER_ID_OFFSET, readerId, 0L);
                continue;
            }
            if ((long) U64_HANDLE.getAcquire(slots, at + HEARTBEAT_OFFSET) != mine) {
                // Reaped as a stale owner just after publishing: whoever wins the id frees the slot.
                table.free(i, readerId, false);
                continue;
            }
            return i;
        }
        return -1;
    }

    /**
     * Records that the owner is alive. Allocates nothing; one CAS.
     *
     * @return false if {@code readerId} no longer owns the slot (reaped): the caller must stop
     *         using the slot and its ring, and re-attach or fail
     */
    public boolean heartbeat(int index, long readerId, long nowNanos) {
        Objects.checkIndex(index, count);
        long at = slotOffset(index);
        long previous = (long) U64_HANDLE.getAcquire(slots, at + HEARTBEAT_OFFSET);
        if (previous == 0 || readerId == 0 || (long) U64_HANDLE.getAcquire(slots, at + READER_ID_OFFSET) != readerId) {
            return false;
        }
        return U64_HANDLE.compareAndSet(slots, at + HEARTBEAT_OFFSET, previous, clockValue(nowNanos))
                && (long) U64_HANDLE.getAcquire(slots, at + READER_ID_OFFSET) == readerId;
    }
    /**
     * Heartbeat plus {@code last_frame_seen = frameId} (after a successful read).
     *
     * @return false if {@code readerId} no longer owns the slot; {@code last_frame_seen} is not
     *         written then
     */
    public boolean frameSeen(int index, long readerId, long frameId, long nowNanos) {
        // Loaded before the heartbeat and replaced by CAS: should this reader stall past the reap
        // timeout between the heartbeat and the write, the slot's next owner has zeroed or
        // rewritten the field and the stray write fails (see "Limits" on ReaderSlotTable).
        long offset = slotOffset(index) + LAST_FRAME_SEEN_OFFSET;
        long previous = (long) U64_HANDLE.getAcquire(slots, offset);
        if (!heartbeat(index, readerId, nowNanos)) {
            return false;
        }
        return U64_HANDLE.compareAndSet(slots, offset, previous, frameId);
    }
    /** Whether {@code readerId} owns slot {@code index} now (and is not being reaped). */
    public boolean isOwner(int index, long readerId) {
        Objects.checkIndex(index, count);
        long at = slotOffset(index);
        return readerId != 0
                && (long) U64_HANDLE.getAcquire(slots, at + READER_ID_OFFSET) == readerId
                && (long) U64_HANDLE.getAcquire(slots, at + HEARTBEAT_OFFSET) != 0;
    }
    /**
     * Leaves the slot. If its control ring still holds unread messages, the slot is marked
     * detaching and stays held (with a fresh heartbeat) until the producer has read them;
     * otherwise it is freed now. The caller must not send afterwards.
     */
    public Release release(int index, long readerId, long nowNanos) {
        return release(index, readerId, nowNanos, true);
    }

    /**
     * As {@link #release(int, long, long)}; with {@code producerCompletesDetach} false the slot is
     * freed now even with messages unread, as a 2.0 reader leaves it. Pass false when the region's
     * producer is a 2.0 peer (no {@code FLAG_SEQLOCK}): it knows nothing of detaching slots and would
     * never free one, so each would be lost to every reader. Its unread messages stay in the ring;
     * the 2.0 producer still polls them, naming whoever holds the slot then (0 while it is free).
     */
    public Release release(int index, long readerId, long nowNanos, boolean producerCompletesDetach) {
        if (!heartbeat(index, readerId, nowNanos)) {
            return Release.NOT_OWNER;
        }
        if (producerCompletesDetach && table.hasControlRings() && !table.ring(index).isEmpty()) {
            // The heartbeat just proved ownership. The producer may complete the detach as soon as
            // the mark is visible, so the slot is not read again here. (Should the reader stall
            // past the reap timeout right here, the mark lands in a slot that was reaped and names
            // a former owner: inert.)
            U64_HANDLE.setRelease(slots, slotOffset(index) + DETACHING_ID_OFFSET, readerId);
            return Release.DETACHING;
        }
        return table.free(index, readerId, false) ? Release.RELEASED : Release.NOT_OWNER;
    }
    /** 0 marks "no heartbeat" in a slot, so a clock reading of exactly 0 is stored as 1. */
    static long clockValue(long nowNanos) {
        return nowNanos == 0 ? 1 : nowNanos;
    }
}
