package io.shmx.examples.video;

import io.shmx.examples.testing.Output;
import io.shmx.examples.testing.ShmNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class VideoExampleTest {
    private final ShmNames names = new ShmNames("video");

    @AfterEach
    void cleanUp() {
        names.close();
    }

    @Test
    void consumerComputesEachFramesBrightnessInPlace() {
        String channel = names.next();
        Output out = new Output();
        VideoConsumer.Summary s = VideoExample.run(channel, 1.0, out.stream());

        assertEquals(new VideoConsumer.Summary(30, 0, 0, 0), s, out.text());
        out.single("producer: channel '" + channel + "', 1920x1080 RGB, 6220896 bytes per frame, 30 frames/s for 30 frames");
        // frame 1 is pattern frame 0: row r has shade r mod 256, so the mean is
        // (4 * (0 + ... + 255) + (0 + ... + 55)) / 1080 = 132100 / 1080 = 122.3148...
        out.single("consumer: frame 1 1920x1080 mean brightness 122\\.315 \\(pattern says 122\\.315\\), scanned 6\\.2 MB "
                + "in place in [\\d.]+ ms");
        out.single("consumer: 30 frames, 0 missed, 0 overwritten while read, 0 brightness mismatches");
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
