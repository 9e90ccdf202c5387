package io.shmx.examples.quickstart;

import io.shmx.examples.support.Args;
import io.shmx.examples.support.Channels;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The quick start in one command: {@link QuickstartProducer} and {@link QuickstartConsumer} on two
 * threads of this JVM, talking through the channel's shared memory exactly as two processes would.
 *
 * <pre>
 * Quickstart [--channel NAME] [--frames N]
 * </pre>
 */
public final class Quickstart {
    private Quickstart() {}

    public static void main(String[] args) {
        Args a = Args.parse("quickstart", args, List.of("channel", "frames"), List.of());
        run(a.string("channel", Channels.unique("quickstart")), a.integer("frames", 100, 1), System.out);
    }

    public static void run(String channel, int frames, PrintStream out) {
        CompletableFuture<Long> producer = CompletableFuture.supplyAsync(
                () -> QuickstartProducer.run(channel, frames, 10, out));
        QuickstartConsumer.run(channel, frames * 4, out);
        producer.join();
    }
}
