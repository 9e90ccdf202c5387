package io.shmx.internal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.BackoffIdleStrategy;
import io.shmx.ControlHandler;
import io.shmx.ControlSendResult;
import io.shmx.IdleStrategy;
import io.shmx.internal.readers.ReaderSlotClaims;
import io.shmx.internal.readers.ReaderSlotTable;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Several readers send through their rings while one producer polls; readers leave and new ones
 * take their slots. Every message must arrive once, complete, in order per sender, and carry the
 * id of the reader that sent it.
 */
class ControlConcurrencyTest {
    private static final int SLOTS = 4;
    private static final int SENDERS = 6; // more than slots: claims fail and slots change owner
    private static final int SESSIONS = 40;
    private static final int MESSAGES_PER_SESSION = 400;
    private static final int CAP = 256; // small: the rings wrap all the time
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /** What a reader id stands for: one attachment of one sender thread. */
    private record Session(int sender, int session) {}

    private static int lengthOf(int seq) {
        return 12 + seq % 37; // 12..48 bytes: records of 32 or 64 bytes
    }

    private static byte patternByte(int sender, int session, int seq, int i) {
        return (byte) (sender * 31 + session * 7 + seq + i);
    }

    @Test
    void everyMessageArrivesOnceInOrderAttributedToItsSender() throws InterruptedException {
        try (Arena arena = Arena.ofShared()) {
            MemorySegment header = arena.allocate(128, 64);
            MemorySegment slotArea = arena.allocate(SLOTS * 64L, 64);
            MemorySegment ringArea = arena.allocate((long) SLOTS * CAP, 64);
            ControlRing[] rings = ControlRing.sliceAll(ringArea, 0, CAP, CAP, SLOTS);
            ReaderSlotTable table = new ReaderSlotTable(slotArea, SLOTS, header, 116, rings);

            Map<Long, Session> sessions = new ConcurrentHashMap<>();
            Map<Session, Integer> nextSeq = new ConcurrentHashMap<>();
            AtomicReference<String> failure = new AtomicReference<>();
            AtomicInteger sendersDone = new AtomicInteger();

            ControlHandler check = (slot, readerId, type, data) -> {
                Session s = sessions.get(readerId);
                if (s == null) {
                    failure.compareAndSet(null, "message in slot " + slot + " attributed to unknown id " + readerId);
                    return;
                }
                int seq = data.get(INT, 0);
                int sender = data.get(INT, 4);
                int session = data.get(INT, 8);
                int expected = nextSeq.getOrDefault(s, 0);
                if (sender != s.sender() || session != s.session()) {
                    failure.compareAndSet(null, "message of " + sender + "/" + session + " attributed to " + s);
                } else if (seq != expected) {
                    failure.compareAndSet(null, s + ": got seq " + seq + ", expected " + expected);
                } else if (type != 0x3000 + seq % 5 || data.byteSize() != lengthOf(seq)) {
                    failure.compareAndSet(null, s + " seq " + seq + ": type " + type + " length " + data.byteSize());
                } else {
                    for (int i = 12; i < data.byteSize(); i++) {
                        if (data.get(ValueLayout.JAVA_BYTE, i) != patternByte(sender, session, seq, i)) {
                            failure.compareAndSet(null, s + " seq " + seq + ": byte " + i + " differs");
                            break;
                        }
                    }
                }
                nextSeq.put(s, seq + 1);
            };

            List<Thread> senders = new ArrayList<>();
            for (int t = 0; t < SENDERS; t++) {
                int sender = t;
                senders.add(Thread.ofPlatform().name("sender-" + t).start(() -> {
                    IdleStrategy idle = new BackoffIdleStrategy(10, 50, 5, 1_000, 100_000);
                    byte[] buffer = new byte[64];
                    MemorySegment out = MemorySegment.ofArray(buffer);
                    try {
                        for (int session = 0; session < SESSIONS && failure.get() == null; session++) {
                            long id = ThreadLocalRandom.current().nextLong() | 1;
                            sessions.put(id, new Session(sender, session));
                            int slot;
                            while ((slot = table.claims().claim(id, System.nanoTime())) < 0 && failure.get() == null) {
                                idle.idle();
                            }
                            if (slot < 0) {
                                return;
                            }
                            idle.reset();
                            for (int seq = 0; seq < MESSAGES_PER_SESSION; seq++) {
                                int length = lengthOf(seq);
                                out.set(INT, 0, seq);
                                out.set(INT, 4, sender);
                                out.set(INT, 8, session);
                                for (int i = 12; i < length; i++) {
                                    buffer[i] = patternByte(sender, session, seq, i);
                                }
                                ControlSendResult res;
                                while ((res = rings[slot].sender().send(0x3000 + seq % 5, buffer, 0, length)) == ControlSendResult.FULL
                                        && failure.get() == null) {
                                    idle.idle();
                                }
                                idle.reset();
                                if (res == ControlSendResult.FULL) {
                                    return; // the producer stopped after a failure
                                }
                                if (res != ControlSendResult.SENT) {
                                    failure.compareAndSet(null, "send returned " + res);
                                }
                                if (!table.claims().heartbeat(slot, id, System.nanoTime())) {
                                    failure.compareAndSet(null, "sender " + sender + " lost its slot");
                                }
                            }
                            ReaderSlotClaims.Release release = table.claims().release(slot, id, System.nanoTime());
                            if (release == ReaderSlotClaims.Release.NOT_OWNER) {
                                failure.compareAndSet(null, "sender " + sender + " was not the owner at release");
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e.toString());
                    } finally {
                        sendersDone.incrementAndGet();
                    }
                }));
            }

            IdleStrategy idle = new BackoffIdleStrategy(10, 50, 5, 1_000, 100_000);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (failure.get() == null && System.nanoTime() < deadline
                    && (sendersDone.get() < SENDERS || table.readersConnected() != 0)) {
                idle.idle(table.reaper().pollControl(check, 16));
            }
            for (Thread t : senders) {
                t.join(TimeUnit.SECONDS.toMillis(10));
            }
            assertNull(failure.get());
            assertTrue(System.nanoTime() < deadline, "finished in time");
            assertEquals(SENDERS * SESSIONS, nextSeq.size(), "every session was seen");
            nextSeq.forEach((s, n) -> assertEquals(MESSAGES_PER_SESSION, n, s + " delivered completely"));
            assertEquals(0, table.readersConnected());
            assertEquals(List.of(), table.snapshot());
            for (ControlRing ring : rings) {
                assertTrue(ring.isEmpty());
                assertEquals(ControlPoller.Fault.NONE, ring.poller().fault());
            }
        }
    }
}
