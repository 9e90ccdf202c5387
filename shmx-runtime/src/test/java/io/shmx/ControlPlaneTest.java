package io.shmx;

import io.shmx.testing.RawRings;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/** Control messages, reader slots and reaping through the public API, producer and readers in one JVM. */
class ControlPlaneTest {
    @RegisterExtension
    static final ShmNames NAMES = new ShmNames("cp");
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "id", DType.U64, 1));
    static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final int T = TlvType.CONTROL_USER;
    static final long MINUTE = 60_000_000_000L;
    static final long SECOND = 1_000_000_000L;

    static ShmxServer server(ChannelConfig cfg) {
        return ShmxServer.create(NAMES.next(), cfg, STREAMS);
    }

    static void publish(ShmxServer s, long value) {
        s.beginFrame().append(1, new long[]{value}, 1).publish(value);
    }

    static byte[] bytes(int length, int seed) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (seed * 31 + i * 7);
        }
        return b;
    }

    static List<ControlMessage> from(List<ControlMessage> all, long readerId) {
        return all.stream().filter(m -> m.readerId() == readerId).toList();
    }

    @Test
    void messagesArriveCopiedInOrderWithTheirSender() {
        try (ShmxServer s = server(ChannelConfig.defaults()); ShmxClient a = ShmxClient.open(s.name());
             ShmxClient b = ShmxClient.open(s.name())) {
            assertEquals(ControlSendResult.SENT, a.sendControl(T, bytes(5, 1)));
            assertEquals(ControlSendResult.SENT, b.sendControl(T + 1, MemorySegment.ofArray(bytes(17, 2))));
            assertEquals(ControlSendResult.SENT, a.sendControlEmpty(T + 2));
            List<ControlMessage> got = s.pollControl(10);
            assertEquals(3, got.size());
            List<ControlMessage> fromA = from(got, a.readerId());
            assertEquals(2, fromA.size());
            assertEquals(T, fromA.get(0).type());
            assertArrayEquals(bytes(5, 1), fromA.get(0).data());
            assertEquals(T + 2, fromA.get(1).type());
            assertArrayEquals(new byte[0], fromA.get(1).data());
            assertTrue(fromA.stream().allMatch(m -> m.readerIndex() == a.readerIndex()));
            List<ControlMessage> fromB = from(got, b.readerId());
            assertEquals(1, fromB.size());
            assertEquals(b.readerIndex(), fromB.getFirst().readerIndex());
            assertArrayEquals(bytes(17, 2), fromB.getFirst().data());
            assertEquals(List.of(), s.pollControl(10), "consumed");

            for (int k = 0; k < 5; k++) {
                a.sendControl(T, bytes(4, k));
            }
            List<Integer> seeds = new ArrayList<>();
            ControlHandler h = (index, readerId, type, data) -> {
                assertTrue(data.isReadOnly(), "handlers get read-only views");
                assertEquals(a.readerId(), readerId);
                seeds.add((int) data.get(ValueLayout.JAVA_BYTE, 0));
            };
            assertEquals(2, s.pollControl(h, 2), "at most maxMessages");
            assertEquals(3, s.pollControl(h, 10));
            assertEquals(List.of(0, 31, 62, 93, (int) (byte) 124), seeds, "in the order sent");
            assertEquals(0, s.pollControl(h, 0));
            assertEquals(List.of(), s.controlFaults());
        }
    }

    @Test
    void misuseFailsClearly() {
        try (ShmxServer s = server(ChannelConfig.defaults()); ShmxClient c = ShmxClient.open(s.name())) {
            InvalidArgumentException zero = assertThrows(InvalidArgumentException.class, () -> c.sendControl(0, new byte[1]));
            assertTrue(zero.getMessage().contains("padding"), zero.getMessage());
            assertThrows(InvalidArgumentException.class, () -> c.sendControl(T, (byte[]) null));
            assertThrows(InvalidArgumentException.class, () -> c.sendControl(T, (MemorySegment) null));
            assertThrows(InvalidArgumentException.class, () -> s.pollControl(null, 1));
            assertThrows(InvalidArgumentException.class, () -> s.pollControl(-1));
            assertThrows(InvalidArgumentException.class, () -> s.reapStaleReaders(Duration.ofSeconds(-1)));
            assertThrows(InvalidArgumentException.class, () -> s.reapStaleReaders(null));
            assertThrows(InvalidArgumentException.class, () -> s.reapStaleReaders(0, -1));
            assertEquals(0, s.reapStaleReaders(Duration.ofSeconds(Long.MAX_VALUE)), "saturates instead of overflowing");
            assertThrows(InvalidArgumentException.class, () -> c.awaitNext(null));
            assertThrows(InvalidArgumentException.class, () -> c.awaitNext(Duration.ZERO, null));
        }
        try (ShmxServer s = server(ChannelConfig.defaults().withControlPerReader(0));
             ShmxClient c = ShmxClient.open(s.name())) {
            assertEquals(ControlSendResult.NO_CONTROL_RING, c.sendControl(T, new byte[3]));
            assertEquals(ControlSendResult.NO_CONTROL_RING, c.sendControlEmpty(T));
            assertEquals(0, s.pollControl((i, id, t, d) -> fail("no rings"), 10));
            assertEquals(List.of(), s.pollControl(10));
            try (ShmxInspector in = ShmxInspector.open(s.name())) {
                assertEquals(List.of(), in.pendingControl());
            }
        }
    }

    @Test
    void wrapAroundWritesThePaddingRecordTheSpecPrescribes() {
        // control_per_reader 64: a 48-byte message area
        try (ShmxServer s = server(ChannelConfig.defaults().withControlPerReader(64));
             ShmxClient c = ShmxClient.open(s.name());
             RawRings raw = new RawRings(s.file(), s.headerInfo())) {
            int i = c.readerIndex();
            assertEquals(48, raw.area());
            assertEquals(ControlSendResult.SENT, c.sendControl(T, bytes(20, 1))); // record of 32 bytes
            assertEquals(32, raw.writeCounter(i));
            assertEquals(1, s.pollControl(10).size());
            assertEquals(32, raw.readCounter(i));
            // 16 bytes left before the end, the next record needs 32: padding, then the record at 0
            assertEquals(ControlSendResult.SENT, c.sendControl(T + 1, bytes(16, 2)));
            assertEquals(0, raw.typeAt(i, 32), "padding record");
            assertEquals(8, raw.lengthAt(i, 32), "length = bytes to the end - 8");
            assertEquals(T + 1, raw.typeAt(i, 0));
            assertEquals(16, raw.lengthAt(i, 0));
            assertEquals(48 + 32, raw.writeCounter(i), "w counts the padding too");
            try (ShmxInspector in = ShmxInspector.open(s.name())) {
                List<ControlMessage> pending = in.pendingControl();
                assertEquals(1, pending.size());
                assertArrayEquals(bytes(16, 2), pending.getFirst().data());
                assertEquals(c.readerId(), pending.getFirst().readerId());
            }
            List<ControlMessage> got = s.pollControl(10);
            assertEquals(1, got.size(), "the padding is skipped, not delivered");
            assertEquals(T + 1, got.getFirst().type());
            assertArrayEquals(bytes(16, 2), got.getFirst().data());
            assertEquals(80, raw.readCounter(i));
        }
    }

    @Test
    void aFullRingReturnsFullAndCorruptsNothing() {
        // control_per_reader 128: a 112-byte area holds three 32-byte records
        try (ShmxServer s = server(ChannelConfig.defaults().withControlPerReader(128));
             ShmxClient c = ShmxClient.open(s.name());
             RawRings raw = new RawRings(s.file(), s.headerInfo())) {
            int i = c.readerIndex();
            for (int k = 0; k < 3; k++) {
                assertEquals(ControlSendResult.SENT, c.sendControl(T, bytes(24, k)));
            }
            long w = raw.writeCounter(i);
            byte[] ringBefore = ringBytes(s, i);
            assertEquals(ControlSendResult.FULL, c.sendControl(T, bytes(24, 9)));
            assertEquals(ControlSendResult.FULL, c.sendControl(T, new byte[9]), "a 32-byte record, 16 bytes left");
            assertEquals(ControlSendResult.TOO_LARGE, c.sendControl(T, new byte[105]), "can never fit 112 - 8");
            assertEquals(w, raw.writeCounter(i));
            assertArrayEquals(ringBefore, ringBytes(s, i), "a refused send writes nothing");
            assertEquals(ControlSendResult.SENT, c.sendControlEmpty(T + 1), "an empty message needs only 16");
            assertEquals(ControlSendResult.FULL, c.sendControlEmpty(T + 1), "now the ring is full to the byte");
            List<ControlMessage> got = s.pollControl(10);
            assertEquals(4, got.size());
            for (int k = 0; k < 3; k++) {
                assertArrayEquals(bytes(24, k), got.get(k).data());
            }
            assertEquals(T + 1, got.get(3).type());
            assertEquals(0, got.get(3).data().length);
            assertEquals(ControlSendResult.SENT, c.sendControl(T, bytes(24, 4)), "room again after the poll");
            assertArrayEquals(bytes(24, 4), s.pollControl(10).getFirst().data());
        }
    }

    private static byte[] ringBytes(ShmxServer s, int slot) {
        HeaderInfo h = s.headerInfo();
        try {
            byte[] all = java.nio.file.Files.readAllBytes(s.file());
            int from = (int) (h.controlOffset() + slot * h.controlStride());
            return Arrays.copyOfRange(all, from, from + (int) h.controlPerReader());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Ways a broken peer can write its ring. */
    enum Hostile {
        /** A length near 2^32 (it crashes the original's server). */
        LENGTH_NEAR_2_POW_32,
        /** A length that runs past the ring's end. */
        LENGTH_PAST_RING_END,
        /** A record longer than what the write counter published. */
        RECORD_PAST_WRITE_COUNTER,
        /** w - r larger than the ring. */
        COUNTERS_INCONSISTENT;

        void write(RawRings raw, int slot) {
            switch (this) {
                case LENGTH_NEAR_2_POW_32 -> raw.appendHeader(slot, T, 0xFFFF_FFF8, 16);
                case LENGTH_PAST_RING_END -> raw.appendHeader(slot, T, (int) raw.area(), 16);
                case RECORD_PAST_WRITE_COUNTER -> raw.appendHeader(slot, T, 64, 16);
                case COUNTERS_INCONSISTENT -> raw.writeCounter(slot, raw.readCounter(slot) + raw.area() + 32);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Hostile.class)
    void aBrokenRingIsReportedAndTheOtherReadersAreStillServed(Hostile hostile) {
        try (ShmxServer s = server(ChannelConfig.defaults().withControlPerReader(256));
             ShmxClient a = ShmxClient.open(s.name()); ShmxClient broken = ShmxClient.open(s.name());
             ShmxClient c = ShmxClient.open(s.name());
             RawRings raw = new RawRings(s.file(), s.headerInfo())) {
            int b = broken.readerIndex();
            long brokenId = broken.readerId();
            assertEquals(ControlSendResult.SENT, broken.sendControl(T, bytes(8, 7)));
            hostile.write(raw, b);
            for (int round = 0; round < 3; round++) {
                assertEquals(ControlSendResult.SENT, a.sendControl(T, bytes(10, round)));
                assertEquals(ControlSendResult.SENT, c.sendControl(T, bytes(40, round)));
                List<ControlMessage> got = s.pollControl(100);
                assertEquals(1, from(got, a.readerId()).size(), hostile + " round " + round);
                assertArrayEquals(bytes(10, round), from(got, a.readerId()).getFirst().data());
                assertArrayEquals(bytes(40, round), from(got, c.readerId()).getFirst().data());
                for (ControlMessage m : from(got, brokenId)) {
                    assertArrayEquals(bytes(8, 7), m.data(), "only the sound record before the broken one");
                }
                assertEquals(List.of(b), s.controlFaults().stream().map(ControlFault::readerIndex).toList());
                assertEquals(brokenId, s.controlFaults().getFirst().readerId());
            }
            ControlHandler ignore = (index, readerId, type, data) -> { };
            long before = io.shmx.testing.Allocations.currentThread();
            for (int k = 0; k < 1000; k++) {
                s.pollControl(ignore, 64);
            }
            long allocated = io.shmx.testing.Allocations.currentThread() - before;
            assertTrue(allocated < 4096, "polls past a broken ring allocated " + allocated + " bytes");
            try (ShmxInspector in = ShmxInspector.open(s.name())) {
                assertTrue(in.pendingControl().stream().allMatch(m -> m.readerId() == brokenId),
                        "the inspector's peek stops at the broken record too");
            }
            // the broken reader leaves: its slot is freed at the next poll and a new reader starts clean
            broken.close();
            s.pollControl(100);
            assertEquals(2, s.headerInfo().readersConnected());
            assertEquals(List.of(), s.controlFaults());
            try (ShmxClient d = ShmxClient.open(s.name())) {
                assertEquals(b, d.readerIndex());
                assertEquals(ControlSendResult.SENT, d.sendControl(T + 5, bytes(3, 3)));
                List<ControlMessage> got = s.pollControl(100);
                assertEquals(1, got.size());
                assertEquals(d.readerId(), got.getFirst().readerId());
                assertArrayEquals(bytes(3, 3), got.getFirst().data());
            }
        }
    }

    @Test
    void aMessageSentJustBeforeCloseIsAttributedToItsSender() {
        try (ShmxServer s = server(ChannelConfig.defaults())) {
            ShmxClient c = ShmxClient.open(s.name());
            long id = c.readerId();
            int index = c.readerIndex();
            assertEquals(ControlSendResult.SENT, c.sendControl(T, "bye".getBytes()));
            assertEquals(ControlSendResult.SENT, c.sendControlEmpty(T + 1));
            c.close();
            assertEquals(1, s.headerInfo().readersConnected(), "held until its messages are polled");
            assertEquals(id, s.snapshotReaders().getFirst().readerId());
            List<ControlMessage> got = s.pollControl(10);
            assertEquals(2, got.size());
            for (ControlMessage m : got) {
                assertEquals(id, m.readerId(), "the sender, not reader 0");
                assertEquals(index, m.readerIndex());
            }
            assertArrayEquals("bye".getBytes(), got.getFirst().data());
            assertEquals(0, s.headerInfo().readersConnected(), "freed once drained");
            assertEquals(List.of(), s.snapshotReaders());

            ShmxClient quiet = ShmxClient.open(s.name());
            quiet.close();
            assertEquals(0, s.headerInfo().readersConnected(), "nothing unread: freed at once");
        }
    }

    @Test
    void aReapedReaderTakesANewSlotAndNeverFreesTheSlotOfTheReaderThatGotItsOldOne() {
        try (ShmxServer s = server(ChannelConfig.defaults().withReaderSlots(3)); ShmxClient a = ShmxClient.open(s.name())) {
            publish(s, 1);
            assertEquals(1, a.latest().frameId());
            long oldId = a.readerId();
            int oldIndex = a.readerIndex();
            assertEquals(0, s.reapStaleReaders(Duration.ofSeconds(30)), "a reader that just read is fresh");
            assertEquals(1, s.reapStaleReaders(System.nanoTime() + MINUTE, SECOND), "a minute of silence");
            assertEquals(0, s.headerInfo().readersConnected());
            try (ShmxClient b = ShmxClient.open(s.name())) {
                assertEquals(oldIndex, b.readerIndex(), "the freed slot is reused");
                publish(s, 2);
                assertEquals(2, a.latest().frameId(), "a reaped reader still reads");
                long deadline = System.nanoTime() + 5 * SECOND;
                while (a.readerId() == oldId && System.nanoTime() - deadline < 0) {
                    assertEquals(2, a.latest().frameId());
                }
                assertNotEquals(oldId, a.readerId(), "a notices at its next heartbeat and carries on");
                assertNotEquals(oldIndex, a.readerIndex());
                assertEquals(1, a.slotReclaims());
                assertEquals(2, s.headerInfo().readersConnected());
                ReaderInfo ra = s.snapshotReaders().stream().filter(r -> r.index() == a.readerIndex()).findFirst()
                        .orElseThrow();
                assertEquals(a.readerId(), ra.readerId());
                assertEquals(2, ra.lastFrameSeen());
                assertEquals(b.readerId(), s.snapshotReaders().stream().filter(r -> r.index() == oldIndex)
                        .findFirst().orElseThrow().readerId());

                assertEquals(ControlSendResult.SENT, a.sendControl(T, bytes(2, 2)));
                ControlMessage m = s.pollControl(10).getFirst();
                assertEquals(a.readerId(), m.readerId());
                assertEquals(a.readerIndex(), m.readerIndex());

                a.close();
                assertEquals(1, s.headerInfo().readersConnected());
                assertEquals(List.of(b.readerId()), s.snapshotReaders().stream().map(ReaderInfo::readerId).toList());
            }
        }
    }

    @Test
    void aReapedReaderThatClosesOrSendsBeforeReadingLeavesTheNewOwnerAlone() {
        try (ShmxServer s = server(ChannelConfig.defaults().withReaderSlots(2))) {
            ShmxClient a = ShmxClient.open(s.name());
            ShmxClient sender = ShmxClient.open(s.name());
            assertEquals(2, s.reapStaleReaders(System.nanoTime() + MINUTE, SECOND));
            try (ShmxClient b = ShmxClient.open(s.name())) {
                assertEquals(ControlSendResult.SENT, sender.sendControl(T, bytes(6, 6)), "re-seats on send");
                assertEquals(1, sender.slotReclaims());
                ControlMessage m = s.pollControl(10).getFirst();
                assertEquals(sender.readerId(), m.readerId());
                a.close(); // its old slot is b's now: release must not touch it
                assertEquals(2, s.headerInfo().readersConnected());
                assertTrue(s.snapshotReaders().stream().anyMatch(r -> r.readerId() == b.readerId()));
                sender.close();
                assertEquals(1, s.headerInfo().readersConnected());
            }
        }
    }

    @Test
    void aReapedReaderWithNoFreeSlotFailsClearlyAndRecoversWhenOneIsFree() {
        try (ShmxServer s = server(ChannelConfig.defaults().withReaderSlots(1)); ShmxClient a = ShmxClient.open(s.name())) {
            assertEquals(1, s.reapStaleReaders(System.nanoTime() + MINUTE, SECOND));
            try (ShmxClient b = ShmxClient.open(s.name())) {
                publish(s, 1);
                ReaderSlotsFullException e = assertThrows(ReaderSlotsFullException.class, a::latest);
                assertTrue(e.getMessage().contains("lost its reader slot") && e.getMessage().contains("reap timeout"),
                        e.getMessage());
                assertEquals(-1, a.readerIndex());
                assertEquals(0, a.readerId());
                assertThrows(ReaderSlotsFullException.class, () -> a.sendControl(T, new byte[1]));
                assertEquals(List.of(b.readerId()), s.snapshotReaders().stream().map(ReaderInfo::readerId).toList());
                assertEquals(1, s.headerInfo().readersConnected());
            }
            publish(s, 2);
            assertEquals(2, a.latest().frameId());
            assertEquals(0, a.readerIndex());
            assertEquals(1, s.headerInfo().readersConnected());
        }
    }

    @Test
    void sendsFromSeveralThreadsOfOneClientAllArriveCompleteAndInOrderPerThread() throws Exception {
        int threads = 3;
        int perThread = 20_000;
        try (ShmxServer s = server(ChannelConfig.defaults().withControlPerReader(1024));
             ShmxClient c = ShmxClient.open(s.name())) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> senders = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                senders.add(Thread.ofPlatform().start(() -> {
                    byte[] msg = new byte[4 + thread * 20];
                    try {
                        for (int k = 0; k < perThread; ) {
                            MemorySegment.ofArray(msg).set(I32, 0, k);
                            if (c.sendControl(T + thread, msg) == ControlSendResult.SENT) {
                                k++;
                            } else {
                                Thread.onSpinWait(); // FULL: the producer has not polled yet
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }));
            }
            int[] next = new int[threads];
            long deadline = System.nanoTime() + 60 * SECOND;
            ControlHandler check = (index, readerId, type, data) -> {
                int thread = type - T;
                assertEquals(4 + thread * 20, data.byteSize(), "complete message");
                assertEquals(next[thread], data.get(I32, 0), "in order per thread");
                next[thread]++;
            };
            while (Arrays.stream(next).sum() < threads * perThread && failure.get() == null
                    && System.nanoTime() < deadline) {
                if (s.pollControl(check, 256) == 0) {
                    Thread.onSpinWait();
                }
            }
            for (Thread t : senders) {
                t.join(Duration.ofSeconds(10));
            }
            assertNull(failure.get(), () -> "a send failed: " + failure.get());
            int[] expected = new int[threads];
            Arrays.fill(expected, perThread);
            assertArrayEquals(expected, next, "every message of every thread arrived");
            assertEquals(List.of(), s.controlFaults());
        }
    }

    @Test
    void awaitNextIdlesWithTheGivenStrategyAndWakesForANewFrame() throws Exception {
        try (ShmxServer s = server(ChannelConfig.defaults()); ShmxClient c = ShmxClient.open(s.name())) {
            int[] calls = new int[2];
            IdleStrategy counting = new IdleStrategy() {
                @Override
                public void idle() {
                    calls[0]++;
                    Thread.yield();
                }

                @Override
                public void reset() {
                    calls[1]++;
                }
            };
            assertNull(c.awaitNext(Duration.ofMillis(20), counting));
            assertTrue(calls[0] > 0, "idled while waiting");
            assertEquals(1, calls[1], "reset once at the start");

            Thread producer = Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                publish(s, 7);
            });
            Frame f = c.awaitNext(Duration.ofSeconds(30));
            producer.join();
            assertNotNull(f);
            assertEquals(7L, f.stream(1).get(I64, 0));

            Thread.currentThread().interrupt();
            long t0 = System.nanoTime();
            assertNull(c.awaitNext(Duration.ofSeconds(30)), "an interrupt ends the wait");
            assertTrue(System.nanoTime() - t0 < 10 * SECOND);
            assertTrue(Thread.interrupted(), "the interrupt status is kept");
        }
    }

    @Test
    void nextCountsExactlyTheFramesALappedReaderMissed() {
        int slots = 4;
        try (ShmxServer s = server(ChannelConfig.defaults().withSlots(slots)); ShmxClient c = ShmxClient.open(s.name())) {
            java.util.Random rnd = new java.util.Random(42);
            long published = 0;
            long last = 0;
            long delivered = 0;
            long missed = 0;
            for (int round = 0; round < 300; round++) {
                int burst = rnd.nextInt(3 * slots);
                for (int k = 0; k < burst; k++) {
                    publish(s, ++published);
                }
                int reads = rnd.nextInt(slots + 2);
                for (int k = 0; k < reads; k++) {
                    Frame f = c.next();
                    if (f == null) {
                        assertEquals(published, last, "null only when nothing is new");
                        break;
                    }
                    long oldestInRing = Math.max(1, published - slots + 1);
                    long want = Math.max(last + 1, oldestInRing);
                    assertEquals(want, f.frameId(), "the oldest frame not yet returned");
                    assertEquals(want, f.stream(1).get(I64, 0));
                    assertEquals(want - last - 1, f.missedBefore(), "exactly the frames overwritten since the reader attached");
                    missed += f.missedBefore();
                    delivered++;
                    last = want;
                }
            }
            for (Frame f = c.next(); f != null; f = c.next()) {
                missed += f.missedBefore();
                delivered++;
                last = f.frameId();
            }
            assertEquals(published, last);
            assertEquals(published, delivered + missed, "every frame since the reader attached is delivered or counted missed");
            assertTrue(missed > 0, "the test lapped the reader");
        }
    }

    @Test
    void steadyStateSendAndPollAllocateNothing() {
        try (ShmxServer s = server(ChannelConfig.defaults().withControlPerReader(512));
             ShmxClient c = ShmxClient.open(s.name())) {
            byte[] small = bytes(12, 1);
            MemorySegment larger = MemorySegment.ofArray(bytes(40, 2));
            long[] sum = new long[1];
            ControlHandler h = (index, readerId, type, data) -> sum[0] += data.byteSize() + type;
            for (int round = 0; round < 2; round++) {
                long before = io.shmx.testing.Allocations.currentThread();
                for (int i = 0; i < 50_000; i++) {
                    c.sendControl(T, small);
                    c.sendControl(T + 1, larger);
                    c.sendControlEmpty(T + 2);
                    s.pollControl(h, 16);
                }
                long allocated = io.shmx.testing.Allocations.currentThread() - before;
                if (round == 1) {
                    assertTrue(allocated < 4096, "steady state allocated " + allocated + " bytes in 50000 rounds");
                }
            }
            assertEquals(2 * 50_000L * (12 + 40 + 3L * T + 3), sum[0], "every message polled");
        }
    }
}
