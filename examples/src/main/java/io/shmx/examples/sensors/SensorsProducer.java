package io.shmx.examples.sensors;

import io.shmx.ControlHandler;
import io.shmx.ReaderInfo;
import io.shmx.examples.support.Args;
import io.shmx.examples.support.Peers;

import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes sensor readings at a rate its readers can change: before each reading it polls the
 * control messages readers sent (zero-copy, through a {@link ControlHandler}), obeys
 * {@link SensorControl#SET_RATE} and {@link SensorControl#RESET}, and once a second reports its
 * readers and reaps the ones that went silent. Alone, it first waits for a client to attach (at most
 * {@code --wait} seconds, 60), then publishes for {@code --seconds}, so it can be started before or
 * after {@link SensorsClient}.
 *
 * <pre>
 * SensorsProducer [--channel NAME] [--seconds S] [--wait SECONDS]
 * </pre>
 */
public final class SensorsProducer {
    private static final float MAX_RATE = 10_000f;

    private final PrintStream out;
    private final ControlHandler handler = this::onControl;   // made once: polling allocates nothing
    private float rate = 10f;
    private int n;

    private SensorsProducer(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        Args a = Args.parse("sensors-producer", args, List.of("channel", "seconds", "wait"), List.of());
        long seconds = a.integer("seconds", 30, 1);
        AtomicBoolean stop = new AtomicBoolean();
        Runnable stopLater = () -> Thread.ofPlatform().daemon().start(() -> {
            LockSupport.parkNanos(Duration.ofSeconds(seconds).toNanos());
            stop.set(true);
        });
        new SensorsProducer(System.out).loop(a.string("channel", "sensors"), stop,
                Duration.ofSeconds(a.integer("wait", 60, 0)), stopLater);
    }

    /** Publishes until {@code stop} is set, then removes the channel. */
    public static void run(String channel, AtomicBoolean stop, PrintStream out) {
        new SensorsProducer(out).loop(channel, stop, Duration.ZERO, () -> {});
    }

    /** Creates the channel, waits up to {@code waitForClient} for a client, runs {@code started}, then publishes. */
    private void loop(String channel, AtomicBoolean stop, Duration waitForClient, Runnable started) {
        SensorReadingWriter writer = SensorReadingWriter.create(channel);
        try {
            if (!waitForClient.isZero()) {
                Peers.awaitConsumers("producer", writer.server(), 1, waitForClient,
                        "./shmx example sensors-client --channel " + channel, out);
            }
            started.run();
            out.println("producer: publishing on '" + channel + "' at " + rate + " Hz");
            long nextReport = System.nanoTime();
            while (!stop.get()) {
                writer.server().pollControl(handler, 64);
                writer.publish(SensorReading.nth(n++), 0);
                long now = System.nanoTime();
                if (now - nextReport >= 0) {
                    nextReport = now + 1_000_000_000L;
                    report(writer, now);
                }
                LockSupport.parkNanos((long) (1e9 / rate));
            }
            report(writer, System.nanoTime());
        } finally {
            writer.destroy();
        }
    }

    private void onControl(int readerIndex, long readerId, int type, MemorySegment data) {
        String who = "reader " + Long.toUnsignedString(readerId, 16);
        switch (type) {
            case SensorControl.SET_RATE -> {
                float asked = SensorControl.rateOf(data);
                if (asked > 0 && asked <= MAX_RATE) {
                    rate = asked;
                    out.printf(Locale.ROOT, "producer: %s set the rate to %.1f Hz%n", who, asked);
                } else {
                    out.printf(Locale.ROOT, "producer: %s asked for a rate of %s Hz; ignored (0 < rate <= %.0f)%n",
                            who, asked, MAX_RATE);
                }
            }
            case SensorControl.RESET -> {
                n = 0;
                out.println("producer: " + who + " asked for a reset; readings start over");
            }
            default -> out.println("producer: " + who + " sent unknown message type 0x" + Integer.toHexString(type));
        }
    }

    private void report(SensorReadingWriter writer, long now) {
        int reaped = writer.server().reapStaleReaders(Duration.ofSeconds(5));
        List<ReaderInfo> readers = writer.server().snapshotReaders().stream().filter(ReaderInfo::inUse).toList();
        StringBuilder line = new StringBuilder("producer: ").append(readers.size()).append(" reader(s)");
        for (ReaderInfo r : readers) {
            line.append(String.format(Locale.ROOT, " [%s: last frame %d, heard from %.0f ms ago]",
                    Long.toUnsignedString(r.readerId(), 16), r.lastFrameSeen(),
                    // a reader that read after 'now' was taken has a later heartbeat: heard just now
                    Math.max(0, now - r.heartbeat()) / 1e6));
        }
        if (reaped > 0) {
            line.append(", reaped ").append(reaped).append(" silent reader(s)");
        }
        out.println(line);
    }
}
