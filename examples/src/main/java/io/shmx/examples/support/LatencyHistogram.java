package io.shmx.examples.support;

/**
 * Counts durations in nanoseconds in log-linear buckets, to report percentiles without keeping
 * every sample. Values below 64 ns are counted exactly; above, each power of two is split into
 * 32 buckets, so a reported percentile is within about 3% of the true sample. Recording
 * allocates nothing. Not thread-safe.
 */
public final class LatencyHistogram {
    private static final int EXACT = 64;
    private static final int SUB_BITS = 5;
    private static final int SUB = 1 << SUB_BITS;
    private static final int BUCKETS = EXACT + (63 - 6) * SUB;

    private final long[] counts = new long[BUCKETS];
    private long count;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;

    /** Records one duration; a negative one (clocks read out of order) counts as 0. */
    public void record(long nanos) {
        long v = Math.max(0, nanos);
        counts[indexOf(v)]++;
        count++;
        min = Math.min(min, v);
        max = Math.max(max, v);
    }

    public long count() {
        return count;
    }

    /** Smallest recorded value, or 0 when empty. */
    public long min() {
        return count == 0 ? 0 : min;
    }

    /** Largest recorded value, or 0 when empty. */
    public long max() {
        return count == 0 ? 0 : max;
    }

    /**
     * The value at percentile {@code p} (0 < p <= 100): the middle of the bucket holding the
     * sample of rank ceil(p% of count), clamped to the recorded min and max; the max for the
     * last rank; 0 when empty.
     */
    public long percentile(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile " + p + " is outside (0, 100]");
        }
        if (count == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * count));
        if (rank >= count) {
            return max;
        }
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.clamp(middleOf(i), min, max);
            }
        }
        return max;
    }

    /** Adds every sample of {@code other} to this histogram. */
    public void add(LatencyHistogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += other.counts[i];
        }
        count += other.count;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    static int indexOf(long v) {
        if (v < EXACT) {
            return (int) v;
        }
        int msb = 63 - Long.numberOfLeadingZeros(v);
        int shift = msb - SUB_BITS;
        int mantissa = (int) (v >>> shift);
        return EXACT + (msb - 6) * SUB + (mantissa - SUB);
    }

    static long middleOf(int index) {
        if (index < EXACT) {
            return index;
        }
        int msb = (index - EXACT) / SUB + 6;
        int mantissa = (index - EXACT) % SUB + SUB;
        int shift = msb - SUB_BITS;
        long low = (long) mantissa << shift;
        return low + ((1L << shift) >>> 1);
    }
}
