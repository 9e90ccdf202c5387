package io.shmx.examples.multiprocess;

import io.shmx.examples.support.Args;
import io.shmx.examples.support.ReadUntilProducerGone;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A consumer process: reads every counter in order ({@code next()}), checks its value, and ends
 * when the producer has closed the channel.
 */
public final class CounterConsumer {
    private CounterConsumer() {}

    public static void main(String[] args) {
        Args a = Args.parse("counter-consumer", args, List.of("channel", "id"), List.of());
        String channel = a.string("channel", "multi_process_test");
        String me = "consumer " + a.integer("id", 0, 0);
        // the producer may start after us: wait up to 20 s for it to create the channel
        try (CounterReader reader = CounterReader.open(channel, Duration.ofSeconds(20))) {
            System.out.println(me + ": connected to '" + channel + "' (reader slot " + reader.client().readerIndex()
                    + ")");
            long received = 0;
            long missed = 0;
            long wrong = 0;
            var untilGone = new ReadUntilProducerGone<>(reader.client(), reader::awaitNext, reader::next,
                    Duration.ofMillis(100));
            for (CounterView view; (view = untilGone.next()) != null; ) {
                // the producer waited for us before its first frame, so missedBefore() counts from frame 1
                missed += view.missedBefore();
                long counter = view.counter();
                double value = view.value();
                if (!view.isValid()) {
                    missed++;
                    continue;
                }
                received++;
                if (value != Counter.valueOf(counter)) {
                    wrong++;
                }
                if (counter % 25 == 0) {
                    System.out.printf(Locale.ROOT, "%s: counter=%d, value=%.2f%n", me, counter, value);
                }
            }
            System.out.println(me + ": received " + received + " frames, missed " + missed + ", "
                    + (wrong == 0 ? "all values right" : wrong + " WRONG VALUES"));
        }
    }
}
