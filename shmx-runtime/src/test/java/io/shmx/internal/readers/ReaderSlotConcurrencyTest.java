package io.shmx.internal.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.internal.control.ControlRing;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Claims, heartbeats, releases and reaps racing each other. Time is a shared counter rather than
 * the wall clock, so which readers are stale is decided by the test, not by the scheduler.
 */
class ReaderSlotConcurrencyTest {
    private static final int SLOTS = 3;

    @Test
    void readersConnectedStaysExactUnderConcurrentClaimsAndReleases() throws InterruptedException {
        int threads = 4;
        int iterations = 20_000;
        try (Arena arena = Arena.ofShared()) {
            MemorySegment header = arena.allocate(128, 64);
            ReaderSlotTable table = new ReaderSlotTable(arena.allocate(SLOTS * 64L, 64), SLOTS, header, 116,
                    new ControlRing[0]);
            AtomicLongArray holder = new AtomicLongArray(SLOTS);
            AtomicLong claims = new AtomicLong();
            AtomicLong releases = new AtomicLong();
            AtomicReference<String> failure = new AtomicReference<>();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < iterations && failure.get() == null; i++) {
                        long id = ThreadLocalRandom.current().nextLong() | 1;
                        int slot = table.claims().claim(id, i + 1);
                        long connected = table.readersConnected();
                        if (connected > SLOTS) {
                            failure.compareAndSet(null, "readers_connected " + connected + " exceeds the slots");
                        }
                        if (slot < 0) {
                            Thread.onSpinWait();
                            continue;
                        }
                        claims.incrementAndGet();
                        if (!holder.compareAndSet(slot, 0, id)) {
                            failure.compareAndSet(null, "slot " + slot + " handed to two readers");
                        }
                        if (!table.claims().frameSeen(slot, id, i, i + 2)) {
                            failure.compareAndSet(null, "owner lost slot " + slot + " without a reaper");
                        }
                        holder.set(slot, 0);
                        if (table.claims().release(slot, id, i + 3) != ReaderSlotClaims.Release.RELEASED) {
                            failure.compareAndSet(null, "release of slot " + slot + " failed");
                        }
                        releases.incrementAndGet();
                    }
                }));
            }
            for (Thread t : workers) {
                t.join(TimeUnit.SECONDS.toMillis(60));
            }
            assertNull(failure.get());
            assertTrue(claims.get() > 0);
            assertEquals(claims.get(), releases.get());
            assertEquals(0, table.readersConnected());
            assertEquals(List.of(), table.snapshot());
        }
    }

    @Test
    void reapedReadersFindOutAndNeverDisturbTheNextOwner() throws InterruptedException {
        long timeout = 1_000_000_000L; // in clock ticks; the clock advances once per reaper pass
        int activeThreads = 2;
        int sleepyThreads = 3;
        int activeRounds = 3_000;
        int sleepyRounds = 300;
        try (Arena arena = Arena.ofShared()) {
            MemorySegment header = arena.allocate(128, 64);
            ReaderSlotTable table = new ReaderSlotTable(arena.allocate(SLOTS * 64L, 64), SLOTS, header, 116,
                    new ControlRing[0]);
            AtomicLong clock = new AtomicLong(10 * timeout);
            AtomicLong claims = new AtomicLong();
            AtomicLong released = new AtomicLong();
            AtomicLong lost = new AtomicLong();
            AtomicLong reaped = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<String> failure = new AtomicReference<>();

            Thread reaper = Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    reaped.addAndGet(table.reaper().reapStale(clock.incrementAndGet(), timeout));
                }
            });
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < activeThreads + sleepyThreads; t++) {
                boolean active = t < activeThreads;
                readers.add(Thread.ofPlatform().start(() -> {
                    int rounds = active ? activeRounds : sleepyRounds;
                    for (int round = 0; round < rounds && failure.get() == null; round++) {
                        long id = ThreadLocalRandom.current().nextLong() | 1;
                        // a sleepy reader's clock reads are long past: the reaper may take its slot at any moment
                        long skew = active ? 0 : 2 * timeout;
                        int slot = table.claims().claim(id, clock.get() - skew);
                        if (slot < 0) {
                            Thread.yield();
                            continue;
                        }
                        claims.incrementAndGet();
                        boolean owner = true;
                        // an active reader beats 20 times; a sleepy one keeps beating, racing the
                        // reaper's CAS on the same word, until it loses the slot (or 5 ms pass)
                        long until = System.nanoTime() + 5_000_000L;
                        for (int beat = 0; active ? beat < 20 : owner && System.nanoTime() < until; beat++) {
                            boolean ok = table.claims().frameSeen(slot, id, beat, clock.get() - skew);
                            if (active && !ok) {
                                failure.compareAndSet(null, "an active reader lost slot " + slot);
                            }
                            if (ok && !owner) {
                                failure.compareAndSet(null, "a reaped reader's heartbeat succeeded again");
                            }
                            owner &= ok;
                        }
                        ReaderSlotClaims.Release r = table.claims().release(slot, id, clock.get() - skew);
                        if (r == ReaderSlotClaims.Release.RELEASED) {
                            if (!owner) {
                                failure.compareAndSet(null, "a reaped reader released a slot");
                            }
                            released.incrementAndGet();
                        } else if (r == ReaderSlotClaims.Release.NOT_OWNER) {
                            if (active) {
                                failure.compareAndSet(null, "an active reader was not the owner at release");
                            }
                            lost.incrementAndGet();
                        } else {
                            failure.compareAndSet(null, "unexpected " + r);
                        }
                    }
                }));
            }
            for (Thread t : readers) {
                t.join(TimeUnit.SECONDS.toMillis(60));
            }
            stop.set(true);
            reaper.join(TimeUnit.SECONDS.toMillis(10));
            assertNull(failure.get());
            assertTrue(reaped.get() > 0, "the race happened");
            assertEquals(claims.get(), released.get() + lost.get(), "every claim ended once");
            // Every reaped owner noticed; the reaps beyond them are claims retired half-way (a sleepy
            // reader's claim carries a clock already past the timeout), which their claimers retried.
            assertTrue(lost.get() <= reaped.get(), "every reap was noticed by its reader: lost " + lost.get()
                    + ", reaped " + reaped.get());
            assertEquals(0, table.readersConnected());
            assertEquals(List.of(), table.snapshot());
        }
    }
}
