package io.shmx.examples.quickstart;

import io.shmx.ProducerState;
import io.shmx.examples.support.Args;
import io.shmx.examples.support.Channels;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The quick start's consumer: opens the channel (waiting for it to appear), looks at the newest
 * frame every 10 ms and prints each new one, until its producer is gone or {@code --polls} looks
 * have been made.
 *
 * <pre>
 * QuickstartConsumer [--channel NAME] [--polls N]
 * </pre>
 */
public final class QuickstartConsumer {
    private QuickstartConsumer() {}

    public static void main(String[] args) {
        Args a = Args.parse("quickstart-consumer", args, List.of("channel", "polls"), List.of());
        run(a.string("channel", "quickstart"), a.integer("polls", 1000, 1), System.out);
    }

    /** Reads {@code channel}; returns how many distinct frames it printed. */
    public static int run(String channel, int polls, PrintStream out) {
        // the producer may start after us: wait up to 10 s for it to create the channel
        try (SampleReader reader = SampleReader.open(channel, Duration.ofSeconds(10))) {
            out.println("consumer: opened '" + channel + "', streams " + reader.client().streams().stream()
                    .map(s -> s.name() + ":" + s.dtype()).toList());
            int printed = 0;
            long lastId = 0;
            for (int i = 0; i < polls; i++) {
                SampleView view = reader.latest();
                if (view != null && view.frameId() != lastId) {
                    long sequence = view.sequence();          // read in place, no copy
                    double timestamp = view.timestamp();
                    float first = view.data(0);
                    int count = view.dataCount();
                    if (view.isValid()) {                     // the producer did not overwrite it meanwhile
                        lastId = view.frameId();
                        printed++;
                        out.printf(Locale.ROOT, "consumer: frame %d sequence=%d timestamp=%.3f data[0]=%.2f (%d floats)%n",
                                lastId, sequence, timestamp, first, count);
                    }
                } else if (reader.client().producerState() != ProducerState.ALIVE) {
                    break;
                }
                Channels.sleepMillis(10);
            }
            out.println("consumer: saw " + printed + " distinct frames; the last one, copied: "
                    + copyOfLatest(reader));
            return printed;
        }
    }

    private static String copyOfLatest(SampleReader reader) {
        SampleView view = reader.latest();
        if (view == null) {
            return "none";
        }
        Sample copy = view.toRecord();
        return "Sample[sequence=" + copy.sequence() + ", data=" + Arrays.toString(copy.data()) + "]";
    }
}
