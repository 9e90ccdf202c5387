package io.shmx.faults;

import io.shmx.ChannelConfig;
import io.shmx.Frame;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.faults.soak.SoakProducer;
import io.shmx.testing.ChildJvm;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 12.2: a reader follows every new session under its name, whatever happened to the old
 * region: its producer killed and its file removed by hand before the next producer started (so
 * nothing marks the old region), or replaced while it keeps publishing (so frames keep coming from
 * the old region). The client checks its name every 250 ms of calls; the loops below give it 10 s.
 */
class FollowNameTest {
    static final ShmNames NAMES = new ShmNames("follow");
    static final long DEADLINE_NANOS = 10_000_000_000L;

    @AfterAll
    static void cleanup() {
        NAMES.close();
    }

    @Test
    void aReaderFollowsAfterItsProducerWasKilledAndItsFileRemoved() throws Exception {
        String name = NAMES.next();
        try (ChildJvm first = new ChildJvm(CompatProducerChild.class, name, "false")) {
            long firstSession = Long.parseUnsignedLong(first.expect("READY ").substring(6), 16);
            first.send("PUBLISH 3");
            first.expect("DONE");
            try (ShmxClient c = ShmxClient.open(name)) {
                assertEquals(firstSession, c.sessionId());
                assertNotNull(c.latest());
                first.kill();
                Files.delete(ShmNames.path(name)); // gone before anyone retires (and marks) it
                try (ChildJvm second = new ChildJvm(CompatProducerChild.class, name, "false")) {
                    long secondSession = Long.parseUnsignedLong(second.expect("READY ").substring(6), 16);
                    second.send("PUBLISH 2");
                    second.expect("DONE");
                    Frame f = readUntilSession(c, secondSession, 200_000L);
                    assertNotNull(f, "the reader stayed on the killed producer's region");
                    assertEquals(secondSession, c.sessionId());
                    second.send("HALT");
                }
            }
        }
    }

    @Test
    void aReaderFollowsAReplacementWhileTheOldProducerKeepsPublishing() throws Exception {
        String name = NAMES.next();
        try (ChildJvm old = new ChildJvm(SoakProducer.class, name, "7")) {
            old.expect("SESSION ");
            try (ShmxClient c = ShmxClient.open(name)) {
                assertNotNull(c.awaitNext(java.time.Duration.ofSeconds(10)));
                ChannelConfig replace = ChannelConfig.defaults().withSlots(4).withReaderSlots(8)
                        .withFrameBytesCap(4096).withReplaceLive(true);
                try (ShmxServer s = ShmxServer.create(name, replace, SoakProducer.STREAMS)) {
                    s.beginFrame().append(1, new long[]{1}, 1).append(2, new byte[SoakProducer.PATTERN_BYTES],
                            SoakProducer.PATTERN_BYTES).publish(1);
                    // calls 2 ms apart, so every call finds a new frame of the old producer
                    assertNotNull(readUntilSession(c, s.sessionId(), 2_000_000L),
                            "the reader stayed with the replaced producer, which still publishes");
                    assertTrue(old.isAlive(), "the old producer was still publishing throughout");
                }
            }
        }
    }

    /** Calls latest() every {@code pauseNanos} until a frame of {@code session} comes, or 10 s pass (then null). */
    private static Frame readUntilSession(ShmxClient c, long session, long pauseNanos) {
        long end = System.nanoTime() + DEADLINE_NANOS;
        while (System.nanoTime() < end) {
            Frame f = c.latest();
            if (f != null && c.sessionId() == session) {
                return f;
            }
            LockSupport.parkNanos(pauseNanos);
        }
        return null;
    }
}
