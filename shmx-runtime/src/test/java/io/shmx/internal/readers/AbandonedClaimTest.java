package io.shmx.internal.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.region.MappedRegion;
import io.shmx.internal.region.Platform;
import io.shmx.internal.wire.Wire;
import io.shmx.testing.ShmNames;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12.7: a claimer that died between taking a slot and publishing its reader id leaves a slot
 * that the reaper retires after the timeout, with the count right, and the slot is claimed again.
 * Each state a claim can die in: committed (counted), not committed, and a 2.0 peer's claim.
 */
class AbandonedClaimTest {
    static final ShmNames NAMES = new ShmNames("abandoned");
    static final long SECOND = 1_000_000_000L;

    @AfterAll
    static void cleanup() {
        NAMES.close();
    }

    @Test
    void aCommittedClaimThatNeverPublishedItsIdIsRetiredATimeoutAfterTheReaperSawItAndUncounted() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withReaderSlots(2),
                List.of(StreamSpec.of(1, "v", DType.I64, 1)));
             MappedRegion m = Platform.current().mapExisting(s.file(), false, "test")) {
            long now = System.nanoTime();
            long slot = slot0(m);
            long owned = ReaderSlotDescriptor.claimWord(1, 7, ReaderSlotDescriptor.STATE_OWNED);
            m.segment().set(Wire.U64, slot + ReaderSlotDescriptor.CLAIM_WORD_OFFSET, owned);
            m.segment().set(Wire.U64, slot + ReaderSlotDescriptor.HEARTBEAT_OFFSET, now - 10 * SECOND);
            Wire.putU32(m.segment(), GlobalHeaderDescriptor.READERS_CONNECTED_OFFSET, 1); // it counted itself
            // In use, no id and an old heartbeat is also what a slot looks like while its reader frees
            // it (the id is cleared first): retiring it on sight could race that free.
            assertEquals(0, s.reapStaleReaders(now, SECOND), "first seen, old heartbeat: kept");
            assertEquals(0, s.reapStaleReaders(now + SECOND / 2, SECOND), "seen for less than the timeout: kept");
            assertEquals(1, s.reapStaleReaders(now + 2 * SECOND, SECOND), "seen for longer than the timeout: retired");
            assertEquals(0, s.headerInfo().readersConnected(), "a committed claim was counted: uncounted");
            assertEquals(ReaderSlotDescriptor.claimWord(0, 7, ReaderSlotDescriptor.STATE_NONE),
                    m.segment().get(Wire.U64, slot + ReaderSlotDescriptor.CLAIM_WORD_OFFSET), "free, same generation");
            try (ShmxClient c = ShmxClient.open(s.name())) {
                assertEquals(0, c.readerIndex(), "the slot is claimed again");
                assertEquals(1, s.headerInfo().readersConnected());
                long word = m.segment().get(Wire.U64, slot + ReaderSlotDescriptor.CLAIM_WORD_OFFSET);
                assertEquals(ReaderSlotDescriptor.claimWord(1, 8, ReaderSlotDescriptor.STATE_OWNED), word,
                        "the new claim advanced the generation and committed");
            }
        }
    }

    @Test
    void aClaimThatNeverCommittedIsRetiredWithoutTouchingTheCount() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withReaderSlots(2),
                List.of(StreamSpec.of(1, "v", DType.I64, 1)));
             MappedRegion m = Platform.current().mapExisting(s.file(), false, "test")) {
            long now = System.nanoTime();
            long slot = slot0(m);
            m.segment().set(Wire.U64, slot + ReaderSlotDescriptor.CLAIM_WORD_OFFSET,
                    ReaderSlotDescriptor.claimWord(1, 3, ReaderSlotDescriptor.STATE_CLAIMING));
            // A stray id of some claimer that published it after its claim was retired elsewhere.
            m.segment().set(Wire.U64, slot + ReaderSlotDescriptor.READER_ID_OFFSET, 0x51A7L);
            assertEquals(0, s.reapStaleReaders(now, SECOND), "first seen now");
            assertEquals(0, s.reapStaleReaders(now + SECOND / 2, SECOND));
            assertEquals(1, s.reapStaleReaders(now + 2 * SECOND, SECOND));
            assertEquals(0, s.headerInfo().readersConnected(), "the claimer uncounts itself when its commit fails");
            assertEquals(0, m.segment().get(Wire.U32, slot + ReaderSlotDescriptor.IN_USE_OFFSET));
            assertEquals(0, m.segment().get(Wire.U64, slot + ReaderSlotDescriptor.READER_ID_OFFSET), "stray id cleared");
        }
    }

    @Test
    void anOlderPeersClaimThatNeverPublishedItsIdIsRetiredWithoutTouchingTheCount() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withReaderSlots(2),
                List.of(StreamSpec.of(1, "v", DType.I64, 1)));
             MappedRegion m = Platform.current().mapExisting(s.file(), false, "test")) {
            long now = System.nanoTime();
            long slot = slot0(m);
            Wire.putU32(m.segment(), slot + ReaderSlotDescriptor.IN_USE_OFFSET, 1); // a 2.0 claim: in_use alone
            Wire.putU32(m.segment(), GlobalHeaderDescriptor.READERS_CONNECTED_OFFSET, 1); // some other reader
            assertEquals(0, s.reapStaleReaders(now, SECOND), "first seen now");
            assertEquals(0, s.reapStaleReaders(now + SECOND / 2, SECOND));
            assertEquals(1, s.reapStaleReaders(now + 2 * SECOND, SECOND));
            assertEquals(1, s.headerInfo().readersConnected(), "a 2.0 reader counts itself after its id: nothing to undo");
            assertEquals(0, m.segment().get(Wire.U32, slot + ReaderSlotDescriptor.IN_USE_OFFSET));
        }
    }

    @Test
    void aStrayIdInAFreeSlotMakesAClaimMoveOnAndIsClearedATimeoutAfterTheReaperSawIt() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withReaderSlots(2),
                List.of(StreamSpec.of(1, "v", DType.I64, 1)));
             MappedRegion m = Platform.current().mapExisting(s.file(), false, "test")) {
            long now = System.nanoTime();
            long slot = slot0(m);
            // A claimer retired while stalled wrote its id after resuming and died before taking it back.
            m.segment().set(Wire.U64, slot + ReaderSlotDescriptor.READER_ID_OFFSET, 0x51A7L);
            try (ShmxClient c = ShmxClient.open(s.name())) {
                assertEquals(1, c.readerIndex(), "slot 0 holds an id that is not the claimer's: it moves on");
                assertEquals(1, s.headerInfo().readersConnected(), "counted once");
                assertEquals(0, m.segment().get(Wire.U32, slot + ReaderSlotDescriptor.IN_USE_OFFSET), "slot 0 free");
                assertEquals(0, s.reapStaleReaders(now, SECOND), "the stray id is first seen now");
                assertEquals(0x51A7L, m.segment().get(Wire.U64, slot + ReaderSlotDescriptor.READER_ID_OFFSET));
                s.reapStaleReaders(now + 2 * SECOND, SECOND);
                assertEquals(0, m.segment().get(Wire.U64, slot + ReaderSlotDescriptor.READER_ID_OFFSET),
                        "cleared a timeout later");
            }
            try (ShmxClient c = ShmxClient.open(s.name())) {
                assertEquals(0, c.readerIndex(), "slot 0 is claimable again");
            }
        }
    }

    private static long slot0(MappedRegion m) {
        return m.layout().readersOffset() + ReaderSlotDescriptor.slotOffset(0);
    }
}
