package io.shmx;

import io.shmx.internal.jfr.ShmxEvents;
import io.shmx.internal.readers.ReaderSlotClaims;
import io.shmx.internal.readers.ReaderSlotTable;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.region.MappedRegion;
import io.shmx.internal.wire.MappingFaults;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The reader slot a {@link ShmxClient} holds, shared by its reading thread and a sending thread:
 * which slot of which region ({@link Seat}), the guard that serialises changing it against sends,
 * and taking a new slot when the producer's reaper took the old one.
 *
 * <p>Guard protocol. {@code guard} is taken with a CAS (volatile) and released with a release
 * store: a send holds {@link #SENDING} ({@link #enterSending}, which waits for another thread's
 * send); a change of the seat or of the
 * region holds {@link #MOVING} ({@link #tryEnterMoving}, {@link #enterMovingForClose}). {@code seat}
 * is volatile: written only while holding the guard, read by the reading thread's hot path without
 * it (a stale seat only makes a heartbeat fail, which then re-reads it under the guard).
 */
final class ClientSlot {
    /** Nobody is sending or changing the seat. */
    private static final int FREE = 0;
    /** A send is in progress. */
    private static final int SENDING = 1;
    /** The reading thread (or close) is changing the seat or the region. */
    private static final int MOVING = 2;
    /** Rounds a waiting sender spins before it starts yielding between tries. */
    private static final int SEND_SPINS = 100;
    private static final VarHandle GUARD;

    static {
        try {
            GUARD = MethodHandles.lookup().findVarHandle(ClientSlot.class, "guard", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The reader slot held: the slot table of the region it belongs to and its reader side, the
     * slot index (-1 when the client lost its slot and found no free one) and the reader id.
     */
    record Seat(MappedRegion mapped, ReaderSlotTable table, ReaderSlotClaims claims, int index, long id) {
        boolean seated() {
            return index >= 0;
        }
    }

    private final String name;
    private final String what;
    @SuppressWarnings("unused") // accessed through GUARD
    private volatile int guard;
    private volatile Seat seat;
    private volatile int reclaims; // written under the guard by either thread

    ClientSlot(String name, String what) {
        this.name = name;
        this.what = what;
    }

    /** The channel's name (for events). */
    String name() {
        return name;
    }

    /** The seat now (volatile read, no guard). */
    Seat seat() {
        return seat;
    }

    /** How many times a reaped slot was replaced by a new one. */
    int reclaims() {
        return reclaims;
    }

    /**
     * Claims a free slot of {@code table} under a new reader id (the caller holds the guard or
     * constructs the client) and makes it this client's seat.
     *
     * @throws ReaderSlotsFullException if every slot is in use
     */
    void claim(MappedRegion m, ReaderSlotTable table) {
        long id = newReaderId();
        int index = table.claims().claim(id, System.nanoTime());
        if (index < 0) {
            throw new ReaderSlotsFullException(what + ": all " + table.slotCount() + " reader slots are in use; "
                    + "close an idle reader, let the producer reap stale ones (ShmxServer.reapStaleReaders), or "
                    + "create the channel with ChannelConfig.withReaderSlots(" + Math.max(table.slotCount() * 2, 1)
                    + ")");
        }
        seat = new Seat(m, table, table.claims(), index, id);
    }

    /** A random non-zero reader id; the process id is mixed in so two processes seeded alike still differ. */
    private static long newReaderId() {
        long pidMix = ProcessHandle.current().pid() * 0x9E3779B97F4A7C15L;
        long id;
        do {
            id = ThreadLocalRandom.current().nextLong() ^ pidMix;
        } while (id == 0);
        return id;
    }

    // ------------------------------------------------------------------ the guard

    /** The reading thread takes the guard to move; false when a send holds it (try again later). */
    boolean tryEnterMoving() {
        return GUARD.compareAndSet(this, FREE, MOVING);
    }

    /** Close takes the guard, waiting for a send in progress to end. */
    void enterMovingForClose() {
        while (!GUARD.compareAndSet(this, FREE, MOVING)) {
            Thread.yield();
        }
    }

    /**
     * Takes the guard for a send. Uncontended: one compare-and-set. While another thread's send
     * holds it (a copy into the ring, no system call) or the reading thread is moving to a new slot
     * or region, waits: spins on a plain read of the guard for {@link #SEND_SPINS} rounds, then
     * yields the CPU between tries, so a sender whose peer lost its CPU mid-send does not burn a core.
     */
    void enterSending() {
        int spins = 0;
        while ((int) GUARD.getOpaque(this) != FREE
                || (int) GUARD.compareAndExchange(this, FREE, SENDING) != FREE) {
            if (++spins < SEND_SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    /** Releases the guard (release store). */
    void exit() {
        GUARD.setRelease(this, FREE);
    }

    // ------------------------------------------------------------------ losing and regaining the slot

    /**
     * The reading thread found its heartbeat refused: take a new slot unless a send is doing it
     * right now (then the next call sees the send's new seat). Returns the seat to use.
     */
    Seat reseatFromReader(Seat lost) {
        if (!tryEnterMoving()) {
            return lost;
        }
        try {
            return reseatHeld(lost);
        } finally {
            exit();
        }
    }

    /**
     * With the guard held: if {@code lost} is still this client's seat and the slot no longer holds
     * its id (reaped), claims a free slot under a new id. A heartbeat can also fail because the
     * reading and the sending thread raced on it; the slot is then still ours and is kept.
     *
     * @return the seat to use
     * @throws ReaderSlotsFullException if the slot was lost and no slot is free
     */
    Seat reseatHeld(Seat lost) {
        Seat current = seat;
        if (current != lost) {
            return current;
        }
        if (current.seated() && current.claims().isOwner(current.index(), current.id())) {
            return current;
        }
        if (!current.mapped().isBacked()) {
            throw new RegionTruncatedException(what + ": the region file was truncated or re-created smaller "
                    + "while mapped; its producer re-created or removed it; re-open the channel");
        }
        long id = newReaderId();
        int index = current.claims().claim(id, System.nanoTime());
        if (index < 0) {
            if (current.seated()) {
                seat = new Seat(current.mapped(), current.table(), current.claims(), -1, 0);
            }
            throw new ReaderSlotsFullException(what + ": this reader lost its reader slot (it was silent for longer "
                    + "than the producer's reap timeout) and all " + current.table().slotCount() + " slots are "
                    + "in use now; the next call tries again. Call the client more often than the reap timeout, "
                    + "raise the timeout, or create the channel with more reader slots (ChannelConfig.withReaderSlots)");
        }
        Seat fresh = new Seat(current.mapped(), current.table(), current.claims(), index, id);
        seat = fresh;
        reclaims = reclaims + 1; // under the guard: no lost update
        ShmxEvents.readerReattached(name, index, id, current.index(), current.id(), reclaims);
        return fresh;
    }

    /**
     * Leaves a slot. Under a producer of this library, unread messages in its ring keep it held
     * (detaching) until the producer has polled them, so they stay attributed to this reader; a 2.0
     * producer never completes that, so under one the slot is freed now. Skipped when the file
     * shrank (read-modify-writes on a truncated mapping can crash the JVM).
     */
    static void release(Seat s) {
        if (!s.seated() || !s.mapped().isBacked()) {
            return;
        }
        // truncated between the check and the release: the slot is gone with the region
        MappingFaults.ignoring(() -> s.claims().release(s.index(), s.id(), System.nanoTime(),
                (GlobalHeaderDescriptor.extFlagsAcquire(s.mapped().segment()) & GlobalHeaderDescriptor.FLAG_SEQLOCK) != 0));
    }
}
