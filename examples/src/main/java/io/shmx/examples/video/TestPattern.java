package io.shmx.examples.video;

import java.lang.foreign.MemorySegment;

/**
 * The picture the video producer draws: horizontal bands whose brightness scrolls by one step
 * per frame. Row {@code r} of frame {@code n} has every byte equal to {@code (r + n) mod 256}, so
 * a consumer can check the mean brightness it computes against {@link #meanBrightness}.
 */
public final class TestPattern {
    private TestPattern() {}

    /** Draws frame {@code n} into {@code pixels} (width * height * 3 bytes), one row fill at a time. */
    public static void draw(MemorySegment pixels, int width, int height, long n) {
        long rowBytes = (long) width * VideoFrame.CHANNELS;
        for (int r = 0; r < height; r++) {
            pixels.asSlice(r * rowBytes, rowBytes).fill((byte) shade(r, n));
        }
    }

    /** The mean of all bytes of frame {@code n}. */
    public static double meanBrightness(int height, long n) {
        long sum = 0;
        for (int r = 0; r < height; r++) {
            sum += shade(r, n);
        }
        return (double) sum / height;
    }

    private static int shade(int row, long n) {
        return (int) ((row + n) & 0xFF);
    }
}
