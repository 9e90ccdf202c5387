package io.shmx.internal.control;

import static io.shmx.internal.control.ControlRingDescriptor.COUNTER;
import static io.shmx.internal.control.ControlRingDescriptor.TLV_FIELD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ControlSendResult;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rings written by a broken or hostile peer: nothing escapes, nothing outside the ring is read,
 * the faulty ring stops and the others keep delivering.
 */
class ControlRingHostileTest {
    private static final int CAP = 128;
    private static final int RINGS = 3;

    private final Arena arena = Arena.ofConfined();
    /** Three rings back to back; the last one ends where the segment ends, so any read past it throws. */
    private final MemorySegment region = arena.allocate((long) CAP * RINGS, 64);
    private final ControlRing[] rings = ControlRing.sliceAll(region, 0, CAP, CAP, RINGS);

    @AfterEach
    void close() {
        arena.close();
    }

    private MemorySegment ringBytes(int i) {
        return region.asSlice((long) i * CAP, CAP);
    }

    private void fillWithValidMessages() {
        for (int i = 0; i < RINGS; i++) {
            assertEquals(ControlSendResult.SENT, rings[i].sender().send(0x100 + i, new byte[] {(byte) i}, 0, 1));
        }
    }

    /** Writes a record header at area position {@code pos} of ring {@code i} and sets its counters. */
    private void forge(int i, long r, long w, int pos, int type, int length) {
        MemorySegment ring = ringBytes(i);
        ring.set(COUNTER, 0, r);
        ring.set(COUNTER, 8, w);
        ring.set(TLV_FIELD, 16 + pos, type);
        ring.set(TLV_FIELD, 16 + pos + 4, length);
    }

    private List<Integer> pollEveryRing(Received.Collector c) {
        for (int i = 0; i < RINGS; i++) {
            rings[i].poller().poll(i, 1000 + i, c, 100);
        }
        return c.messages.stream().map(Received::readerIndex).toList();
    }

    @ParameterizedTest(name = "type {2}, length {3}, r {0}, w {1}")
    @CsvSource({
            // length near 2^32: the original's alignment maths wraps and it crashes
            "0, 32, 0x3000, -8, RECORD_PAST_AREA_END",
            "0, 32, 0x3000, -1, RECORD_PAST_AREA_END",
            "0, 32, 0x3000, 0x7FFFFFFF, RECORD_PAST_AREA_END",
            // a length that runs past the ring end
            "0, 112, 0x3000, 105, RECORD_PAST_AREA_END",
            "0, 112, 0x3000, 112, RECORD_PAST_AREA_END",
            // a record longer than what w published
            "0, 16, 0x3000, 20, RECORD_PAST_WRITE_COUNTER",
            "0, 8, 0x3000, 0, RECORD_PAST_WRITE_COUNTER",
            // inconsistent counters
            "0, 113, 0x3000, 0, COUNTERS_INCONSISTENT",
            "32, 16, 0x3000, 0, COUNTERS_INCONSISTENT",
            "0, -1, 0x3000, 0, COUNTERS_INCONSISTENT",
            "-16, 0x7FFFFFFFFFFFFFF0, 0x3000, 0, COUNTERS_INCONSISTENT",
    })
    void aBrokenRingFaultsAloneAndTheOthersStillDeliver(long r, long w, int type, int length, ControlPoller.Fault expected) {
        fillWithValidMessages();
        forge(1, r, w, (int) Long.remainderUnsigned(r, CAP - 16) & ~15, type, length);
        Received.Collector c = new Received.Collector();
        assertEquals(List.of(0, 2), pollEveryRing(c));
        assertEquals(expected, rings[1].poller().fault());
        assertEquals(1001, rings[1].poller().faultReaderId());
        assertEquals(r, ringBytes(1).get(COUNTER, 0), "the faulty record is not consumed");

        // the faulted ring stays silent even once its bytes look valid again; the others go on
        ringBytes(1).set(COUNTER, 0, 0L);
        ringBytes(1).set(COUNTER, 8, 0L);
        rings[1].sender().send(0x200, new byte[] {9}, 0, 1);
        rings[0].sender().send(0x300, new byte[] {8}, 0, 1);
        assertEquals(List.of(0, 2, 0), pollEveryRing(c));

        // peek reports the fault of a broken ring without consuming or remembering it
        forge(1, r, w, (int) Long.remainderUnsigned(r, CAP - 16) & ~15, type, length);
        Received.Collector peeked = new Received.Collector();
        assertEquals(0, rings[1].poller().peek(1, 1001, peeked, 100));
        assertEquals(expected, rings[1].poller().peekFault());

        // dropping the pending bytes (a new owner) makes it usable again
        rings[1].poller().discardPending();
        assertEquals(ControlPoller.Fault.NONE, rings[1].poller().fault());
        assertEquals(ControlSendResult.SENT, rings[1].sender().send(0x201, new byte[] {7}, 0, 1));
        assertEquals(List.of(0, 2, 0, 1), pollEveryRing(c));
    }

    @Test
    void countersOffTheRecordGridStillWorkWithinTheRing() {
        forge(0, 4, 20, 4, 0x77, 5);
        Received.Collector c = new Received.Collector();
        assertEquals(1, rings[0].poller().poll(0, 1, c, 10));
        assertEquals(0x77, c.messages.getFirst().type());
        assertEquals(ControlSendResult.SENT, rings[0].sender().send(0x78, new byte[] {1, 2}, 0, 2));
        assertEquals(1, rings[0].poller().poll(0, 1, c, 10));
        assertEquals(Received.of(0, 1, 0x78, new byte[] {1, 2}), c.messages.getLast());
        assertTrue(rings[0].isEmpty());
    }

    @Test
    void messagesBeforeTheBrokenRecordAreDelivered() {
        rings[2].sender().send(1, new byte[] {1}, 0, 1);
        rings[2].sender().send(2, new byte[] {2}, 0, 1);
        rings[2].sender().send(3, new byte[] {3}, 0, 1);
        ringBytes(2).set(TLV_FIELD, 16 + 16 + 4, 0xFFFF_FFF0); // the second record's length
        Received.Collector c = new Received.Collector();
        assertEquals(1, rings[2].poller().poll(2, 7, c, 100));
        assertEquals(ControlPoller.Fault.RECORD_PAST_AREA_END, rings[2].poller().fault());
        assertEquals(16, ringBytes(2).get(COUNTER, 0), "the first message is consumed");
    }

    @Test
    void paddingThatRunsPastTheEndIsSkippedToTheEnd() {
        // as the original's poll: padding whose length overshoots the end means "skip to the end"
        forge(0, 96, 128, 96, 0, 500);
        ringBytes(0).set(TLV_FIELD, 16, 0x55);
        ringBytes(0).set(TLV_FIELD, 20, 3);
        Received.Collector c = new Received.Collector();
        assertEquals(1, rings[0].poller().poll(0, 1, c, 10));
        assertEquals(ControlPoller.Fault.NONE, rings[0].poller().fault());
        assertEquals(0x55, c.messages.getFirst().type());
        assertEquals(128, ringBytes(0).get(COUNTER, 0));
    }

    @Test
    void aSenderFacingBrokenCountersWritesNothing() {
        forge(0, 0, 500, 0, 0, 0);
        byte[] before = ringBytes(0).toArray(ValueLayout.JAVA_BYTE);
        assertEquals(ControlSendResult.FULL, rings[0].sender().send(1, new byte[] {1}, 0, 1));
        assertArrayEquals(before, ringBytes(0).toArray(ValueLayout.JAVA_BYTE));
        forge(0, 100, 36, 0, 0, 0); // r ahead of w
        before = ringBytes(0).toArray(ValueLayout.JAVA_BYTE);
        assertEquals(ControlSendResult.FULL, rings[0].sender().send(1, new byte[] {1}, 0, 1));
        assertArrayEquals(before, ringBytes(0).toArray(ValueLayout.JAVA_BYTE));
    }

    @Test
    void randomGarbageNeverEscapesTheRing() {
        int iterations = Integer.getInteger("shmx.fuzz.iterations", 3000);
        SplittableRandom random = new SplittableRandom(0x5EED);
        fillWithValidMessages();
        byte[] neighbours = region.asSlice(0, 2L * CAP).toArray(ValueLayout.JAVA_BYTE);
        MemorySegment ring = ringBytes(2);
        long lo = ring.address();
        long hi = lo + CAP;
        int delivered = 0;
        for (int n = 0; n < iterations; n++) {
            ControlRing fresh = new ControlRing(ring, CAP);
            // counters near each other most of the time, anywhere sometimes
            long r = random.nextInt(4) == 0 ? random.nextLong() : random.nextLong(0, 1 << 20) & ~15L;
            long w = random.nextInt(4) == 0 ? random.nextLong() : r + random.nextLong(0, 130);
            for (long off = 16; off < CAP; off += 4) {
                int v = switch (random.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> random.nextInt(0, 130);
                    case 2 -> -random.nextInt(1, 64);
                    default -> random.nextInt();
                };
                ring.set(TLV_FIELD, off, v);
            }
            ring.set(COUNTER, 0, r);
            ring.set(COUNTER, 8, w);
            Received.Collector c = new Received.Collector();
            fresh.poller().peek(2, 1, c, 1000);
            fresh.poller().poll(2, 1, c, 1000);
            for (MemorySegment v : c.views) {
                assertTrue(v.address() >= lo + 24 && v.address() + v.byteSize() <= hi, "view inside the ring");
            }
            long after = ring.get(COUNTER, 0);
            if (fresh.poller().fault() == ControlPoller.Fault.COUNTERS_INCONSISTENT) {
                assertEquals(r, after, "nothing consumed from inconsistent counters");
            } else {
                assertTrue(Long.compareUnsigned(after - r, w - r) <= 0, "r never passes w");
            }
            assertEquals(w, ring.get(COUNTER, 8), "the producer never writes w");
            delivered += c.messages.size();
        }
        assertTrue(delivered > 0, "the fuzzing produced some valid records");
        assertArrayEquals(neighbours, region.asSlice(0, 2L * CAP).toArray(ValueLayout.JAVA_BYTE),
                "the other rings were never written");
    }
}
