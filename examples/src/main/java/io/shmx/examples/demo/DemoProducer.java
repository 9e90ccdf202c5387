package io.shmx.examples.demo;

import io.shmx.ChannelConfig;
import io.shmx.examples.particles.Particles;
import io.shmx.examples.particles.ParticlesWriter;
import io.shmx.examples.particles.Swarm;
import io.shmx.examples.support.Args;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The demo's producer process: creates the channel, waits (up to 30 s) for the consumers to
 * attach, publishes a moving swarm at the chosen rate, each frame written in place and stamped
 * with {@link System#nanoTime()} last, then removes the channel. Stopped early (SIGTERM, Ctrl-C),
 * it still removes the channel.
 */
public final class DemoProducer {
    static final String READY = "READY";
    static final String START = "START";

    /** Time the attached consumers get to start polling before the first frame. */
    private static final long WARM_UP_NANOS = 200_000_000L;

    private static volatile boolean stopping;

    private DemoProducer() {}

    public static void main(String[] args) {
        DemoOptions o = DemoOptions.from("demo-producer", Args.parse("demo-producer", args, DemoOptions.OPTIONS,
                List.of()));
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping = true;
            try {
                main.join(2_000);     // let the loop end and remove the channel
            } catch (InterruptedException ignored) {
                // exiting anyway
            }
        }));
        ChannelConfig config = ChannelConfig.defaults().withSlots(32)
                .withFrameBytesCap(Math.toIntExact(Math.max(Particles.frameBytes(o.particles()), 4096)));
        ParticlesWriter writer = ParticlesWriter.create(o.channel(), config);
        try {
            System.out.println(READY);
            waitForReaders(writer, o.consumers());
            LockSupport.parkNanos(WARM_UP_NANOS);
            System.out.println(START);
            publish(writer, o);
        } finally {
            writer.destroy();
        }
    }

    private static void waitForReaders(ParticlesWriter writer, int consumers) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!stopping && writer.server().headerInfo().readersConnected() < consumers
                && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(5_000_000L);
        }
    }

    private static void publish(ParticlesWriter writer, DemoOptions o) {
        Swarm swarm = new Swarm(o.particles(), 7);
        long period = 1_000_000_000L / o.rate();
        long frames = Math.max(1, Math.round(o.seconds() * o.rate()));
        double dt = 1.0 / o.rate();
        long start = System.nanoTime();
        long late = 0;
        long n = 0;
        for (; n < frames && !stopping; n++) {
            long wait = start + n * period - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (wait < -period) {
                late++;
            }
            ParticlesWriter.Frame frame = writer.begin();
            swarm.writeInto(frame);
            frame.publishedNanos(System.nanoTime());
            frame.publish(n * dt);
            swarm.step(dt);
        }
        long elapsed = System.nanoTime() - start;
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("published", n);
        values.put("nanos", elapsed);
        values.put("frame_bytes", Particles.frameBytes(o.particles()));
        values.put("late", late);
        System.out.println(new DemoResult("producer", values).toLine());
    }
}
