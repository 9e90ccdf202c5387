package io.shmx;

import io.shmx.internal.readers.ReaderSlotClaims;
import io.shmx.internal.readers.ReaderSlotTable;
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
 * store: a send holds {@link #SENDING} ({@link #enterSending}); a change of the seat or of the
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

    private final String what;
    @SuppressWarnings("unused") // accessed through GUARD
    private volatile int guard;
    private volatile Seat seat;
    private volatile int reclaims; // written under the guard by either thread

    ClientSlot(String what) {
        this.what = what;
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

    /** Takes the guard for a send: fails on an overlapping send, waits while the seat or region changes (short). */
    void enterSending() {
        while (true) {
            int witness = (int) GUARD.compareAndExchange(this, FREE, SENDING);
            if (witness == FREE) {
                return;
            }
            if (witness == SENDING) {
                throw new IllegalStateException(what + ": two threads sent through this client at the same time; its "
                        + "control ring has a single writer, so this message was not sent. Send from one thread, "
                        + "guard sendControl with a lock, or open one ShmxClient per sending thread");
            }
            Thread.onSpinWait(); // MOVING: the reading thread is moving to a new slot or region
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
        return fresh;
    }

    /**
     * Leaves a slot. Unread messages in its ring keep it held (detaching) until the producer has
     * polled them, so they stay attributed to this reader. Skipped when the file shrank
     * (read-modify-writes on a truncated mapping can crash the JVM).
     */
    static void release(Seat s) {
        if (!s.seated() || !s.mapped().isBacked()) {
            return;
        }
        // truncated between the check and the release: the slot is gone with the region
        MappingFaults.ignoring(() -> s.claims().release(s.index(), s.id(), System.nanoTime()));
    }
}
