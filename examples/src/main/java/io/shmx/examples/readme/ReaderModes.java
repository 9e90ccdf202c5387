package io.shmx.examples.readme;

import io.shmx.BackoffIdleStrategy;
import io.shmx.ChannelConfig;
import io.shmx.IdleStrategy;
import io.shmx.examples.quickstart.Sample;
import io.shmx.examples.quickstart.SampleReader;
import io.shmx.examples.quickstart.SampleView;
import io.shmx.examples.quickstart.SampleWriter;
import io.shmx.examples.support.Channels;

import java.io.PrintStream;
import java.time.Duration;

/**
 * The three ways to read: the newest frame ({@code latest}), every frame in order with a count of
 * the ones lost ({@code next}), and waiting for the next one ({@code awaitNext}, or a loop with an
 * {@link IdleStrategy}).
 */
public final class ReaderModes {
    private ReaderModes() {}

    public static void main(String[] args) {
        run(args.length > 0 ? args[0] : Channels.unique("modes"), System.out);
    }

    public static void run(String channel, PrintStream out) {
        SampleWriter writer = SampleWriter.create(channel, ChannelConfig.defaults().withSlots(4));
        try (SampleReader newest = SampleReader.open(channel);
             SampleReader every = SampleReader.open(channel)) {
            writer.publish(sample(0), 0);
            out.println("next():   frame " + every.next().frameId());
            for (int i = 1; i < 10; i++) {
                writer.publish(sample(i), i);              // 9 more into a ring of 4 slots
            }

            SampleView v = newest.latest();                // the newest frame, skipping the others
            // missedBefore() = the gap before this frame: frames published since this reader attached that it skipped: 1..9
            out.println("latest(): frame " + v.frameId() + ", sequence " + v.sequence() + ", missed " + v.missedBefore());

            for (SampleView f; (f = every.next()) != null; ) {
                // every frame still in the ring, in order; missedBefore() = frames overwritten just before this one
                out.println("next():   frame " + f.frameId() + ", missed " + f.missedBefore());
            }

            SampleView none = every.awaitNext(Duration.ofMillis(20));
            out.println("awaitNext(20 ms): " + (none == null ? "nothing new" : "frame " + none.frameId()));

            writer.publish(sample(10), 10);
            IdleStrategy idle = new BackoffIdleStrategy();
            SampleView f;
            while ((f = every.next()) == null) {
                idle.idle();                               // spin, then yield, then park
            }
            idle.reset();
            out.println("next() with an idle strategy: frame " + f.frameId() + ", sequence " + f.sequence());
        } finally {
            writer.destroy();
        }
    }

    private static Sample sample(int i) {
        return new Sample(i, i, new float[] {i});
    }
}
