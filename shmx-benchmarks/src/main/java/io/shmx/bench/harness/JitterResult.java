package io.shmx.bench.harness;

import org.HdrHistogram.Histogram;

/**
 * Pauses over 10 us seen by a thread spinning on one CPU.
 *
 * @param cpu     the CPU it was pinned to, or -1 when not pinned
 * @param seconds how long it spun
 * @param pauses  gaps over 10 us between two clock readings
 * @param lengths lengths of those gaps (ns)
 */
public record JitterResult(int cpu, double seconds, long pauses, Histogram lengths) {
    public double pausesPerSecond() {
        return seconds > 0 ? pauses / seconds : 0;
    }
}
