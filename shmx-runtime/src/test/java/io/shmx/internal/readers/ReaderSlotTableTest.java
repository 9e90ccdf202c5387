package io.shmx.internal.readers;

import static io.shmx.internal.readers.ReaderSlotDescriptor.DETACHING_ID_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.HEARTBEAT_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.IN_USE_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.LAST_FRAME_SEEN_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.READER_ID_OFFSET;
import static io.shmx.internal.readers.ReaderSlotDescriptor.U32;
import static io.shmx.internal.readers.ReaderSlotDescriptor.U64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ControlSendResult;
import io.shmx.ReaderInfo;
import io.shmx.ShmxException;
import io.shmx.internal.control.ControlPoller;
import io.shmx.internal.control.ControlRing;
import io.shmx.internal.control.ControlRingDescriptor;
import io.shmx.internal.control.Received;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReaderSlotTableTest {
    static final long CONNECTED = 116;
    static final int SLOTS = 4;
    static final int CAP = 256;
    static final long SECOND = 1_000_000_000L;

    private final Arena arena = Arena.ofConfined();
    private final MemorySegment header = arena.allocate(128, 64);
    private final MemorySegment slotArea = arena.allocate(SLOTS * 64L, 64);
    private final MemorySegment ringArea = arena.allocate((long) SLOTS * CAP, 64);
    private final ControlRing[] rings = ControlRing.sliceAll(ringArea, 0, CAP, CAP, SLOTS);
    private final ReaderSlotTable table = new ReaderSlotTable(slotArea, SLOTS, header, CONNECTED, rings);

    @AfterEach
    void close() {
        arena.close();
    }

    private long field(int slot, long offset) {
        return slotArea.get(U64, slot * 64L + offset);
    }

    private int inUse(int slot) {
        return slotArea.get(U32, slot * 64L + IN_USE_OFFSET);
    }

    private void assertFree(int slot) {
        assertEquals(0, inUse(slot));
        assertEquals(0, field(slot, READER_ID_OFFSET));
        assertEquals(0, field(slot, HEARTBEAT_OFFSET));
        assertEquals(0, field(slot, LAST_FRAME_SEEN_OFFSET));
        assertEquals(0, field(slot, DETACHING_ID_OFFSET));
    }

    @Test
    void claimFillsTheFirstFreeSlotAndCountsTheReader() {
        assertEquals(0, table.claims().claim(11, 1000));
        assertEquals(1, table.claims().claim(12, 2000));
        assertEquals(1, inUse(0));
        assertEquals(11, field(0, READER_ID_OFFSET));
        assertEquals(1000, field(0, HEARTBEAT_OFFSET));
        assertEquals(0, field(0, LAST_FRAME_SEEN_OFFSET));
        assertEquals(2, table.readersConnected());
        assertEquals(2, header.get(U32, CONNECTED));
        assertEquals(List.of(new ReaderInfo(0, 11, 1000, 0, true), new ReaderInfo(1, 12, 2000, 0, true)),
                table.snapshot());
        assertEquals(2, table.claims().claim(13, 3000));
        assertEquals(3, table.claims().claim(14, 3000));
        assertEquals(-1, table.claims().claim(15, 3000), "no free slot");
        assertEquals(4, table.readersConnected());
        assertEquals(ReaderSlotClaims.Release.RELEASED, table.claims().release(1, 12, 4000));
        assertEquals(1, table.claims().claim(15, 5000), "a freed slot is claimed again");
    }

    @Test
    void claimClearsWhatAPreviousPeerLeftInTheSlot() {
        slotArea.set(U64, LAST_FRAME_SEEN_OFFSET, 77);
        slotArea.set(U64, DETACHING_ID_OFFSET, 21);
        assertEquals(0, table.claims().claim(21, 10));
        assertEquals(0, field(0, LAST_FRAME_SEEN_OFFSET));
        assertFalse(table.isDetaching(0));
    }

    @Test
    void readerIdZeroIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.claims().claim(0, 1));
        assertTrue(e.getMessage().contains("non-zero"), e.getMessage());
    }

    @Test
    void heartbeatAndFrameSeenNeedOwnership() {
        int slot = table.claims().claim(31, 100);
        assertTrue(table.claims().heartbeat(slot, 31, 200));
        assertEquals(200, field(slot, HEARTBEAT_OFFSET));
        assertTrue(table.claims().frameSeen(slot, 31, 9, 300));
        assertEquals(300, field(slot, HEARTBEAT_OFFSET));
        assertEquals(9, field(slot, LAST_FRAME_SEEN_OFFSET));
        assertTrue(table.claims().isOwner(slot, 31));

        assertFalse(table.claims().heartbeat(slot, 32, 400));
        assertFalse(table.claims().frameSeen(slot, 32, 10, 400));
        assertFalse(table.claims().isOwner(slot, 32));
        assertFalse(table.claims().heartbeat(1, 31, 400), "a free slot belongs to no one");
        assertEquals(300, field(slot, HEARTBEAT_OFFSET));
        assertEquals(9, field(slot, LAST_FRAME_SEEN_OFFSET));
    }

    @Test
    void aReapedReaderRecordsNoFrameInTheNextOwnersSlot() {
        int slot = table.claims().claim(35, SECOND);
        assertEquals(1, table.reaper().reapStale(100 * SECOND, SECOND));
        assertFalse(table.claims().frameSeen(slot, 35, 5, 100 * SECOND), "reaped: the heartbeat fails, nothing is written");
        assertFree(slot);
        assertEquals(slot, table.claims().claim(36, 101 * SECOND));
        assertFalse(table.claims().frameSeen(slot, 35, 6, 102 * SECOND));
        assertTrue(table.claims().frameSeen(slot, 36, 7, 102 * SECOND));
        assertEquals(List.of(new ReaderInfo(slot, 36, 102 * SECOND, 7, true)), table.snapshot());
    }

    @Test
    void releaseWithAnEmptyRingFreesTheSlotOnce() {
        int slot = table.claims().claim(41, 100);
        table.claims().frameSeen(slot, 41, 5, 150);
        assertEquals(ReaderSlotClaims.Release.RELEASED, table.claims().release(slot, 41, 200));
        assertFree(slot);
        assertEquals(0, table.readersConnected());
        assertEquals(ReaderSlotClaims.Release.NOT_OWNER, table.claims().release(slot, 41, 300));
        assertEquals(0, table.readersConnected());
        assertEquals(List.of(), table.snapshot());
    }

    @Test
    void reapFreesOnlyStaleSlotsAndTheReapedReaderFindsOut() {
        int a = table.claims().claim(51, 10 * SECOND);
        int b = table.claims().claim(52, 10 * SECOND);
        table.claims().heartbeat(b, 52, 14 * SECOND);
        assertEquals(0, table.reaper().reapStale(14 * SECOND, 4 * SECOND), "exactly at the timeout is not stale");
        assertEquals(1, table.reaper().reapStale(14 * SECOND + 1, 4 * SECOND));
        assertFree(a);
        assertEquals(1, table.readersConnected());
        assertTrue(table.claims().isOwner(b, 52));

        assertFalse(table.claims().isOwner(a, 51));
        assertFalse(table.claims().heartbeat(a, 51, 15 * SECOND));
        assertFalse(table.claims().frameSeen(a, 51, 3, 15 * SECOND));
        assertEquals(ReaderSlotClaims.Release.NOT_OWNER, table.claims().release(a, 51, 15 * SECOND));
        assertEquals(1, table.readersConnected());
    }

    @Test
    void aReapedReaderCannotTouchTheNextOwnersSlot() {
        int slot = table.claims().claim(61, SECOND);
        rings[slot].sender().send(0x3000, new byte[] {1}, 0, 1);
        assertEquals(1, table.reaper().reapStale(100 * SECOND, SECOND));
        assertTrue(rings[slot].isEmpty(), "the reaped reader's unread messages are dropped");
        int next = table.claims().claim(62, 101 * SECOND);
        assertEquals(slot, next);
        assertTrue(table.claims().frameSeen(next, 62, 7, 102 * SECOND));

        assertFalse(table.claims().heartbeat(slot, 61, 103 * SECOND));
        assertFalse(table.claims().frameSeen(slot, 61, 99, 103 * SECOND));
        assertEquals(ReaderSlotClaims.Release.NOT_OWNER, table.claims().release(slot, 61, 103 * SECOND));
        assertEquals(List.of(new ReaderInfo(slot, 62, 102 * SECOND, 7, true)), table.snapshot());
        assertEquals(1, table.readersConnected());

        Received.Collector c = new Received.Collector();
        rings[slot].sender().send(0x3001, new byte[] {2}, 0, 1);
        assertEquals(1, table.reaper().pollControl(c, 10));
        assertEquals(List.of(Received.of(slot, 62, 0x3001, new byte[] {2})), c.messages);
    }

    @Test
    void heartbeatsFarInTheFutureCountAsStale() {
        int slot = table.claims().claim(71, 500 * SECOND);
        assertEquals(0, table.reaper().reapStale(499 * SECOND, 2 * SECOND), "slightly ahead is a reader racing the reaper");
        assertEquals(0, table.reaper().reapStale(499 * SECOND + SECOND / 4, SECOND / 2), "within the 1 s minimum tolerance");
        assertEquals(1, table.reaper().reapStale(100 * SECOND, 2 * SECOND));
        assertFree(slot);
    }

    @Test
    void reapHandlesClockValuesOfEitherSign() {
        int slot = table.claims().claim(72, Long.MAX_VALUE - 5);
        // the clock wrapped past Long.MAX_VALUE: 10 ns later, not stale
        assertEquals(0, table.reaper().reapStale(Long.MIN_VALUE + 4, 100));
        assertEquals(1, table.reaper().reapStale(Long.MIN_VALUE + 200, 100));
        assertFree(slot);
        assertThrows(IllegalArgumentException.class, () -> table.reaper().reapStale(0, -1));
    }

    @Test
    void aReaderLeavingWithUnreadMessagesKeepsTheSlotUntilTheyAreRead() {
        int slot = table.claims().claim(81, SECOND);
        assertEquals(ControlSendResult.SENT, rings[slot].sender().send(0x3000, new byte[] {1, 2, 3}, 0, 3));
        assertEquals(ControlSendResult.SENT, rings[slot].sender().send(0x3001, new byte[] {4}, 0, 1));
        assertEquals(ReaderSlotClaims.Release.DETACHING, table.claims().release(slot, 81, 2 * SECOND));
        assertTrue(table.isDetaching(slot));
        assertEquals(1, table.readersConnected());
        assertEquals(List.of(new ReaderInfo(slot, 81, 2 * SECOND, 0, true)), table.snapshot());
        assertEquals(slot + 1, table.claims().claim(82, 3 * SECOND), "a detaching slot is not claimable");

        Received.Collector c = new Received.Collector();
        assertEquals(1, table.reaper().pollControl(c, 1));
        assertTrue(table.isDetaching(slot), "still one message to read");
        assertEquals(1, table.reaper().pollControl(c, 10));
        assertEquals(List.of(Received.of(slot, 81, 0x3000, new byte[] {1, 2, 3}),
                Received.of(slot, 81, 0x3001, new byte[] {4})), c.messages, "attributed to the reader that sent them");
        assertFree(slot);
        assertEquals(1, table.readersConnected());
        assertEquals(slot, table.claims().claim(83, 4 * SECOND));
        assertEquals(0, table.reaper().pollControl(c, 10));
    }

    @Test
    void aDetachingSlotIsReapedWhenNoOneReadsIt() {
        int slot = table.claims().claim(91, SECOND);
        rings[slot].sender().send(0x3000, new byte[] {1}, 0, 1);
        assertEquals(ReaderSlotClaims.Release.DETACHING, table.claims().release(slot, 91, 2 * SECOND));
        assertEquals(0, table.reaper().reapStale(3 * SECOND, 5 * SECOND));
        assertEquals(1, table.reaper().reapStale(8 * SECOND, 5 * SECOND));
        assertFree(slot);
        assertEquals(0, table.readersConnected());
        assertEquals(slot, table.claims().claim(92, 9 * SECOND));
        Received.Collector c = new Received.Collector();
        assertEquals(0, table.reaper().pollControl(c, 10), "the next owner does not inherit the messages");
    }

    @Test
    void reapCompletesADrainedDetach() {
        int slot = table.claims().claim(93, SECOND);
        rings[slot].sender().send(0x3000, new byte[] {1}, 0, 1);
        assertEquals(ReaderSlotClaims.Release.DETACHING, table.claims().release(slot, 93, 2 * SECOND));
        rings[slot].poller().poll(slot, 93, new Received.Collector(), 10); // drained by someone polling the ring directly
        assertEquals(0, table.reaper().reapStale(3 * SECOND, 5 * SECOND), "not a reap");
        assertFree(slot);
        assertEquals(0, table.readersConnected());
    }

    @Test
    void messagesLeftInAFreeSlotByAnOlderPeerAreDeliveredAsSenderUnknown() {
        rings[2].sender().send(0x3000, new byte[] {5}, 0, 1); // a 2.0 reader zeroed its slot with this unread
        Received.Collector c = new Received.Collector();
        assertEquals(1, table.reaper().pollControl(c, 10));
        assertEquals(List.of(Received.of(2, 0, 0x3000, new byte[] {5})), c.messages);
    }

    @Test
    void aSlotBeingClaimedIsNotPolled() {
        slotArea.set(U32, 64 + IN_USE_OFFSET, 1); // in_use set, id not yet published
        rings[1].sender().send(0x3000, new byte[] {5}, 0, 1);
        Received.Collector c = new Received.Collector();
        assertEquals(0, table.reaper().pollControl(c, 10));
        assertEquals(List.of(new ReaderInfo(1, 0, 0, 0, true)), table.snapshot());
        assertEquals(0, table.reaper().reapStale(Long.MAX_VALUE, 0), "never reaped: its heartbeat is not set yet");
    }

    @Test
    void aFaultedRingIsSkippedAndRestartedForTheNextOwner() {
        int slot = table.claims().claim(101, SECOND);
        MemorySegment ring = rings[slot].segment();
        ring.set(ControlRingDescriptor.COUNTER, 8, 10_000L); // the reader's counter is garbage
        Received.Collector c = new Received.Collector();
        assertEquals(0, table.reaper().pollControl(c, 10));
        assertEquals(ControlPoller.Fault.COUNTERS_INCONSISTENT, table.reaper().controlFault(slot));
        assertEquals(ReaderSlotClaims.Release.DETACHING, table.claims().release(slot, 101, 2 * SECOND),
                "an inconsistent ring is not empty");
        assertEquals(0, table.reaper().pollControl(c, 10));
        assertFree(slot);
        assertEquals(ControlPoller.Fault.NONE, table.reaper().controlFault(slot));

        assertEquals(slot, table.claims().claim(102, 3 * SECOND));
        assertEquals(ControlSendResult.SENT, rings[slot].sender().send(0x3000, new byte[] {1}, 0, 1));
        assertEquals(1, table.reaper().pollControl(c, 10));
        assertEquals(List.of(Received.of(slot, 102, 0x3000, new byte[] {1})), c.messages);
    }

    @Test
    void pollingRotatesItsStartingSlot() {
        for (int i = 0; i < SLOTS; i++) {
            int slot = table.claims().claim(200 + i, SECOND);
            rings[slot].sender().send(0x10 + slot, new byte[0], 0, 0);
            rings[slot].sender().send(0x10 + slot, new byte[0], 0, 0);
        }
        Received.Collector c = new Received.Collector();
        for (int i = 0; i < SLOTS; i++) {
            assertEquals(1, table.reaper().pollControl(c, 1));
        }
        assertEquals(List.of(0, 1, 2, 3), c.messages.stream().map(Received::readerIndex).toList());
    }

    @Test
    void readersConnectedNeverGoesBelowZero() {
        int slot = table.claims().claim(111, SECOND);
        header.set(U32, CONNECTED, 0); // a peer got it wrong
        assertEquals(ReaderSlotClaims.Release.RELEASED, table.claims().release(slot, 111, 2 * SECOND));
        assertEquals(0, table.readersConnected());
    }

    @Test
    void withoutControlRingsReleaseIsImmediateAndPollingDeliversNothing() {
        ReaderSlotTable plain = new ReaderSlotTable(slotArea, SLOTS, header, CONNECTED, new ControlRing[0]);
        assertFalse(plain.hasControlRings());
        assertNull(plain.ring(0));
        int slot = plain.claims().claim(121, SECOND);
        assertEquals(ReaderSlotClaims.Release.RELEASED, plain.claims().release(slot, 121, 2 * SECOND));
        assertEquals(0, plain.reaper().pollControl(new Received.Collector(), 10));
        assertEquals(0, plain.readersConnected());
    }

    @Test
    void snapshotWorksOnAReadOnlyMapping() {
        table.claims().claim(131, 5);
        table.claims().claim(132, 6);
        table.claims().release(0, 131, 7);
        ReaderSlotTable readOnly = new ReaderSlotTable(slotArea.asReadOnly(), SLOTS, header.asReadOnly(), CONNECTED,
                ControlRing.sliceAll(ringArea.asReadOnly(), 0, CAP, CAP, SLOTS));
        assertEquals(List.of(new ReaderInfo(1, 132, 6, 0, true)), readOnly.snapshot());
        assertEquals(1, readOnly.readersConnected());
        assertEquals(132, readOnly.readerId(1));
    }

    @Test
    void inconsistentTablesAreRefusedWithAClearMessage() {
        ShmxException bounds = assertThrows(ShmxException.class,
                () -> new ReaderSlotTable(slotArea, SLOTS + 1, header, CONNECTED, new ControlRing[0]));
        assertTrue(bounds.getMessage().contains("reader slots"), bounds.getMessage());
        assertThrows(ShmxException.class, () -> new ReaderSlotTable(slotArea, -1, header, CONNECTED, new ControlRing[0]));
        assertThrows(ShmxException.class, () -> new ReaderSlotTable(slotArea, SLOTS, header, 126, new ControlRing[0]));
        assertThrows(ShmxException.class, () -> new ReaderSlotTable(slotArea, SLOTS, header, 118, new ControlRing[0]));
        assertThrows(ShmxException.class,
                () -> new ReaderSlotTable(slotArea.asSlice(4, 128), 2, header, CONNECTED, new ControlRing[0]));
        assertThrows(IllegalArgumentException.class,
                () -> new ReaderSlotTable(slotArea, SLOTS, header, CONNECTED, new ControlRing[2]));
        assertThrows(ShmxException.class,
                () -> ReaderSlotTable.ofRegion(slotArea, 1000, 1, CONNECTED, new ControlRing[0]));
    }
}
