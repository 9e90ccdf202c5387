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
 * Issue 12.7: a claimer that died between taking a slot ({@code in_use = 1}) and publishing its
 * reader id leaves a slot that the reaper retires after the timeout, with the count right, and
 * the slot is claimed again.
 */
class AbandonedClaimTest {
    static final ShmNames NAMES = new ShmNames("abandoned");
    static final long SECOND = 1_000_000_000L;

    @AfterAll
    static void cleanup() {
        NAMES.close();
    }

    @Test
    void aClaimAbandonedAfterItsHeartbeatIsReapedAndUncounted() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withReaderSlots(2),
                List.of(StreamSpec.of(1, "v", DType.I64, 1)));
             MappedRegion m = Platform.current().mapExisting(s.file(), false, "test")) {
            long now = System.nanoTime();
            long slot = slot0(m);
            Wire.putU32(m.segment(), slot + ReaderSlotDescriptor.IN_USE_OFFSET, 1);
            m.segment().set(Wire.U64, slot + ReaderSlotDescriptor.HEARTBEAT_OFFSET, now - 10 * SECOND);
            Wire.putU32(m.segment(), GlobalHeaderDescriptor.READERS_CONNECTED_OFFSET, 1); // it counted itself
            assertEquals(0, s.reapStaleReaders(now, 30 * SECOND), "younger than the timeout: kept");
            assertEquals(1, s.reapStaleReaders(now, SECOND), "past the timeout: retired");
            assertEquals(0, s.headerInfo().readersConnected());
            assertEquals(0, m.segment().get(Wire.U32, slot + ReaderSlotDescriptor.IN_USE_OFFSET));
            try (ShmxClient c = ShmxClient.open(s.name())) {
                assertEquals(0, c.readerIndex(), "the slot is claimed again");
                assertEquals(1, s.headerInfo().readersConnected());
            }
        }
    }

    @Test
    void aClaimAbandonedBeforeItsHeartbeatIsReapedATimeoutAfterTheReaperSawIt() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withReaderSlots(2),
                List.of(StreamSpec.of(1, "v", DType.I64, 1)));
             MappedRegion m = Platform.current().mapExisting(s.file(), false, "test")) {
            long now = System.nanoTime();
            long slot = slot0(m);
            Wire.putU32(m.segment(), slot + ReaderSlotDescriptor.IN_USE_OFFSET, 1);
            assertEquals(0, s.reapStaleReaders(now, SECOND), "first seen now");
            assertEquals(0, s.reapStaleReaders(now + SECOND / 2, SECOND));
            assertEquals(1, s.reapStaleReaders(now + 2 * SECOND, SECOND));
            assertEquals(0, s.headerInfo().readersConnected(), "it never counted itself: nothing to undo");
            assertEquals(0, m.segment().get(Wire.U32, slot + ReaderSlotDescriptor.IN_USE_OFFSET));
        }
    }

    private static long slot0(MappedRegion m) {
        return m.layout().readersOffset() + ReaderSlotDescriptor.slotOffset(0);
    }
}
