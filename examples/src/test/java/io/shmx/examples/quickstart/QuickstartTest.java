package io.shmx.examples.quickstart;

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

class QuickstartTest {
    @RegisterExtension
    final ShmNames names = new ShmNames("quickstart");

    @Test
    void consumerSeesTheProducersSamplesInOrder() {
        String channel = names.next();
        Output out = new Output();
        Quickstart.run(channel, 30, out.stream());

        out.single("producer: created channel '" + channel + "' \\(3 streams, 65536 bytes per frame at most\\)");
        out.single("producer: published 30 frames, last frame id 30");
        out.single("consumer: opened '" + channel + "', streams \\[frame_id:U64, timestamp:F64, data:F32\\]");
        List<Matcher> frames = out.matches(
                "consumer: frame (\\d+) sequence=(\\d+) timestamp=([\\d.]+) data\\[0\\]=([\\d.]+) \\((\\d+) floats\\)");
        assertTrue(frames.size() >= 5, "too few frames seen:\n" + out.text());
        long previous = 0;
        for (Matcher m : frames) {
            long id = Long.parseLong(m.group(1));
            long sequence = Long.parseLong(m.group(2));
            assertEquals(id - 1, sequence, m.group());
            assertEquals(sequence, Double.parseDouble(m.group(4)), m.group());
            assertEquals("10", m.group(5));
            assertTrue(Double.parseDouble(m.group(3)) > 1.6e9, "a wall-clock timestamp: " + m.group());
            assertTrue(id > previous, "frames in order");
            previous = id;
        }
        out.single("consumer: saw " + frames.size() + " distinct frames; the last one, copied: Sample\\[sequence=29, "
                + "data=\\[29.0, 29.25, 29.5, 29.75, 30.0, 30.25, 30.5, 30.75, 31.0, 31.25\\]\\]");
        assertFalse(Files.exists(ShmNames.path(channel)), "the producer removed its region");
    }
}
