package io.shmx.bench.harness;

import org.HdrHistogram.Histogram;

/**
 * How often the machine takes a spinning thread off its CPU: spin on {@link System#nanoTime()}
 * and count the gaps between successive readings longer than a threshold. On a quiet bare-metal
 * core that is a handful per second; under a hypervisor it is hundreds, and those pauses are the
 * p99 and above of every latency run.
 */
final class Jitter {
    private Jitter() {}

    /** Result of one spin. */
    record Result(double seconds, long pauses, Histogram pauseLengths) {
        double pausesPerSecond() {
            return pauses / seconds;
        }
    }

    static Result spin(long nanos, long thresholdNanos) {
        Histogram lengths = new Histogram(10_000_000_000L, 3);
        long start = System.nanoTime();
        long end = start + nanos;
        long prev = start;
        long pauses = 0;
        long now;
        do {
            now = System.nanoTime();
            long gap = now - prev;
            if (gap > thresholdNanos) {
                pauses++;
                lengths.recordValue(Math.min(gap, lengths.getHighestTrackableValue()));
            }
            prev = now;
        } while (now - end < 0);
        return new Result((now - start) / 1e9, pauses, lengths);
    }
}
