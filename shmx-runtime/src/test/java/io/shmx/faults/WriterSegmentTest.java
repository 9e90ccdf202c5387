package io.shmx.faults;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.Frame;
import io.shmx.FrameWriter;
import io.shmx.ShmxClient;
import io.shmx.ShmxException;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 12.4: a writer's segments expose only the frame's payload, and fail clearly outside a frame. */
class WriterSegmentTest {
    static final ShmNames NAMES = new ShmNames("wseg");
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "v", DType.I64, 1),
            StreamSpec.of(2, "w", DType.U8, 1));

    @AfterAll
    static void cleanup() {
        NAMES.close();
    }

    @Test
    void theSegmentIsExactlyThePayloadSoScribblingOverItLeavesTheHeaderIntact() {
        int cap = 4096;
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withFrameBytesCap(cap), STREAMS);
             ShmxClient c = ShmxClient.open(s.name())) {
            for (int frame = 1; frame <= 4; frame++) {
                FrameWriter w = s.beginFrame();
                MemorySegment all = w.segment();
                assertEquals(cap, all.byteSize(), "segment() covers the payload, not the slot's header");
                all.fill((byte) 0x5A); // a careless caller wiping "its" buffer
                long off = w.claimOffset(1, 1);
                w.segment().set(ValueLayout.JAVA_LONG_UNALIGNED, off, 1000L + frame);
                MemorySegment claimed = w.claim(2, 16);
                assertEquals(16, claimed.byteSize());
                claimed.fill((byte) frame);
                w.publish(frame);
                Frame f = c.latest();
                assertNotNull(f, "frame " + frame + " is readable: its header was not scribbled on");
                assertEquals(frame, f.frameId());
                assertEquals(1000L + frame, f.stream(1).get(ValueLayout.JAVA_LONG_UNALIGNED, 0));
                assertEquals((byte) frame, f.stream(2).get(ValueLayout.JAVA_BYTE, 15));
            }
        }
    }

    @Test
    void askingForTheSegmentRetiresTheSlotsOlderFrameBeforeAnyByteOfItChanges() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withSlots(1), STREAMS);
             ShmxClient c = ShmxClient.open(s.name())) {
            s.beginFrame().append(1, new long[]{10}, 1).publish(1);
            Frame older = c.latest();
            assertEquals(10L, older.stream(1).get(ValueLayout.JAVA_LONG_UNALIGNED, 0));
            FrameWriter w = s.beginFrame(); // frame 2 goes into frame 1's slot
            assertTrue(older.isValid(), "begun, nothing handed out: frame 1 still stands");
            MemorySegment all = w.segment();
            assertFalse(older.isValid(), "the segment may change any byte: frame 1 no longer validates");
            assertNull(c.latest(), "no frame is readable while the only slot is being written");
            all.fill((byte) 0x5A); // before any claim: a reader holding frame 1 must not accept these bytes
            w.abort();
            assertNull(c.latest(), "an abort does not bring frame 1 back: its bytes may have changed");
        }
    }

    @Test
    void segmentAndClaimOutsideAFrameFailWithTheReason() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), STREAMS)) {
            FrameWriter w = s.beginFrame().append(1, new long[]{1}, 1);
            w.publish(0);
            ShmxException e = assertThrows(ShmxException.class, w::segment);
            assertTrue(e.getMessage().contains("no frame in progress"), e.getMessage());
            assertThrows(ShmxException.class, () -> w.claim(1, 1));
        }
    }
}
