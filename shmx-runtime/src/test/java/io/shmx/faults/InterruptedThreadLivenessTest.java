package io.shmx.faults;

import io.shmx.ChannelInUseException;
import io.shmx.DType;
import io.shmx.ProducerState;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.testing.ChildJvm;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 12.1: a thread interrupt in the producer's process must not drop the producer's liveness
 * lock. The producer runs in a child JVM and uses its channel from interrupted threads (reap,
 * same-JVM client open/read/probe/close); this JVM then must still see it alive and be refused the
 * name.
 */
class InterruptedThreadLivenessTest {
    static final ShmNames NAMES = new ShmNames("intr");

    @AfterAll
    static void cleanup() {
        NAMES.close();
    }

    @Test
    void interruptedThreadsInTheProducerProcessLeaveItAlive() throws Exception {
        String name = NAMES.next();
        try (ChildJvm child = new ChildJvm(InterruptedProducerChild.class, name)) {
            List<String> steps = new ArrayList<>();
            for (String line; (line = child.readLine()) != null && !line.equals("READY"); ) {
                if (line.startsWith("STEP ")) {
                    steps.add(line);
                }
            }
            assertEquals(6, steps.size(), "every step reported: " + steps);
            for (String s : steps) {
                assertFalse(s.contains("threw"), "an interrupted thread gets a normal result: " + s);
                assertTrue(s.endsWith("interrupted=true"), "the interrupt flag is kept for the caller: " + s);
            }
            assertTrue(steps.get(3).contains("ALIVE"), steps.get(3));
            assertTrue(steps.get(5).contains("ALIVE"), steps.get(5));
            try (ShmxClient c = ShmxClient.open(name)) {
                assertEquals(ProducerState.ALIVE, c.producerState(), "the producer still holds its liveness lock");
                long first = c.awaitNext(java.time.Duration.ofSeconds(5)).frameId();
                assertTrue(first > 0);
            }
            assertThrows(ChannelInUseException.class,
                    () -> ShmxServer.create(name, List.of(StreamSpec.of(1, "v", DType.I64, 1))).close(),
                    "a second producer must be refused while the first lives");
            child.send("EXIT");
            assertTrue(child.expect("PUBLISHED ").length() > 10);
            assertEquals(0, child.waitFor(30));
        }
    }
}
