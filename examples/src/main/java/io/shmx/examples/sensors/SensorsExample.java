package io.shmx.examples.sensors;

import io.shmx.examples.support.Args;
import io.shmx.examples.support.Channels;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sensors with control messages in one command: {@link SensorsProducer} on one thread,
 * {@link SensorsClient} on another; the producer stops when the client is done.
 *
 * <pre>
 * SensorsExample [--channel NAME]
 * </pre>
 */
public final class SensorsExample {
    private SensorsExample() {}

    public static void main(String[] args) {
        Args a = Args.parse("sensors", args, List.of("channel"), List.of());
        run(a.string("channel", Channels.unique("sensors")), System.out);
    }

    public static SensorsClient.Outcome run(String channel, PrintStream out) {
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Void> producer = CompletableFuture.runAsync(() -> SensorsProducer.run(channel, stop, out));
        try {
            return SensorsClient.run(channel, out);
        } finally {
            stop.set(true);
            producer.join();
        }
    }
}
