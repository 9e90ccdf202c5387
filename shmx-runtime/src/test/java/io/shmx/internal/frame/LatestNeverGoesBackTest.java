package io.shmx.internal.frame;

import io.shmx.DType;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.internal.region.MappedRegion;
import io.shmx.internal.region.Platform;
import io.shmx.internal.region.RegionLayout;
import io.shmx.internal.wire.Wire;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 12.7: latest() never returns a frame older than one it already returned, even when the
 * newest slot reads as being rewritten and only an older frame is readable.
 */
class LatestNeverGoesBackTest {
    static final ShmNames NAMES = new ShmNames("latestback");

    @AfterAll
    static void cleanup() {
        NAMES.close();
    }

    @Test
    void aTornNewestSlotDoesNotSendTheReaderBackInTime() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), List.of(StreamSpec.of(1, "v", DType.I64, 1)));
             MappedRegion m = Platform.current().mapExisting(s.file(), false, "test region")) {
            long[] v = new long[1];
            for (int i = 1; i <= 4; i++) {
                v[0] = i;
                s.beginFrame().append(1, v, 1).publish(i);
            }
            FrameReader reader = new FrameReader(m.segment(), m.layout());
            FrameView view = new FrameView();
            assertTrue(reader.latest(view));
            assertEquals(4, view.frameId());
            // frame 4's slot now reads as being written (frame_id 0) while frame_seq still says 4:
            // what a reader sees when the writer laps it between its two loads
            RegionLayout l = m.layout();
            long slot4 = l.slotsOffset() + FrameHeaderDescriptor.slotOf(4, (int) l.slots()) * l.slotStride();
            m.segment().set(Wire.U64, slot4 + FrameHeaderDescriptor.FRAME_ID_OFFSET, 0L);
            boolean found = reader.latest(view);
            assertTrue(!found || view.frameId() >= 4, "latest() went back to frame " + view.frameId());
            assertEquals(4, reader.lastId());
        }
    }
}
