package io.shmx.examples.video;

import io.shmx.examples.support.Args;
import io.shmx.examples.support.Peers;
import io.shmx.examples.support.ReadUntilProducerGone;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Reads every video frame in order and computes its mean brightness over the pixels where they
 * lie in shared memory (nothing is copied), checking it against the producer's test pattern.
 *
 * <pre>
 * VideoConsumer [--channel NAME] [--wait SECONDS]
 * </pre>
 */
public final class VideoConsumer {
    private VideoConsumer() {}

    /**
     * What the consumer saw: frames read whole, frames it never got (overwritten before it came to
     * them), frames overwritten while it read them, and brightness values that did not match the
     * pattern.
     */
    public record Summary(long frames, long missed, long overwritten, long mismatches) {}

    public static void main(String[] args) {
        Args a = Args.parse("video-consumer", args, List.of("channel", "wait"), List.of());
        run(a.string("channel", "video"), Duration.ofSeconds(a.integer("wait", 60, 0)), System.out);
    }

    /** Reads until the producer is gone, waiting up to 60 s for it to create the channel. */
    public static Summary run(String channel, PrintStream out) {
        return run(channel, Duration.ofSeconds(60), out);
    }

    /** Reads until the producer is gone, waiting up to {@code wait} for it to create the channel (and saying so). */
    public static Summary run(String channel, Duration wait, PrintStream out) {
        // the producer may start after us: wait for it to create the channel
        try (VideoFrameReader reader = Peers.openWhenProduced("consumer", channel, wait,
                "./shmx example video-producer --channel " + channel, out, d -> VideoFrameReader.open(channel, d))) {
            long frames = 0;
            long missed = 0;
            long overwritten = 0;
            long mismatches = 0;
            var untilGone = new ReadUntilProducerGone<>(reader.client(), reader::awaitNext, reader::next,
                    Duration.ofMillis(250));
            for (VideoFrameView view; (view = untilGone.next()) != null; ) {
                // frames published after we attached that we never got
                missed += view.missedBefore();
                long started = System.nanoTime();
                int width = view.width();
                int height = view.height();
                double mean = Brightness.mean(view.pixelsSegment());   // a view of the slot, not a copy
                long scanNanos = System.nanoTime() - started;
                if (!view.isValid()) {
                    overwritten++;       // the producer lapped us while we read: discard the result
                    continue;
                }
                frames++;
                double expected = TestPattern.meanBrightness(height, view.frameId() - 1);
                if (mean != expected) {
                    mismatches++;
                }
                if (frames % 30 == 1) {
                    out.printf(Locale.ROOT, "consumer: frame %d %dx%d mean brightness %.3f (pattern says %.3f), "
                                    + "scanned %.1f MB in place in %.2f ms%n", view.frameId(), width, height, mean,
                            expected, view.pixelsSegment().byteSize() / 1e6, scanNanos / 1e6);
                }
            }
            Summary s = new Summary(frames, missed, overwritten, mismatches);
            out.printf("consumer: %d frames, %d missed, %d overwritten while read, %d brightness mismatches%n",
                    s.frames(), s.missed(), s.overwritten(), s.mismatches());
            return s;
        }
    }
}
