package io.shmx.examples.sensors;

import io.shmx.examples.testing.Output;
import io.shmx.examples.testing.ShmNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SensorsExampleTest {
    private final ShmNames names = new ShmNames("sensors");

    @AfterEach
    void cleanUp() {
        names.close();
    }

    @Test
    void producerObeysTheClientsRateAndReset() {
        String channel = names.next();
        Output out = new Output();
        SensorsClient.Outcome outcome = SensorsExample.run(channel, out.stream());

        assertTrue(outcome.resetSeen(), out.text());
        String reader = out.single("client: reader ([0-9a-f]+) on '" + channel
                + "', streams \\[temperature, pressure, humidity\\]").group(1);
        out.single("client: T=25\\.0 C  P=1013\\.25 hPa  H=45\\.0 %");
        out.single("client: asked for 100 Hz: SENT");
        out.single("producer: reader " + reader + " set the rate to 100\\.0 Hz");
        out.single("client: asked for a reset: SENT");
        out.single("producer: reader " + reader + " asked for a reset; readings start over");
        out.single("client: readings started over at frame \\d+: T=25\\.0 C");
        assertFalse(out.matches("producer: 1 reader\\(s\\) \\[" + reader + ": last frame \\d+, heard from \\d+ ms ago\\]")
                .isEmpty(), "the producer reported the reader:\n" + out.text());
        // the order of events: the rate is set before the reset is asked for
        String text = out.text();
        assertTrue(text.indexOf("set the rate to 100.0 Hz") < text.indexOf("asked for a reset; readings"), text);
        assertFalse(Files.exists(ShmNames.path(channel)), "the producer removed its region");
    }
}
