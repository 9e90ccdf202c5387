package io.shmx.examples.sensors;

import io.shmx.examples.testing.Output;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SensorsExampleTest {
    @RegisterExtension
    final ShmNames names = new ShmNames("sensors");

    private static double value(Matcher m, int group) {
        return Double.parseDouble(m.group(group));
    }

    @Test
    void producerObeysTheClientsRateAndReset() {
        String channel = names.next();
        Output out = new Output();
        SensorsClient.Outcome outcome = SensorsExample.run(channel, out.stream());

        assertTrue(outcome.resetSeen(), out.text());
        String reader = out.single("client: reader ([0-9a-f]+) on '" + channel
                + "', streams \\[temperature, pressure, humidity\\]").group(1);
        List<Matcher> readings = out.matches("client: T=([\\d.]+) C  P=([\\d.]+) hPa  H=([\\d.]+) %");
        assertEquals(3, readings.size(), out.text());
        for (int i = 1; i < 3; i++) {
            // consecutive readings (next() misses none at 10 Hz): +0.1 C, +0.01 hPa, +0.05 %
            assertEquals(0.1, value(readings.get(i), 1) - value(readings.get(i - 1), 1), 0.051);
            assertEquals(0.01, value(readings.get(i), 2) - value(readings.get(i - 1), 2), 0.0051);
        }
        out.single("client: asked for 100 Hz: SENT");
        out.single("producer: reader " + reader + " set the rate to 100\\.0 Hz");
        out.single("client: asked for a reset: SENT");
        out.single("producer: reader " + reader + " asked for a reset; readings start over");
        Matcher reset = out.single("client: readings started over at frame \\d+: T=([\\d.]+) C \\(was ([\\d.]+) C\\)");
        // after 1.2 s at 100 Hz the temperature has risen well above 26 C; a reset brings it back to 25
        // (plus 0.1 C per reading the producer published before the client read again)
        assertTrue(value(reset, 2) > 26.0, reset.group());
        assertTrue(value(reset, 1) >= 25.0 && value(reset, 1) < value(reset, 2) - 0.5, reset.group());
        assertFalse(out.matches("producer: 1 reader\\(s\\) \\[" + reader + ": last frame \\d+, heard from \\d+ ms ago\\]")
                .isEmpty(), "the producer reported the reader:\n" + out.text());
        // the order of events: the rate is set before the reset is asked for
        String text = out.text();
        assertTrue(text.indexOf("set the rate to 100.0 Hz") < text.indexOf("asked for a reset; readings"), text);
        assertFalse(Files.exists(ShmNames.path(channel)), "the producer removed its region");
    }
}
