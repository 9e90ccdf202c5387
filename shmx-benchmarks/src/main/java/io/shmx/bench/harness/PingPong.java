package io.shmx.bench.harness;

import org.HdrHistogram.Histogram;

/**
 * Core-to-core round trip: the producer writes an odd value into the ping line, the consumer
 * answers with the next even value, both through the same cache line of the mapped sync file
 * (release stores, acquire loads). Its median is what the host's placement of the two vCPUs
 * costs; a one-way latency can hardly be below half of it.
 */
final class PingPong {
    private static final long TIMEOUT_NANOS = 30_000_000_000L;

    private PingPong() {}

    /** Producer side: {@code warmup + rounds} round trips from counter {@code base}; returns the measured ones (ns). */
    static Histogram ping(SyncArea sync, long base, int warmup, int rounds) {
        Histogram rtt = new Histogram(1_000_000_000L, 3);
        long value = base;
        for (int i = 0; i < warmup + rounds; i++) {
            long start = System.nanoTime();
            sync.setRelease(SyncArea.PING, ++value);
            waitFor(sync, ++value);
            long took = System.nanoTime() - start;
            if (i >= warmup) {
                rtt.recordValue(Math.min(took, rtt.getHighestTrackableValue()));
            }
        }
        return rtt;
    }

    /** Consumer side: answers {@code total} pings from counter {@code base}. */
    static void pong(SyncArea sync, long base, int total) {
        long value = base;
        for (int i = 0; i < total; i++) {
            waitFor(sync, ++value);
            sync.setRelease(SyncArea.PING, ++value);
        }
    }

    private static void waitFor(SyncArea sync, long expected) {
        long spins = 0;
        long deadline = 0;
        while (sync.getAcquire(SyncArea.PING) != expected) {
            if ((++spins & 0xFFFF) == 0) {
                long now = System.nanoTime();
                if (deadline == 0) {
                    deadline = now + TIMEOUT_NANOS;
                } else if (now - deadline > 0) {
                    throw new IllegalStateException("ping-pong stalled waiting for " + expected
                            + "; the other JVM has stopped (see its output)");
                }
            }
        }
    }
}
