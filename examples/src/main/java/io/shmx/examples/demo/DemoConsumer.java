package io.shmx.examples.demo;

import io.shmx.IdleStrategy;
import io.shmx.ProducerState;
import io.shmx.examples.particles.ParticlesReader;
import io.shmx.examples.particles.ParticlesView;
import io.shmx.examples.support.Args;
import io.shmx.examples.support.LatencyHistogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's consumer process: reads every frame in order ({@code next()}), waiting with the
 * chosen idle strategy, and records the one-way latency from the frame's publish stamp to the
 * moment it could read it. Ends when the producer has closed the channel and every frame has
 * been read, or when stopped.
 */
public final class DemoConsumer {
    static final String READY = "READY";

    private static volatile boolean stopping;

    private DemoConsumer() {}

    public static void main(String[] args) {
        List<String> options = new ArrayList<>(DemoOptions.OPTIONS);
        options.add("id");
        Args a = Args.parse("demo-consumer", args, options, List.of());
        DemoOptions o = DemoOptions.from("demo-consumer", a);
        int id = a.integer("id", 1, 0);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping = true;
            try {
                main.join(1_000);
            } catch (InterruptedException ignored) {
                // exiting anyway
            }
        }));
        // the producer may start after us: wait up to 30 s for it to create the channel
        try (ParticlesReader reader = ParticlesReader.open(o.channel(), Duration.ofSeconds(30))) {
            System.out.println(READY);
            System.out.println(consume(reader, o.idleStrategy(), id).toLine());
        }
    }

    static DemoResult consume(ParticlesReader reader, IdleStrategy idle, int id) {
        LatencyHistogram latency = new LatencyHistogram();
        long received = 0;
        long missed = 0;
        long overwritten = 0;
        long broken = 0;
        long nextStateCheck = 0;
        boolean ending = false;
        while (!stopping) {
            ParticlesView view = reader.next();
            if (view == null) {
                if (ending) {
                    break;
                }
                long now = System.nanoTime();
                if (now - nextStateCheck >= 0) {      // a few system calls: not on every empty poll
                    nextStateCheck = now + 50_000_000L;
                    ending = reader.client().producerState() != ProducerState.ALIVE;
                    if (ending) {
                        continue;
                    }
                }
                idle.idle();
                continue;
            }
            idle.reset();
            // frames published after this reader attached that it never got (the producer waits for us)
            missed += view.missedBefore();
            long published = view.publishedNanos();
            long arrived = System.nanoTime();
            int n = view.idsCount();
            boolean wellFormed = n > 0 && view.positionsCount() == n && view.ids(0) == 0 && view.ids(n - 1) == n - 1;
            if (!view.isValid()) {
                overwritten++;       // lapped while we read it: as good as missed
                missed++;
                continue;
            }
            received++;
            if (!wellFormed) {
                broken++;
            }
            latency.record(arrived - published);
        }
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("id", (long) id);
        values.put("received", received);
        values.put("missed", missed);
        values.put("overwritten", overwritten);
        values.put("malformed", broken);
        values.put("p50", latency.percentile(50));
        values.put("p99", latency.percentile(99));
        values.put("max", latency.max());
        return new DemoResult("consumer", values);
    }
}
