package io.shmx.examples.quickstart;

import io.shmx.ProducerState;
import io.shmx.examples.support.Args;
import io.shmx.examples.support.Channels;
import io.shmx.examples.support.Peers;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The quick start's consumer: opens the channel (waiting up to {@code --wait} seconds, 60, for its
 * producer to create it, and saying so), looks at the newest frame every 10 ms and prints each new
 * one, until its producer is gone or {@code --polls} looks have been made. Start it before or after
 * {@link QuickstartProducer}: either order works.
 *
 * <pre>
 * QuickstartConsumer [--channel NAME] [--polls N] [--wait SECONDS]
 * </pre>
 */
public final class QuickstartConsumer {
    private QuickstartConsumer() {}

    public static void main(String[] args) {
        Args a = Args.parse("quickstart-consumer", args, List.of("channel", "polls", "wait"), List.of());
        run(a.string("channel", "quickstart"), a.integer("polls", 1000, 1), Duration.ofSeconds(a.integer("wait", 60, 0)),
                System.out);
    }

    /** Reads {@code channel}, waiting up to 60 s for its producer; returns how many distinct frames it printed. */
    public static int run(String channel, int polls, PrintStream out) {
        return run(channel, polls, Duration.ofSeconds(60), out);
    }

    /** Reads {@code channel}, waiting up to {@code wait} for its producer; returns how many distinct frames it printed. */
    public static int run(String channel, int polls, Duration wait, PrintStream out) {
        // the producer may start after us: wait for it to create the channel
        try (SampleReader reader = Peers.openWhenProduced("consumer", channel, wait,
                "./shmx example quickstart-producer --channel " + channel, out, d -> SampleReader.open(channel, d))) {
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
