package io.shmx.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ChannelConfig;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The original's readers against our region lifecycle: a region appears under its name only when
 * complete (an original reader opening the name in a loop while Java producers create and remove it
 * never faults), and in compatibility mode a restarted Java producer restarts in place, so original
 * readers follow its new session as they follow a restarted C++ producer.
 */
class RegionLifecycleInteropTest {

    /**
     * 13.2: the original reader maps whatever it finds under the name; a Java region that is still
     * being created (0 bytes for a few milliseconds) killed it with SIGBUS. A region must appear
     * under its name only when complete.
     */
    @Test
    void originalReaderOpeningInALoopSurvivesJavaProducersCreatingAndRemovingTheRegion() throws Exception {
        try (Channels ch = new Channels(); Peer cpp = Peer.start("openloop")) {
            String name = ch.name("appear");
            CompletableFuture<String> loop = CompletableFuture.supplyAsync(() -> cpp.call("openloop " + name + " 4000", 60));
            int created = 0;
            while (!loop.isDone()) {
                AllTypesWriter w = AllTypesWriter.create(name, ChannelConfig.defaults().withCompatibility(true));
                w.publish(Recipe.frame(1, 4), 1);
                w.destroy();
                created++;
            }
            String r = loop.get();
            assertTrue(cpp.isAlive(), "the original reader died (SIGBUS?) while " + created + " regions came and went"
                    + cpp.stderrTail());
            assertTrue(Peer.num(r, "opened") > 0, r);
            System.out.println("interop: original openloop over " + created + " Java creations: " + r);
        }
    }

    /**
     * 13.4: the original producer restarts in place (same file, new session id) and its readers
     * follow. With compatibility on, a restarted Java producer must be followed the same way by an
     * original reader that does not re-open.
     */
    @Test
    void originalReaderFollowsARestartedCompatibilityProducer() throws Exception {
        try (Channels ch = new Channels(); Peer cpp = Peer.start("reader")) {
            String name = ch.name("restart");
            ChannelConfig config = ChannelConfig.defaults().withCompatibility(true);
            AllTypesWriter first = AllTypesWriter.create(name, config);
            first.publish(Recipe.frame(5, 5), 5);
            cpp.call("open " + name + " 5000");
            assertEquals(5, Peer.num(cpp.call("read 2000 1"), "lastseq"));
            first.close(); // the producer stops (as if its process ended) and a new one starts
            AllTypesWriter second = AllTypesWriter.create(name, config);
            try {
                second.publish(Recipe.frame(1001, 5), 1001);
                String r = cpp.call("read 3000 1");
                assertEquals(0, Peer.num(r, "bad"), r);
                assertEquals(1001, Peer.num(r, "lastseq"), "the original reader still reads the old region: " + r);
            } finally {
                second.destroy();
            }
        }
    }
}
