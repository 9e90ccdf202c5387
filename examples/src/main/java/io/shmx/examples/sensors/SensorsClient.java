package io.shmx.examples.sensors;

import io.shmx.ControlSendResult;
import io.shmx.examples.support.Args;
import io.shmx.examples.support.Peers;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A sensor client that talks back: it reads a few readings, asks the producer for 100 Hz, counts
 * what arrives in a second, then asks for a reset and waits until the readings start over.
 *
 * <pre>
 * SensorsClient [--channel NAME] [--wait SECONDS]
 * </pre>
 */
public final class SensorsClient {
    private SensorsClient() {}

    /** What the client saw: readings per second after asking for 100 Hz, and whether the reset showed. */
    public record Outcome(int readingsInOneSecond, boolean resetSeen) {}

    public static void main(String[] args) {
        Args a = Args.parse("sensors-client", args, List.of("channel", "wait"), List.of());
        run(a.string("channel", "sensors"), Duration.ofSeconds(a.integer("wait", 60, 0)), System.out);
    }

    public static Outcome run(String channel, PrintStream out) {
        return run(channel, Duration.ofSeconds(60), out);
    }

    /** Runs the client, waiting up to {@code wait} for the producer to create the channel (and saying so). */
    public static Outcome run(String channel, Duration wait, PrintStream out) {
        // the producer may start after us: wait for it to create the channel
        try (SensorReadingReader reader = Peers.openWhenProduced("client", channel, wait,
                "./shmx example sensors-producer --channel " + channel, out, d -> SensorReadingReader.open(channel, d))) {
            out.println("client: reader " + Long.toUnsignedString(reader.client().readerId(), 16) + " on '"
                    + channel + "', streams " + reader.client().streams().stream().map(s -> s.name()).toList());
            float last = Float.NaN;
            for (int i = 0; i < 3; i++) {
                SensorReadingView v = reader.awaitNext(Duration.ofSeconds(2));
                if (v != null) {
                    last = v.temperature();
                    out.printf(Locale.ROOT, "client: T=%.1f C  P=%.2f hPa  H=%.1f %%%n", last, v.pressure(),
                            v.humidity());
                }
            }

            ControlSendResult sent = reader.client().sendControl(SensorControl.SET_RATE, SensorControl.rate(100f));
            out.println("client: asked for 100 Hz: " + sent);
            countFor(reader, Duration.ofMillis(200));             // let the new rate take effect
            int count = countFor(reader, Duration.ofSeconds(1));
            out.println("client: " + count + " readings in the next second");

            SensorReadingView newest = reader.latest();            // from here on next() continues after it
            if (newest != null) {
                float t = newest.temperature();
                last = newest.isValid() ? t : last;
            }
            sent = reader.client().sendControlEmpty(SensorControl.RESET);
            out.println("client: asked for a reset: " + sent);
            // readings only rise until the producer starts them over: a drop is the reset
            boolean resetSeen = false;
            long deadline = System.nanoTime() + 3_000_000_000L;
            while (!resetSeen && System.nanoTime() - deadline < 0) {
                SensorReadingView v = reader.awaitNext(Duration.ofMillis(100));
                if (v == null) {
                    continue;
                }
                float t = v.temperature();
                if (!v.isValid()) {
                    continue;
                }
                resetSeen = t < last;
                if (resetSeen) {
                    out.printf(Locale.ROOT, "client: readings started over at frame %d: T=%.1f C (was %.1f C)%n",
                            v.frameId(), t, last);
                }
                last = t;
            }
            return new Outcome(count, resetSeen);
        }
    }

    private static int countFor(SensorReadingReader reader, Duration window) {
        int count = 0;
        long end = System.nanoTime() + window.toNanos();
        while (System.nanoTime() - end < 0) {
            if (reader.awaitNext(Duration.ofMillis(10)) != null) {
                count++;
            }
        }
        return count;
    }
}
