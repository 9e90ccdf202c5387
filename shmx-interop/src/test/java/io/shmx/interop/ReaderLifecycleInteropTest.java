package io.shmx.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ChannelConfig;
import io.shmx.Frame;
import io.shmx.ReaderInfo;
import io.shmx.ShmxClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registration, heartbeats and reaping of readers of one language by a producer of the other. */
class ReaderLifecycleInteropTest {

    private static List<ReaderInfo> inUse(AllTypesWriter w) {
        return w.server().snapshotReaders().stream().filter(ReaderInfo::inUse).toList();
    }

    @Test
    void javaProducerRegistersHeartbeatsAndReapsOriginalReaders() throws Exception {
        try (Channels ch = new Channels(); Peer live = Peer.start("reader-live"); Peer doomed = Peer.start("reader-killed")) {
            String name = ch.name("life-j");
            AllTypesWriter writer = AllTypesWriter.create(name, ChannelConfig.defaults().withCompatibility(true));
            try {
                live.call("open " + name + " 5000");
                doomed.call("open " + name + " 5000");
                assertEquals(2, inUse(writer).size(), "slots after two original readers opened");
                assertEquals(2, writer.server().headerInfo().readersConnected());
                long fid = writer.publish(Recipe.frame(7, 10), 7);
                long before = inUse(writer).get(0).heartbeat();
                Thread.sleep(5);
                live.call("read 2000 1");
                doomed.call("read 2000 1");
                for (ReaderInfo r : inUse(writer)) {
                    assertEquals(fid, r.lastFrameSeen(), "last_frame_seen of " + r);
                }
                assertTrue(inUse(writer).stream().allMatch(r -> r.heartbeat() > before), "heartbeats advanced on read");
                doomed.kill();
                Thread.sleep(400);
                live.call("read 2000 1"); // the live reader heartbeats
                int reaped = writer.server().reapStaleReaders(Duration.ofMillis(300));
                assertEquals(1, reaped, "the killed original reader is reaped, the live one is not");
                assertEquals(1, inUse(writer).size());
                assertEquals(1, writer.server().headerInfo().readersConnected());
                live.call("close");
                assertEquals(0, inUse(writer).size(), "slots after the original reader closed");
                assertEquals(0, writer.server().headerInfo().readersConnected());
            } finally {
                writer.destroy();
            }
        }
    }

    @Test
    void originalProducerRegistersHeartbeatsAndReapsJavaReaders() throws Exception {
        try (Channels ch = new Channels(); Peer cpp = Peer.start("producer")) {
            String name = ch.name("life-c");
            cpp.call("create " + name + " 4 8192 4096 16");
            try (ShmxClient silent = ShmxClient.open(name, Duration.ofSeconds(5)); ShmxClient busy = ShmxClient.open(name)) {
                String r = cpp.call("readers");
                assertEquals(2, Peer.num(r, "in_use"), r);
                assertEquals(2, Peer.num(r, "connected"), r);
                cpp.call("publish 1 1 0 0 0");
                Frame f = silent.latest();
                assertNotNull(f);
                long fid = f.frameId();
                assertNotNull(busy.latest());
                r = cpp.call("readers");
                assertTrue(r.contains(Long.toUnsignedString(silent.readerId()) + ":"), r);
                assertTrue(r.contains(":" + fid), "last_frame_seen " + fid + " in " + r);
                Thread.sleep(400);
                busy.sendControlEmpty(0x3000); // a send always heartbeats
                r = cpp.call("reap 300");
                assertEquals(1, Peer.num(r, "any"), r);
                assertEquals(1, Peer.num(r, "connected"), r);
                r = cpp.call("readers");
                assertTrue(r.contains(Long.toUnsignedString(busy.readerId()) + ":"), "the busy Java reader kept its slot: " + r);
                int lostIndex = silent.readerIndex();
                long lostId = silent.readerId();
                cpp.call("publish 2 1 0 0 0");
                assertNotNull(silent.latest(), "the reaped Java reader reads on");
                assertEquals(1, silent.slotReclaims(), "the reaped Java reader took a new slot");
                assertNotEquals(lostId, silent.readerId());
                r = cpp.call("readers");
                assertEquals(2, Peer.num(r, "in_use"), r + " (reaped slot was " + lostIndex + ")");
            }
            String r = cpp.call("readers");
            assertEquals(0, Peer.num(r, "in_use"), "slots after both Java readers closed: " + r);
        }
    }
}
