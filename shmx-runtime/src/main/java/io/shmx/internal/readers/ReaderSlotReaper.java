package io.shmx.internal.readers;

import static io.shmx.internal.readers.ReaderSlotDescriptor.FREE;
import static io.shmx.internal.readers.ReaderSlotDescriptor.HEARTBEAT_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.READER_ID_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.STATE_CLAIMING;
import static io.shmx.internal.readers.ReaderSlotDescriptor.STATE_FREEING;
import static io.shmx.internal.readers.ReaderSlotDescriptor.STATE_RETIRING;
import static io.shmx.internal.readers.ReaderSlotDescriptor.U64_HANDLE;
import static io.shmx.internal.readers.ReaderSlotDescriptor.inUse;
import static io.shmx.internal.readers.ReaderSlotDescriptor.slotOffset;
import static io.shmx.internal.readers.ReaderSlotDescriptor.state;

import io.shmx.ControlHandler;
import io.shmx.internal.control.ControlPoller;
import io.shmx.internal.control.ControlRing;
import io.shmx.internal.control.ControlRingDescriptor;
import io.shmx.internal.jfr.ShmxEvents;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * The producer's side of the reader slots ({@link ReaderSlotTable#reaper()}): polling the slots'
 * control rings with each message attributed to the reader that sent it, freeing slots whose
 * reader left with messages unread once they are drained (detach), and freeing the slots of
 * readers whose heartbeat went stale (reap). The protocol is written down on
 * {@link ReaderSlotTable} ("Attribution", "Ownership").
 *
 * <p>The producer's single thread only: the round-robin start and the fault count are plain fields.
 */
public final class ReaderSlotReaper {
    /** How far in the future a heartbeat may be before it is taken for damage, at the least. */
    static final long MIN_FUTURE_TOLERANCE_NANOS = 1_000_000_000L;

    private final ReaderSlotTable table;
    private final MemorySegment slots;
    private final int count;
    private final ControlRing[] rings;
    /** {@code rings[i].poller()}, held here so the poll loads one array element per ring. */
    private final ControlPoller[] pollers;

    /**
     * Every this many polls, every slot gets the full per-slot work, empty ring or not: it frees a
     * slot whose reader marked it detaching just after the producer drained its ring (see
     * {@link #pollControl}).
     */
    static final int FULL_PASS_INTERVAL = 64;

    private int nextPollStart;
    private long polls;
    /**
     * Per slot, when this reaper first saw the state it is ageing (0: none): a claim in progress
     * (its claim word and heartbeat) or a stray id in a free slot (the claim word and the id).
     * Producer thread only.
     */
    private final long[] claimSeenAt;
    /** Per slot, the claim word of that state. Producer thread only. */
    private final long[] claimSeenWord;
    /** Per slot, the heartbeat (claim in progress) or id (stray) of that state. Producer thread only. */
    private final long[] claimSeenValue;
    private long faultEvents;
    /** The channel's name, for the Flight Recorder events ({@link #channel(String)}). */
    private String channel = "";

    ReaderSlotReaper(ReaderSlotTable table, MemorySegment slots, int count, ControlRing[] rings) {
        this.claimSeenAt = new long[count];
        this.claimSeenWord = new long[count];
        this.claimSeenValue = new long[count];
        this.table = table;
        this.slots = slots;
        this.count = count;
        this.rings = rings;
        this.pollers = new ControlPoller[rings.length];
        for (int i = 0; i < rings.length; i++) {
            pollers[i] = rings[i].poller();
        }
    }

    /**
     * Delivers up to {@code max} control messages from all rings, each attributed to the reader
     * that sent it, and frees detaching slots whose ring is drained (producer thread only).
     * Starts one slot further on each call, so a busy reader cannot starve the others. Allocates
     * nothing in steady state (see {@link ControlPoller#poll}).
     *
     * <p>A ring that breaks the format is skipped from then on (see {@link #controlFault}); if its
     * slot changes owner, its unread bytes are dropped and it is polled again.
     *
     * <p>Empty rings cost two plain loads each: after one acquire fence per call, a ring whose
     * write and read counters are equal ({@link ControlRingDescriptor#countersDifferPlain}) is skipped without
     * the ownership and attribution loads of the full per-slot work, which only a ring with bytes
     * needs. A slot whose ring is empty needs that work in one case only: its reader marked it
     * detaching right after the producer drained the ring, so no later message will bring the
     * poll back to it; every {@value #FULL_PASS_INTERVAL}th call does the full work on every slot
     * and frees it then (the reaper would too).
     *
     * @return how many messages were delivered
     */
    public int pollControl(ControlHandler handler, int max) {
        Objects.requireNonNull(handler, "handler");
        if (rings.length == 0 || max <= 0) {
            return 0;
        }
        int start = nextPollStart;
        nextPollStart = start + 1 >= count ? 0 : start + 1;
        boolean fullPass = (++polls & (FULL_PASS_INTERVAL - 1)) == 0;
        VarHandle.acquireFence(); // the rings' counters below are read fresh on every poll
        int total = 0;
        for (int k = 0; k < count && total < max; k++) {
            int i = start + k < count ? start + k : start + k - count;
            if (fullPass || ControlRingDescriptor.countersDifferPlain(rings[i].segment(), 0)) {
                total += pollSlot(i, handler, max - total);
            }
        }
        return total;
    }
    private int pollSlot(int index, ControlHandler handler, int max) {
        ControlPoller ring = pollers[index];
        long at = slotOffset(index);
        long id = (long) U64_HANDLE.getAcquire(slots, at + READER_ID_OFFSET);
        if (ring.fault() != ControlPoller.Fault.NONE) {
            if (ring.faultReaderId() == id) {
                completeDetachIfDrained(index, id, ring);
                return 0;
            }
            ring.discardPending(); // a new owner: start it clean
        }
        long limit = rings[index].writeCounterAcquire();
        if ((long) U64_HANDLE.getAcquire(slots, at + READER_ID_OFFSET) != id) {
            return 0; // the owner changed between the loads: attribution is unsure, poll it next time
        }
        long word = table.claimWordAcquire(index);
        if ((id == 0 && inUse(word) != FREE) || isClaimInProgress(word)) {
            return 0; // being claimed, or a claim that died: no sender to name
        }
        int delivered;
        try {
            delivered = ring.pollUpTo(limit, index, id, handler, max);
        } finally {
            if (ring.fault() != ControlPoller.Fault.NONE) {
                faultEvents++; // the ring was clean before this poll: a new fault
            }
        }
        completeDetachIfDrained(index, id, ring);
        return delivered;
    }
    /** Frees a detaching slot once its ring is empty (or faulted: it would never drain). */
    private void completeDetachIfDrained(int index, long id, ControlPoller ring) {
        if (id != 0 && table.isDetaching(index, id) && (ring.fault() != ControlPoller.Fault.NONE || rings[index].isEmpty())) {
            table.free(index, id, true);
        }
    }
    /**
     * Frees the slots whose heartbeat is older than {@code timeoutNanos} (producer thread only),
     * dropping the messages left in their rings. A heartbeat more than
     * {@code max(timeoutNanos, 1 s)} ahead of {@code nowNanos} cannot come from the shared clock
     * and counts as stale too. Also frees detaching slots whose ring has been drained.
     *
     * @param nowNanos     {@link System#nanoTime()}
     * @param timeoutNanos silence after which a reader counts as gone (>= 0)
     * @return how many stale slots were freed
     */
    public int reapStale(long nowNanos, long timeoutNanos) {
        if (timeoutNanos < 0) {
            throw new IllegalArgumentException("[ShmxReapTimeout] reap timeout is " + timeoutNanos
                    + " ns; it must be >= 0 (a reader silent for longer is freed); pass a positive duration");
        }
        long futureTolerance = Math.max(timeoutNanos, MIN_FUTURE_TOLERANCE_NANOS);
        int reaped = 0;
        for (int i = 0; i < count; i++) {
            long at = slotOffset(i);
            long word = table.claimWordAcquire(i);
            long id = (long) U64_HANDLE.getAcquire(slots, at + READER_ID_OFFSET);
            if (inUse(word) == FREE) {
                if (id == 0) {
                    claimSeenAt[i] = 0;
                } else if (unchangedForTimeout(i, word, id, nowNanos, timeoutNanos, futureTolerance)) {
                    table.clearStrayId(i, id);
                }
                continue;
            }
            if (id == 0 || isClaimInProgress(word)) {
                if (reapAbandonedClaim(i, at, word, nowNanos, timeoutNanos, futureTolerance)) {
                    reaped++;
                }
                continue;
            }
            claimSeenAt[i] = 0;
            if (rings.length != 0) {
                completeDetachIfDrained(i, id, pollers[i]);
            }
            long heartbeat = (long) U64_HANDLE.getAcquire(slots, at + HEARTBEAT_OFFSET);
            long age = nowNanos - heartbeat;
            boolean stale = age > timeoutNanos || age < -futureTolerance;
            // Once the heartbeat is 0 the owner's tenure is over: its heartbeat fails from now on.
            // The slot is then freed by whoever wins the id: this reaper, or a claimer that found
            // its heartbeat gone just after publishing its id and gave the slot up itself.
            if (stale && U64_HANDLE.compareAndSet(slots, at + HEARTBEAT_OFFSET, heartbeat, 0L)) {
                table.free(i, id, true);
                reaped++;
                ShmxEvents.readerReaped(channel, i, id, age);
            }
        }
        return reaped;
    }

    /** Whether a claim word is a claim of this library still under way, or a slot being freed or retired. */
    private static boolean isClaimInProgress(long word) {
        int state = state(word);
        return state == STATE_CLAIMING || state == STATE_RETIRING || state == STATE_FREEING;
    }

    /** Names the channel in the Flight Recorder events of this reaper (producer side, at creation). */
    public void channel(String name) {
        this.channel = name;
    }
    /**
     * A slot in use without a reader id, or whose claim word says a claim of this library is under
     * way, is a claim in progress, one whose claimer died (or stalls) half-way, or for a moment a
     * slot being freed ({@link ReaderSlotTable#free} clears the id first). Its age is counted from
     * the first pass of this reaper that saw it so, with the same claim word and heartbeat, never
     * from the heartbeat itself (a freeing reader's last heartbeat may be old); past the timeout
     * it is retired ({@link ReaderSlotTable#retire}), which one CAS of the claim word decides
     * against the claimer's commit or the freeing party's last step.
     */
    private boolean reapAbandonedClaim(int i, long at, long word, long nowNanos, long timeoutNanos,
                                       long futureTolerance) {
        long heartbeat = (long) U64_HANDLE.getAcquire(slots, at + HEARTBEAT_OFFSET);
        return unchangedForTimeout(i, word, heartbeat, nowNanos, timeoutNanos, futureTolerance) && table.retire(i, word);
    }

    /**
     * Whether slot {@code i} showed this claim word and {@code value} on a pass of this reaper
     * longer than the timeout ago and on every pass since (then the record starts over); else
     * notes them, from now if they are new.
     */
    private boolean unchangedForTimeout(int i, long word, long value, long nowNanos, long timeoutNanos,
                                        long futureTolerance) {
        if (claimSeenAt[i] == 0 || claimSeenWord[i] != word || claimSeenValue[i] != value) {
            claimSeenAt[i] = ReaderSlotClaims.clockValue(nowNanos); // not seen before
            claimSeenWord[i] = word;
            claimSeenValue[i] = value;
            return false;
        }
        long age = nowNanos - claimSeenAt[i];
        if (age <= timeoutNanos && age >= -futureTolerance) {
            return false;
        }
        claimSeenAt[i] = 0;
        return true;
    }

    /**
     * How many times {@link #pollControl} found a ring breaking the format (producer side): a
     * caller that compares it with the value it saw last learns cheaply that there is a new
     * fault to report ({@link #controlFault}).
     */
    public long faultEvents() {
        return faultEvents;
    }
    /** Why slot {@code index}'s ring stopped delivering, or {@link ControlPoller.Fault#NONE} (producer side). */
    public ControlPoller.Fault controlFault(int index) {
        Objects.checkIndex(index, count);
        return rings.length == 0 ? ControlPoller.Fault.NONE : pollers[index].fault();
    }
}
