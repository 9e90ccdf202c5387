package io.shmx.bench.harness;

import org.HdrHistogram.Histogram;

/**
 * One cross-process run of one library at one frame size.
 *
 * @param kind        {@code latency} (paced, or flat out for large frames) or {@code rate} (flat out)
 * @param lib         {@code shmx} or {@code agrona}
 * @param size        frame bytes
 * @param round       1-based round of the interleaving
 * @param rttBefore   core-to-core round trips just before the frames (ns)
 * @param rttAfter    the same just after
 * @param latency     one-way latency of every measured frame the consumer saw (ns)
 * @param sent        measured frames sent
 * @param sentSeconds time the producer took to send them
 * @param seen        measured frames the consumer saw
 * @param seenSeconds time between the first and the last of them
 * @param missed      measured frames the consumer never saw (skipped by latest, or lapped)
 * @param lost        reads discarded after failed validation plus laps the transport reported
 */
public record StreamResult(String kind, String lib, int size, int round, Histogram rttBefore, Histogram rttAfter,
                           Histogram latency, long sent, double sentSeconds, long seen, double seenSeconds,
                           long missed, long lost) {

    /** Round trips above this median mean the host placed the two vCPUs far apart. */
    public static final long NEAR_RTT_LIMIT_NANOS = 300;

    public double sentPerSecond() {
        return sentSeconds > 0 ? sent / sentSeconds : 0;
    }

    public double seenPerSecond() {
        return seenSeconds > 0 ? seen / seenSeconds : 0;
    }

    /** Median round trip over both ping-pong phases. */
    public long rttMedian() {
        Histogram both = rttBefore.copy();
        both.add(rttAfter);
        return both.getValueAtPercentile(50);
    }

    /** {@code near} or {@code far}, from the median round trip; {@code mixed} when before and after disagree. */
    public String placement() {
        boolean nearBefore = rttBefore.getValueAtPercentile(50) <= NEAR_RTT_LIMIT_NANOS;
        boolean nearAfter = rttAfter.getValueAtPercentile(50) <= NEAR_RTT_LIMIT_NANOS;
        if (nearBefore != nearAfter) {
            return "mixed";
        }
        return nearBefore ? "near" : "far";
    }

    /** Short label for charts and file names, e.g. {@code shmx-64B-r1}. */
    public String label() {
        return lib + "-" + Sizes.label(size) + "-r" + round;
    }
}
