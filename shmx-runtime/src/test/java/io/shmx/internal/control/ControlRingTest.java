package io.shmx.internal.control;

import static io.shmx.internal.control.ControlRingDescriptor.COUNTER;
import static io.shmx.internal.control.ControlRingDescriptor.TLV_FIELD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ControlSendResult;
import io.shmx.ShmxException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ControlRingTest {
    private final Arena arena = Arena.ofConfined();

    @AfterEach
    void close() {
        arena.close();
    }

    private MemorySegment segment(int size) {
        return arena.allocate(size, 64);
    }

    private static byte[] bytes(int length, int seed) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (seed + i);
        }
        return b;
    }

    private static long r(MemorySegment ring) {
        return ring.get(COUNTER, 0);
    }

    private static long w(MemorySegment ring) {
        return ring.get(COUNTER, 8);
    }

    @Test
    void sendWritesTheSpecBytesAndPollDeliversInOrder() {
        MemorySegment seg = segment(4096);
        ControlRing ring = new ControlRing(seg, 4096);
        assertEquals(ControlSendResult.SENT, ring.sender().send(0x3000, bytes(5, 1), 0, 5));
        assertEquals(ControlSendResult.SENT, ring.sender().send(0x1002, MemorySegment.NULL));
        assertEquals(ControlSendResult.SENT, ring.sender().send(7, MemorySegment.ofArray(bytes(24, 9))));

        // record 1 at 16: type, length, data; record 2 at 16 + align16(13) = 32; record 3 at 48
        assertEquals(0x3000, seg.get(TLV_FIELD, 16));
        assertEquals(5, seg.get(TLV_FIELD, 20));
        assertArrayEquals(bytes(5, 1), seg.asSlice(24, 5).toArray(ValueLayout.JAVA_BYTE));
        assertEquals(0x1002, seg.get(TLV_FIELD, 32));
        assertEquals(0, seg.get(TLV_FIELD, 36));
        assertEquals(7, seg.get(TLV_FIELD, 48));
        assertEquals(24, seg.get(TLV_FIELD, 52));
        assertEquals(0, r(seg));
        assertEquals(16 + 16 + 32, w(seg));

        Received.Collector c = new Received.Collector();
        assertEquals(3, ring.poller().poll(2, 99L, c, 100));
        assertEquals(List.of(
                Received.of(2, 99L, 0x3000, bytes(5, 1)),
                Received.of(2, 99L, 0x1002, new byte[0]),
                Received.of(2, 99L, 7, bytes(24, 9))), c.messages);
        assertEquals(64, r(seg));
        assertTrue(ring.isEmpty());
        assertEquals(0, ring.poller().poll(2, 99L, c, 100));
    }

    @Test
    void pollStopsAtMaxAndResumes() {
        MemorySegment seg = segment(256);
        ControlRing ring = new ControlRing(seg, 256);
        for (int i = 1; i <= 5; i++) {
            assertEquals(ControlSendResult.SENT, ring.sender().send(i, bytes(3, i), 0, 3));
        }
        Received.Collector c = new Received.Collector();
        assertEquals(2, ring.poller().poll(0, 1, c, 2));
        assertEquals(32, r(seg));
        assertEquals(3, ring.poller().poll(0, 1, c, 10));
        assertEquals(List.of(1, 2, 3, 4, 5), c.messages.stream().map(Received::type).toList());
        assertEquals(0, ring.poller().poll(0, 1, c, 0));
    }

    @Test
    void aSendFromAWriteCounterLoadedBeforeTheFenceIsNeverDelivered() {
        MemorySegment seg = segment(256);
        ControlRing ring = new ControlRing(seg, 256);
        assertEquals(ControlSendResult.SENT, ring.sender().send(1, bytes(3, 1), 0, 3));
        long before = ring.writeCounterAcquire(); // the former owner loads w, checks ownership, stalls
        ring.poller().fenceAndDiscard(); // the producer frees the slot
        assertEquals(240, ring.writeCounterAcquire(), "w moved to the start of the next lap");
        assertEquals(240, r(seg), "r with it: the message left unread is dropped");
        assertEquals(ControlSendResult.FULL, ring.sender().send(before, 2, bytes(3, 2), 0, 3),
                "the former owner's send resumes and fails");
        Received.Collector c = new Received.Collector();
        assertEquals(0, ring.poller().poll(0, 1, c, 10), "nothing of the former owner is delivered");

        assertEquals(ControlSendResult.SENT, ring.sender().send(ring.writeCounterAcquire(), 3, bytes(3, 3), 0, 3),
                "the next owner sends from the fenced counter");
        assertEquals(1, ring.poller().poll(0, 2, c, 10));
        assertEquals(List.of(3), c.messages.stream().map(Received::type).toList());
        assertEquals(3, seg.get(TLV_FIELD, ControlRingDescriptor.HEADER_LENGTH), "at the start of the area");
    }

    @Test
    void wrapWritesEndPaddingExactlyAsTheSpec() {
        // capacity 128: message area 112; 20-byte messages take 32 bytes (the fx_control fixture's shape)
        MemorySegment seg = segment(128);
        ControlRing ring = new ControlRing(seg, 128);
        Received.Collector c = new Received.Collector();
        for (int i = 0; i < 3; i++) {
            assertEquals(ControlSendResult.SENT, ring.sender().send(0x600 + i, bytes(20, i), 0, 20));
        }
        assertEquals(3, ring.poller().poll(0, 5, c, 10));
        assertEquals(96, r(seg));

        assertEquals(ControlSendResult.SENT, ring.sender().send(0x700, bytes(20, 0x40), 0, 20));
        // padding record at 16 + 96 = 112: type 0, length = 16 bytes to the end - 8
        assertEquals(0, seg.get(TLV_FIELD, 112));
        assertEquals(8, seg.get(TLV_FIELD, 116));
        // the message restarts at 16
        assertEquals(0x700, seg.get(TLV_FIELD, 16));
        assertEquals(20, seg.get(TLV_FIELD, 20));
        assertArrayEquals(bytes(20, 0x40), seg.asSlice(24, 20).toArray(ValueLayout.JAVA_BYTE));
        assertEquals(96 + 16 + 32, w(seg));

        assertEquals(1, ring.poller().poll(0, 5, c, 10));
        assertEquals(Received.of(0, 5, 0x700, bytes(20, 0x40)), c.messages.getLast());
        assertEquals(144, r(seg));
    }

    @Test
    void wrapWithAnAreaThatIsNotAMultipleOf16() {
        // capacity 100: area 84. 32-byte records at 0, 32; then 20 bytes remain: padding of length 12
        MemorySegment seg = segment(128);
        seg.fill((byte) 0xEE);
        seg.set(COUNTER, 0, 0L);
        seg.set(COUNTER, 8, 0L);
        ControlRing ring = new ControlRing(seg, 100);
        Received.Collector c = new Received.Collector();
        assertEquals(ControlSendResult.SENT, ring.sender().send(1, bytes(20, 1), 0, 20));
        assertEquals(ControlSendResult.SENT, ring.sender().send(2, bytes(20, 2), 0, 20));
        assertEquals(2, ring.poller().poll(0, 1, c, 10));
        assertEquals(ControlSendResult.SENT, ring.sender().send(3, bytes(20, 3), 0, 20));
        assertEquals(0, seg.get(TLV_FIELD, 16 + 64));
        assertEquals(12, seg.get(TLV_FIELD, 16 + 64 + 4));
        assertEquals(64 + 20 + 32, w(seg));
        assertEquals(1, ring.poller().poll(0, 1, c, 10));

        // now 16-byte records: at 32, 48, 64, then 4 bytes remain: no padding record, w skips them
        for (int i = 0; i < 3; i++) {
            assertEquals(ControlSendResult.SENT, ring.sender().send(10 + i, bytes(4, i), 0, 4));
        }
        assertEquals(3, ring.poller().poll(0, 1, c, 10));
        byte[] tailBefore = seg.asSlice(16 + 80, 4).toArray(ValueLayout.JAVA_BYTE);
        assertEquals(ControlSendResult.SENT, ring.sender().send(20, bytes(4, 20), 0, 4));
        assertArrayEquals(tailBefore, seg.asSlice(16 + 80, 4).toArray(ValueLayout.JAVA_BYTE), "tail untouched");
        assertEquals(20, seg.get(TLV_FIELD, 16));
        assertEquals(2 * 84 + 16, w(seg));
        assertEquals(1, ring.poller().poll(0, 1, c, 10));
        assertEquals(List.of(1, 2, 3, 10, 11, 12, 20), c.messages.stream().map(Received::type).toList());
        assertTrue(ring.isEmpty());
        assertEquals(ControlPoller.Fault.NONE, ring.poller().fault());
        assertEquals(0xEE, seg.get(ValueLayout.JAVA_BYTE, 100) & 0xFF, "nothing written past the capacity");
    }

    @Test
    void fullRingReturnsFullAndWritesNothing() {
        MemorySegment seg = segment(128);
        ControlRing ring = new ControlRing(seg, 128);
        for (int i = 0; i < 3; i++) {
            assertEquals(ControlSendResult.SENT, ring.sender().send(1, bytes(20, i), 0, 20));
        }
        // 96 of 112 used: a 16-byte record fits, a 32-byte one does not
        byte[] before = seg.toArray(ValueLayout.JAVA_BYTE);
        assertEquals(ControlSendResult.FULL, ring.sender().send(2, bytes(9, 0), 0, 9));
        assertArrayEquals(before, seg.toArray(ValueLayout.JAVA_BYTE));
        assertEquals(ControlSendResult.SENT, ring.sender().send(3, bytes(8, 0), 0, 8));
        before = seg.toArray(ValueLayout.JAVA_BYTE);
        assertEquals(ControlSendResult.FULL, ring.sender().send(3, MemorySegment.NULL));
        assertArrayEquals(before, seg.toArray(ValueLayout.JAVA_BYTE));

        Received.Collector c = new Received.Collector();
        assertEquals(1, ring.poller().poll(0, 1, c, 1));
        // 32 bytes freed at the start; w is at the end (pos 0 of the next lap): fits
        assertEquals(ControlSendResult.SENT, ring.sender().send(4, bytes(20, 0), 0, 20));
        assertEquals(ControlSendResult.FULL, ring.sender().send(4, MemorySegment.NULL));
        assertEquals(4, ring.poller().poll(0, 1, c, 10));
        assertEquals(List.of(1, 1, 1, 3, 4), c.messages.stream().map(Received::type).toList());
    }

    @Test
    void fullWhenTheEndPaddingWouldOverwriteUnreadRecords() {
        MemorySegment seg = segment(128);
        ControlRing ring = new ControlRing(seg, 128);
        Received.Collector c = new Received.Collector();
        for (int i = 0; i < 3; i++) {
            assertEquals(ControlSendResult.SENT, ring.sender().send(1, bytes(20, i), 0, 20));
        }
        assertEquals(1, ring.poller().poll(0, 1, c, 1)); // r = 32, w = 96: 16 bytes to the end, 32 free at the start
        byte[] before = seg.toArray(ValueLayout.JAVA_BYTE);
        // a 48-byte record: 16 (padding) + 48 > 112 - 64 free
        assertEquals(ControlSendResult.FULL, ring.sender().send(2, bytes(40, 0), 0, 40));
        assertArrayEquals(before, seg.toArray(ValueLayout.JAVA_BYTE));
        // a 32-byte record: padding 16 + 32 = 48 = the free space: fits
        assertEquals(ControlSendResult.SENT, ring.sender().send(2, bytes(20, 7), 0, 20));
        assertEquals(3, ring.poller().poll(0, 1, c, 10));
        assertEquals(Received.of(0, 1, 2, bytes(20, 7)), c.messages.getLast());
    }

    @Test
    void aMessageThatCanOnlyFitAfterTheWrapGetsTheEndPaddingThenFits() {
        // area 112; after 80 bytes polled the ring is empty at position 80: a 96-byte record fits
        // neither before the end (32) nor in one lap from there (32 + 96 > 112)
        MemorySegment seg = segment(128);
        ControlRing ring = new ControlRing(seg, 128);
        Received.Collector c = new Received.Collector();
        for (int i = 0; i < 5; i++) {
            assertEquals(ControlSendResult.SENT, ring.sender().send(1, bytes(8, i), 0, 8));
        }
        assertEquals(5, ring.poller().poll(0, 1, c, 10));
        assertEquals(80, r(seg));
        assertEquals(ControlSendResult.FULL, ring.sender().send(9, bytes(88, 3), 0, 88));
        assertEquals(0, seg.get(TLV_FIELD, 96));
        assertEquals(24, seg.get(TLV_FIELD, 100));
        assertEquals(112, w(seg));
        assertEquals(0, ring.poller().poll(0, 1, c, 10), "the padding is skipped, not delivered");
        assertEquals(112, r(seg));
        assertEquals(ControlSendResult.SENT, ring.sender().send(9, bytes(88, 3), 0, 88));
        assertEquals(1, ring.poller().poll(0, 1, c, 10));
        assertEquals(Received.of(0, 1, 9, bytes(88, 3)), c.messages.getLast());
    }

    @Test
    void tooLargeNeverFitsAndWritesNothing() {
        MemorySegment seg = segment(128);
        ControlRing ring = new ControlRing(seg, 128);
        assertEquals(112 - 8, ring.maxMessageLength());
        byte[] before = seg.toArray(ValueLayout.JAVA_BYTE);
        assertEquals(ControlSendResult.TOO_LARGE, ring.sender().send(1, bytes(105, 0), 0, 105));
        assertEquals(ControlSendResult.TOO_LARGE, ring.sender().send(1, MemorySegment.ofArray(new byte[1 << 20])));
        assertArrayEquals(before, seg.toArray(ValueLayout.JAVA_BYTE));
        assertEquals(ControlSendResult.SENT, ring.sender().send(1, bytes(104, 0), 0, 104));
        Received.Collector c = new Received.Collector();
        assertEquals(1, ring.poller().poll(0, 1, c, 10));
        assertEquals(Received.of(0, 1, 1, bytes(104, 0)), c.messages.getFirst());

        // an area of 100 bytes holds records of at most 96 bytes: 88 data bytes
        ControlRing odd = new ControlRing(segment(128), 116);
        assertEquals(88, odd.maxMessageLength());
        assertEquals(ControlSendResult.TOO_LARGE, odd.sender().send(1, bytes(89, 0), 0, 89));
        assertEquals(ControlSendResult.SENT, odd.sender().send(1, bytes(88, 0), 0, 88));

        ControlRing tiny = new ControlRing(segment(64), 20);
        assertEquals(-1, tiny.maxMessageLength());
        assertEquals(ControlSendResult.TOO_LARGE, tiny.sender().send(1, MemorySegment.NULL));
    }

    @Test
    void typeZeroIsRefused() {
        ControlRing ring = new ControlRing(segment(128), 128);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ring.sender().send(0, MemorySegment.NULL));
        assertTrue(e.getMessage().contains("type 0"), e.getMessage());
    }

    @Test
    void invalidRingsAreRefusedWithAClearMessage() {
        ShmxException small = assertThrows(ShmxException.class, () -> new ControlRing(segment(64), 16));
        assertTrue(small.getMessage().contains("control_per_reader"), small.getMessage());
        assertThrows(ShmxException.class, () -> new ControlRing(segment(64), -5));
        ShmxException beyond = assertThrows(ShmxException.class, () -> new ControlRing(segment(64), 128));
        assertTrue(beyond.getMessage().contains("exceeds"), beyond.getMessage());
        ShmxException aligned = assertThrows(ShmxException.class,
                () -> new ControlRing(segment(256).asSlice(4), 128));
        assertTrue(aligned.getMessage().contains("aligned"), aligned.getMessage());
        assertThrows(ShmxException.class, () -> ControlRing.sliceAll(segment(1024), 512, 128, 128, 5));
        assertThrows(ShmxException.class, () -> ControlRing.sliceAll(segment(1024), 0, 64, 128, 2));
        assertEquals(0, ControlRing.sliceAll(segment(64), 0, 0, 0, 4).length);
        assertEquals(4, ControlRing.sliceAll(segment(1024), 512, 128, 128, 4).length);
    }

    @Test
    void theHandlerGetsReadOnlyViewsInsideTheRingAndThemReused() {
        MemorySegment seg = segment(256);
        ControlRing ring = new ControlRing(seg, 256);
        Received.Collector c = new Received.Collector();
        for (int lap = 0; lap < 12; lap++) {
            assertEquals(ControlSendResult.SENT, ring.sender().send(1, bytes(20, lap), 0, 20));
            assertEquals(1, ring.poller().poll(0, 1, c, 1));
        }
        for (MemorySegment v : c.views) {
            assertTrue(v.isReadOnly());
            assertTrue(v.address() >= seg.address() + 24 && v.address() + v.byteSize() <= seg.address() + 256);
        }
        // area 240: records of 32 start at 0, 32, ..., 192, then the end padding, then 0 again
        assertTrue(c.views.get(7) == c.views.get(0), "the view at a position is reused for the same length");
    }

    @Test
    void aThrowingHandlerConsumesItsMessage() {
        MemorySegment seg = segment(256);
        ControlRing ring = new ControlRing(seg, 256);
        ring.sender().send(1, bytes(1, 0), 0, 1);
        ring.sender().send(2, bytes(1, 0), 0, 1);
        ring.sender().send(3, bytes(1, 0), 0, 1);
        assertThrows(IllegalStateException.class, () -> ring.poller().poll(0, 1, (i, id, type, data) -> {
            if (type == 2) {
                throw new IllegalStateException("boom");
            }
        }, 10));
        assertEquals(32, r(seg));
        Received.Collector c = new Received.Collector();
        assertEquals(1, ring.poller().poll(0, 1, c, 10));
        assertEquals(3, c.messages.getFirst().type());
    }

    @Test
    void peekDeliversWithoutConsumingOnAReadOnlySegment() {
        MemorySegment seg = segment(128);
        ControlRing writer = new ControlRing(seg, 128);
        Received.Collector polled = new Received.Collector();
        for (int i = 0; i < 3; i++) {
            writer.sender().send(0x600 + i, bytes(20, i), 0, 20);
        }
        writer.poller().poll(0, 1, polled, 10);
        writer.sender().send(0x700, bytes(20, 7), 0, 20); // wraps behind a padding record
        writer.sender().send(0x701, bytes(3, 1), 0, 3);

        ControlRing inspector = new ControlRing(seg.asReadOnly(), 128);
        Received.Collector first = new Received.Collector();
        Received.Collector second = new Received.Collector();
        assertEquals(2, inspector.poller().peek(1, 42, first, Integer.MAX_VALUE));
        assertEquals(ControlPoller.Fault.NONE, inspector.poller().peekFault());
        assertEquals(first.messages, List.of(Received.of(1, 42, 0x700, bytes(20, 7)), Received.of(1, 42, 0x701, bytes(3, 1))));
        assertEquals(1, inspector.poller().peek(1, 42, second, 1));
        assertEquals(first.messages.subList(0, 1), second.messages);
        assertEquals(96, r(seg));
        Received.Collector c = new Received.Collector();
        assertEquals(2, writer.poller().poll(1, 42, c, 10));
        assertEquals(first.messages, c.messages);
    }

    @Test
    void discardPendingDropsEverything() {
        MemorySegment seg = segment(256);
        ControlRing ring = new ControlRing(seg, 256);
        ring.sender().send(1, bytes(10, 0), 0, 10);
        ring.sender().send(2, bytes(10, 0), 0, 10);
        ring.poller().discardPending();
        assertTrue(ring.isEmpty());
        Received.Collector c = new Received.Collector();
        assertEquals(0, ring.poller().poll(0, 1, c, 10));
        ring.sender().send(3, bytes(1, 0), 0, 1);
        assertEquals(1, ring.poller().poll(0, 1, c, 10));
        assertEquals(3, c.messages.getFirst().type());
    }

    @Test
    void pollUpToDeliversOnlyBelowTheLimit() {
        MemorySegment seg = segment(256);
        ControlRing ring = new ControlRing(seg, 256);
        ring.sender().send(1, bytes(1, 0), 0, 1);
        long limit = ring.writeCounterAcquire();
        ring.sender().send(2, bytes(1, 0), 0, 1);
        Received.Collector c = new Received.Collector();
        assertEquals(1, ring.poller().pollUpTo(limit, 0, 1, c, 10));
        assertEquals(1, ring.poller().poll(0, 1, c, 10));
        assertEquals(List.of(1, 2), c.messages.stream().map(Received::type).toList());
    }
}
