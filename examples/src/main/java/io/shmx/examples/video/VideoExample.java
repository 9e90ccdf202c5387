package io.shmx.examples.video;

import io.shmx.examples.support.Args;
import io.shmx.examples.support.Channels;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Video frames in one command: {@link VideoProducer} (1920x1080 RGB, 30 frames/s) and
 * {@link VideoConsumer} on two threads, through a shared channel.
 *
 * <pre>
 * VideoExample [--channel NAME] [--seconds S]
 * </pre>
 */
public final class VideoExample {
    private VideoExample() {}

    public static void main(String[] args) {
        Args a = Args.parse("video", args, List.of("channel", "seconds"), List.of());
        run(a.string("channel", Channels.unique("video")), a.decimal("seconds", 5, 0), System.out);
    }

    public static VideoConsumer.Summary run(String channel, double seconds, PrintStream out) {
        CompletableFuture<Long> producer = CompletableFuture.supplyAsync(
                () -> VideoProducer.run(channel, seconds, 30, 1920, 1080, 1, out));
        VideoConsumer.Summary summary = VideoConsumer.run(channel, out);
        producer.join();
        return summary;
    }
}
