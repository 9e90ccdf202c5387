package io.shmx;

import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@link Frame#missedBefore()} counts from the newest frame at the reader's attach (0 if none), for latest() and next(). */
class MissedBaselineTest {
    @RegisterExtension
    static final ShmNames NAMES = new ShmNames("missed");
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "id", DType.U64, 1));

    static ShmxServer server(int slots) {
        return ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withSlots(slots), STREAMS);
    }

    static void publish(ShmxServer s, int frames) {
        for (int i = 0; i < frames; i++) {
            s.beginFrame().append(1, new long[]{s.framesPublished() + 1}, 1).publish(0);
        }
    }

    @Test
    void latestCountsFramesPublishedSinceTheReaderAttached() {
        try (ShmxServer s = server(8); ShmxClient c = ShmxClient.open(s.name())) {
            publish(s, 5);
            Frame f = c.latest();
            assertEquals(5, f.frameId());
            assertEquals(4, f.missedBefore(), "frames 1..4 came after the attach and were never returned");
            assertEquals(0, c.latest().missedBefore(), "the same frame again misses nothing");
            publish(s, 3);
            f = c.latest();
            assertEquals(8, f.frameId());
            assertEquals(2, f.missedBefore(), "frames 6 and 7");
        }
    }

    @Test
    void nextCountsFramesLappedBeforeTheFirstRead() {
        try (ShmxServer s = server(2); ShmxClient c = ShmxClient.open(s.name())) {
            publish(s, 5);
            Frame f = c.next();
            assertEquals(4, f.frameId(), "a ring of 2 holds frames 4 and 5");
            assertEquals(3, f.missedBefore(), "frames 1..3 were overwritten before the first read");
            long received = 1;
            long missed = f.missedBefore();
            for (f = c.next(); f != null; f = c.next()) {
                received++;
                missed += f.missedBefore();
            }
            assertEquals(5, received + missed, "every frame since the attach is received or missed");
        }
    }

    @Test
    void nextInARingLargeEnoughMissesNothing() {
        try (ShmxServer s = server(8); ShmxClient c = ShmxClient.open(s.name())) {
            publish(s, 5);
            for (long want = 1; want <= 5; want++) {
                Frame f = c.next();
                assertEquals(want, f.frameId());
                assertEquals(0, f.missedBefore());
            }
            assertNull(c.next());
        }
    }

    @Test
    void framesPublishedBeforeTheAttachNeverCount() {
        try (ShmxServer s = server(4)) {
            publish(s, 10);
            try (ShmxClient latest = ShmxClient.open(s.name()); ShmxClient next = ShmxClient.open(s.name())) {
                assertEquals(0, latest.latest().missedBefore(), "frame 10 was there before the attach");
                Frame f = next.next();
                assertEquals(7, f.frameId(), "the oldest frame in the ring");
                assertEquals(0, f.missedBefore(), "frames 1..6 were overwritten before the reader attached");

                publish(s, 6);  // frames 11..16; the ring holds 13..16
                f = latest.latest();
                assertEquals(16, f.frameId());
                assertEquals(5, f.missedBefore(), "frames 11..15");
                f = next.next();
                assertEquals(13, f.frameId());
                assertEquals(2, f.missedBefore(), "frames 11 and 12, published after the attach, were overwritten; "
                        + "8..10, older than the attach, do not count");
            }
        }
    }

    @Test
    void missedTotalIsTheRunningSumOfTheGaps() {
        try (ShmxServer s = server(8); ShmxClient c = ShmxClient.open(s.name())) {
            assertEquals(0, c.missedTotal());
            publish(s, 5);
            assertEquals(4, c.latest().missedBefore());
            assertEquals(4, c.missedTotal(), "frames 1..4");
            c.latest();
            assertEquals(4, c.missedTotal(), "the same frame again adds nothing");
            publish(s, 3);
            Frame f = c.latest();
            assertEquals(2, f.missedBefore(), "the gap before frame 8 is frames 6 and 7 only");
            assertEquals(6, c.missedTotal(), "4 + 2: the total keeps growing while each gap stays per frame");
            publish(s, 1);
            assertEquals(0, c.next().missedBefore());
            assertEquals(6, c.missedTotal());
        }
    }

    @Test
    void receivedPlusMissedTotalIsPublishedForNext() {
        try (ShmxServer s = server(2); ShmxClient c = ShmxClient.open(s.name())) {
            long received = 0;
            for (int round = 0; round < 20; round++) {
                publish(s, 1 + round % 4);
                for (Frame f = c.next(); f != null; f = c.next()) {
                    received++;
                }
            }
            assertEquals(s.framesPublished(), received + c.missedTotal());
            assertTrue(c.missedTotal() > 0, "a ring of 2 lapped by bursts of 3 and 4 loses frames");
        }
    }
}
