package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shmx.ProducerState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Producer verdicts as text, and which stored pid is shown. */
class ProducerTextTest {
    @Test
    void pidShownOnlyWhileTheProducerIsAlive() {
        assertEquals(4242, ProducerText.shownPid(ProducerState.ALIVE, 4242));
        assertEquals(0, ProducerText.shownPid(ProducerState.ALIVE, 0), "a region of the original library");
        for (ProducerState gone : List.of(ProducerState.DEAD, ProducerState.CLOSED, ProducerState.REPLACED,
                ProducerState.UNKNOWN)) {
            assertEquals(0, ProducerText.shownPid(gone, 4242),
                    "a stored pid may belong to another process now: " + gone);
        }
    }

    @Test
    void verdictText() {
        assertEquals("yes (pid 12)", ProducerText.describe(ProducerState.ALIVE, 12));
        assertEquals("yes", ProducerText.describe(ProducerState.ALIVE, 0));
        assertEquals("no", ProducerText.describe(ProducerState.DEAD, 0));
        assertEquals("closed", ProducerText.describe(ProducerState.CLOSED, 0));
        assertEquals("replaced", ProducerText.describe(ProducerState.REPLACED, 0));
        assertEquals("unknown", ProducerText.describe(ProducerState.UNKNOWN, 0));
        assertEquals("no", ProducerText.alive(ProducerState.CLOSED));
        assertEquals("yes", ProducerText.alive(ProducerState.ALIVE));
        assertEquals("unknown", ProducerText.alive(ProducerState.UNKNOWN));
    }
}
