package io.shmx.bench.harness;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Properties;
import org.HdrHistogram.Histogram;

/**
 * One JVM of a cross-process harness run, started by {@link Harness} pinned to its own CPU.
 *
 * <p>Stream mode: both sides meet in the {@link SyncArea}; ping-pong round trips; the producer
 * creates the channel and, once the consumer is attached, sends warm-up frames, then measured
 * frames (paced or flat out); the consumer records the one-way latency of every measured frame it
 * sees (its {@code nanoTime()} after validation minus the producer's stamp); both ping-pong again.
 * Jitter mode: both sides spin and count pauses. Results go to a properties file.
 */
public final class HarnessChild {
    private static final long MEET_TIMEOUT = 60_000_000_000L;
    private static final long RUN_TIMEOUT = 600_000_000_000L;
    private static final long PAUSE_THRESHOLD_NANOS = 10_000;
    private static final int RTT_WARMUP = 20_000;

    private final ChildSpec spec;
    private final SyncArea sync;
    private final Properties out = new Properties();

    private HarnessChild(ChildSpec spec, SyncArea sync) {
        this.spec = spec;
        this.sync = sync;
    }

    public static void main(String[] args) throws IOException {
        ChildSpec spec = ChildSpec.parse(args);
        try (SyncArea sync = SyncArea.map(spec.sync())) {
            HarnessChild child = new HarnessChild(spec, sync);
            if (ChildSpec.JITTER.equals(spec.mode())) {
                child.jitter();
            } else {
                child.stream();
            }
            child.write();
        }
    }

    private void jitter() {
        Role me = spec.role();
        sync.announce(me, SyncArea.ALIVE);
        sync.await(me.peer(), SyncArea.ALIVE, MEET_TIMEOUT);
        Jitter.Result r = Jitter.spin(spec.jitterNanos(), PAUSE_THRESHOLD_NANOS);
        out.setProperty("jitter.seconds", Double.toString(r.seconds()));
        out.setProperty("jitter.pauses", Long.toString(r.pauses()));
        out.setProperty("jitter.histogram", Histograms.encode(r.pauseLengths()));
        sync.announce(me, SyncArea.FINISHED);
        sync.await(me.peer(), SyncArea.FINISHED, MEET_TIMEOUT);
    }

    private void stream() {
        if (spec.role() == Role.PRODUCER) {
            produce();
        } else {
            consume();
        }
    }

    private void produce() {
        sync.measureFrom(Long.MAX_VALUE);
        sync.announce(Role.PRODUCER, SyncArea.ALIVE);
        sync.await(Role.CONSUMER, SyncArea.ALIVE, MEET_TIMEOUT);
        out.setProperty("rttBefore", Histograms.encode(PingPong.ping(sync, 0, RTT_WARMUP, spec.rttRounds())));

        try (Publisher publisher = openPublisher()) {
            sync.announce(Role.PRODUCER, SyncArea.CHANNEL_READY);
            sync.await(Role.CONSUMER, SyncArea.ATTACHED, MEET_TIMEOUT);
            sendAll(publisher);
            sync.announce(Role.PRODUCER, SyncArea.DONE);
            sync.await(Role.CONSUMER, SyncArea.DRAINED, RUN_TIMEOUT);
            out.setProperty("rttAfter", Histograms.encode(
                    PingPong.ping(sync, pingBaseAfter(), RTT_WARMUP, spec.rttRounds())));
        }
        sync.announce(Role.PRODUCER, SyncArea.FINISHED);
    }

    private void sendAll(Publisher publisher) {
        long interval = spec.intervalNanos();
        long seq = 0;
        long start = System.nanoTime();
        long last = start - interval;
        long warmupFrames = spec.warmupFrames();
        long warmupNanos = spec.warmupNanos();
        while (seq < warmupFrames) {
            last = pace(last, interval);
            publisher.send(seq++);
            if ((seq & clockMaskOf(spec.size())) == 0 && System.nanoTime() - start > warmupNanos) {
                break;
            }
        }
        long first = seq;
        sync.measureFrom(first);
        long measureStart = System.nanoTime();
        long maxNanos = spec.maxNanos();
        long end = first + spec.frames();
        long clockMask = clockMaskOf(spec.size());
        while (seq < end) {
            last = pace(last, interval);
            publisher.send(seq++);
            if ((seq & clockMask) == 0 && System.nanoTime() - measureStart > maxNanos) {
                break;
            }
        }
        long took = System.nanoTime() - measureStart;
        sync.framesSent(seq);
        out.setProperty("sent", Long.toString(seq - first));
        out.setProperty("sentSeconds", Double.toString(took / 1e9));
    }

    /** Small frames read the clock every 256 sends (it costs as much as a send), large ones every send. */
    private static long clockMaskOf(int size) {
        return size >= 4096 ? 0 : 0xFF;
    }

    private static long pace(long last, long interval) {
        if (interval <= 0) {
            return last;
        }
        long now;
        do {
            now = System.nanoTime();
        } while (now - last < interval);
        return now;
    }

    private void consume() {
        sync.announce(Role.CONSUMER, SyncArea.ALIVE);
        sync.await(Role.PRODUCER, SyncArea.ALIVE, MEET_TIMEOUT);
        PingPong.pong(sync, 0, RTT_WARMUP + spec.rttRounds());

        sync.await(Role.PRODUCER, SyncArea.CHANNEL_READY, MEET_TIMEOUT);
        Receiving receiving = new Receiving();
        try (Subscriber subscriber = openSubscriber()) {
            sync.announce(Role.CONSUMER, SyncArea.ATTACHED);
            receiving.run(subscriber);
            out.setProperty("lost", Long.toString(subscriber.lost()));
        }
        receiving.report(out);
        sync.announce(Role.CONSUMER, SyncArea.DRAINED);
        PingPong.pong(sync, pingBaseAfter(), RTT_WARMUP + spec.rttRounds());
        sync.await(Role.PRODUCER, SyncArea.FINISHED, MEET_TIMEOUT);
    }

    /** The consumer's receive loop and what it counts. */
    private final class Receiving {
        private final Histogram latency = new Histogram(10_000_000_000L, 3);
        private long measureFrom = Long.MAX_VALUE;
        private long seen;
        private long missed;
        private long lastSeq = -1;
        private long firstTime;
        private long lastTime;

        void run(Subscriber subscriber) {
            while (true) {
                long seq = subscriber.poll();
                if (seq >= 0) {
                    record(seq, subscriber.stamp());
                } else if (sync.phaseOf(Role.PRODUCER) >= SyncArea.DONE) {
                    while ((seq = subscriber.poll()) >= 0) {
                        record(seq, subscriber.stamp());
                    }
                    return;
                }
            }
        }

        private void record(long seq, long stamp) {
            long now = System.nanoTime();
            if (seq < measureFrom && seq < (measureFrom = sync.measureFrom())) {
                return;
            }
            latency.recordValue(Math.min(Math.max(now - stamp, 0), latency.getHighestTrackableValue()));
            if (seen++ == 0) {
                firstTime = now;
            } else if (seq > lastSeq + 1) {
                missed += seq - lastSeq - 1;
            }
            lastSeq = seq;
            lastTime = now;
        }

        void report(Properties p) {
            p.setProperty("seen", Long.toString(seen));
            p.setProperty("missed", Long.toString(missed));
            p.setProperty("seenSeconds", Double.toString((lastTime - firstTime) / 1e9));
            p.setProperty("latency", Histograms.encode(latency));
        }
    }

    /** The ping counter after the first ping-pong, so the second one continues from it. */
    private long pingBaseAfter() {
        return 2L * (RTT_WARMUP + spec.rttRounds());
    }

    private Publisher openPublisher() {
        return switch (spec.lib()) {
            case "shmx", "shmx-next" -> ShmxTransport.publisher(spec.channel(), spec.size());
            case "agrona" -> AgronaTransport.publisher(shmFile(), spec.size());
            default -> throw unknownLib();
        };
    }

    private Subscriber openSubscriber() {
        return switch (spec.lib()) {
            case "shmx" -> ShmxTransport.subscriber(spec.channel(), false);
            case "shmx-next" -> ShmxTransport.subscriber(spec.channel(), true);
            case "agrona" -> AgronaTransport.subscriber(shmFile());
            default -> throw unknownLib();
        };
    }

    private IllegalArgumentException unknownLib() {
        return new IllegalArgumentException("unknown lib '" + spec.lib() + "': use shmx, shmx-next or agrona");
    }

    private File shmFile() {
        return io.shmx.bench.support.ShmNames.path(spec.channel()).toFile();
    }

    private void write() throws IOException {
        out.setProperty("role", spec.role().label());
        try (OutputStream os = Files.newOutputStream(spec.out())) {
            out.store(os, "shmx harness " + spec.role().label());
        }
    }
}
