package io.shmx.examples.multiprocess;

import io.shmx.examples.support.Args;
import io.shmx.examples.support.Channels;

import java.util.List;

/**
 * The producer process: creates the channel, waits until {@code --consumers} readers have attached,
 * publishes {@code --frames} counters {@code --interval-ms} apart, then removes the channel.
 */
public final class CounterProducer {
    private CounterProducer() {}

    public static void main(String[] args) {
        Args a = Args.parse("counter-producer", args, List.of("channel", "frames", "interval-ms", "consumers"),
                List.of());
        String channel = a.string("channel", "multi_process_test");
        int frames = a.integer("frames", 100, 1);
        int interval = a.integer("interval-ms", 20, 0);
        int consumers = a.integer("consumers", 3, 0);
        CounterWriter writer = CounterWriter.create(channel);
        try {
            System.out.println("producer: started on '" + channel + "'");
            long waitUntil = System.nanoTime() + 20_000_000_000L;
            while (writer.server().headerInfo().readersConnected() < consumers && System.nanoTime() < waitUntil) {
                Channels.sleepMillis(10);
            }
            System.out.println("producer: " + writer.server().headerInfo().readersConnected()
                    + " consumers attached, publishing " + frames + " frames");
            Channels.sleepMillis(100);      // time for the consumers to start polling
            for (long i = 0; i < frames; i++) {
                writer.publish(new Counter(i, Counter.valueOf(i)), i * interval / 1000.0);
                Channels.sleepMillis(interval);
            }
            System.out.println("producer: done, published " + writer.server().framesPublished() + " frames");
        } finally {
            writer.destroy();
        }
    }
}
