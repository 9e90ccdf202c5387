package io.shmx.examples.video;

import io.shmx.examples.testing.Output;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.util.Locale;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VideoExampleTest {
    @RegisterExtension
    final ShmNames names = new ShmNames("video");

    @Test
    void consumerComputesEachFramesBrightnessInPlace() {
        String channel = names.next();
        Output out = new Output();
        VideoConsumer.Summary s = VideoExample.run(channel, 1.0, out.stream());

        // the producer waited for the consumer: every frame was read whole, overwritten under the
        // reader, or overwritten before it (a reader that falls a ring behind, e.g. while warming up)
        assertEquals(30, s.frames() + s.missed() + s.overwritten(), out.text());
        assertEquals(0, s.mismatches(), out.text());
        assertTrue(s.frames() >= 20, out.text());
        out.single("producer: channel '" + channel + "', 1920x1080 RGB, 6220896 bytes per frame, 30 frames/s for 30 frames");
        Matcher first = out.matches("consumer: frame (\\d+) 1920x1080 mean brightness ([\\d.]+) \\(pattern says "
                + "([\\d.]+)\\), scanned 6\\.2 MB in place in [\\d.]+ ms").getFirst();
        // frame k shows pattern k - 1: row r has shade (r + k - 1) mod 256
        long k = Long.parseLong(first.group(1));
        long sum = 0;
        for (int r = 0; r < 1080; r++) {
            sum += (r + k - 1) % 256;
        }
        assertEquals(String.format(Locale.ROOT, "%.3f", sum / 1080.0), first.group(2), first.group());
        assertEquals(first.group(2), first.group(3));
        out.single("consumer: " + s.frames() + " frames, " + s.missed() + " missed, " + s.overwritten()
                + " overwritten while read, 0 brightness mismatches");
        assertFalse(Files.exists(ShmNames.path(channel)), "the producer removed its region");
    }

    @Test
    void brightnessCountsBytesAsUnsigned() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pixels = arena.allocate(19);       // not a multiple of 8: the tail is summed too
            for (int i = 0; i < 19; i++) {
                pixels.set(ValueLayout.JAVA_BYTE, i, (byte) (i % 2 == 0 ? 255 : 1));
            }
            assertEquals((10 * 255 + 9) / 19.0, Brightness.mean(pixels), 1e-12);
            assertEquals(0, Brightness.mean(MemorySegment.NULL));
        }
    }

    @Test
    void patternMeanMatchesTheDrawnBytes() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pixels = arena.allocate(7L * 300 * VideoFrame.CHANNELS);
            TestPattern.draw(pixels, 7, 300, 250);
            assertEquals(TestPattern.meanBrightness(300, 250), Brightness.mean(pixels), 1e-12);
            assertEquals((byte) 250, pixels.get(ValueLayout.JAVA_BYTE, 0));
            assertEquals((byte) 0, pixels.get(ValueLayout.JAVA_BYTE, 6L * 7 * 3));     // row 6: (6 + 250) mod 256
        }
    }
}
