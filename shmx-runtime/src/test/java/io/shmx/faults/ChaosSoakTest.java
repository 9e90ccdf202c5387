package io.shmx.faults;

import io.shmx.faults.soak.ChaosSoak;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The chaos soak ({@link ChaosSoak}) as a test. The normal build runs a short smoke version
 * ({@code shmx.chaos.seconds}, default 20 s); the {@code chaos} Maven profile runs 150 s:
 * {@code mvn -B -pl shmx-runtime -am test -Pchaos}.
 */
class ChaosSoakTest {
    static final ShmNames NAMES = new ShmNames("chaos");

    @AfterAll
    static void cleanup() {
        NAMES.close();
    }

    @Test
    void everyInvariantHoldsAfterEveryFault() throws Exception {
        long seconds = Long.getLong("shmx.chaos.seconds", 20);
        long seed = Long.getLong("shmx.chaos.seed", System.nanoTime());
        ChaosSoak.Result r = new ChaosSoak(NAMES.next(), seed).run(seconds);
        assertEquals(java.util.List.of(), r.failures(), r::toString);
        assertTrue(r.cycles() > 0, r::toString);
        assertTrue(r.framesRead() > 0, r::toString);
    }
}
