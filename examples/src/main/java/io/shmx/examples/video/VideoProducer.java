package io.shmx.examples.video;

import io.shmx.ChannelConfig;
import io.shmx.examples.support.Args;
import io.shmx.examples.support.Peers;

import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes 1920x1080 RGB frames at 30 frames/s, each drawn straight into its shared slot
 * ({@link TestPattern}). Alone, it first waits for {@code --consumers} consumers (1) to attach, at
 * most {@code --wait} seconds (60), so it can be started before or after {@link VideoConsumer}.
 *
 * <pre>
 * VideoProducer [--channel NAME] [--seconds S] [--fps F] [--width W] [--height H] [--consumers N] [--wait SECONDS]
 * </pre>
 */
public final class VideoProducer {
    private VideoProducer() {}

    public static void main(String[] args) {
        Args a = Args.parse("video-producer", args,
                List.of("channel", "seconds", "fps", "width", "height", "consumers", "wait"), List.of());
        run(a.string("channel", "video"), a.decimal("seconds", 10, 0), a.integer("fps", 30, 1),
                a.integer("width", 1920, 1), a.integer("height", 1080, 1), a.integer("consumers", 1, 0),
                Duration.ofSeconds(a.integer("wait", 60, 0)), System.out);
    }

    /**
     * Publishes for {@code seconds}, after waiting up to 10 s for {@code readers} readers to attach;
     * returns the number of frames published.
     */
    public static long run(String channel, double seconds, int fps, int width, int height, int readers,
                           PrintStream out) {
        return run(channel, seconds, fps, width, height, readers, Duration.ofSeconds(10), out);
    }

    /**
     * Publishes for {@code seconds}, after waiting up to {@code wait} for {@code readers} readers to
     * attach; returns the number of frames published.
     */
    public static long run(String channel, double seconds, int fps, int width, int height, int readers,
                           Duration wait, PrintStream out) {
        long pixelBytes = (long) width * height * VideoFrame.CHANNELS;
        long frameBytes = VideoFrameSchema.frameStreamBytes(VideoFrameSchema.WIDTH_BYTES_PER_ELEM)
                + VideoFrameSchema.frameStreamBytes(VideoFrameSchema.HEIGHT_BYTES_PER_ELEM)
                + VideoFrameSchema.frameStreamBytes(pixelBytes);
        ChannelConfig config = ChannelConfig.defaults().withFrameBytesCap(Math.toIntExact(frameBytes));
        long frames = Math.max(1, Math.round(seconds * fps));
        long period = 1_000_000_000L / fps;
        VideoFrameWriter writer = VideoFrameWriter.create(channel, config);
        try {
            out.printf("producer: channel '%s', %dx%d RGB, %d bytes per frame, %d frames/s for %d frames%n",
                    channel, width, height, frameBytes, fps, frames);
            Peers.awaitConsumers("producer", writer.server(), readers, wait,
                    "./shmx example video-consumer --channel " + channel, out);
            long start = System.nanoTime();
            for (long n = 0; n < frames; n++) {
                LockSupport.parkNanos(start + n * period - System.nanoTime());
                VideoFrameWriter.Frame frame = writer.begin();
                frame.width(width).height(height);
                MemorySegment pixels = frame.pixels(pixelBytes);   // the slot's bytes: no staging buffer
                TestPattern.draw(pixels, width, height, n);
                frame.publish(n / (double) fps);
            }
            double took = (System.nanoTime() - start) / 1e9;
            out.printf("producer: published %d frames in %.1f s (%.1f frames/s)%n", frames, took, frames / took);
            return frames;
        } finally {
            writer.destroy();      // readers see the channel closed; the region file is removed
        }
    }
}
