package io.shmx.internal.readers;

/**
 * {@link System#nanoTime()} read on a sample of a reader's calls, so that a caller spinning on
 * {@code latest()} does not pay for a clock reading (about 24 ns on a KVM guest, more than the rest
 * of the call) on every call, while every other caller still reads the clock on every call.
 *
 * <p>The rule: the clock is read every {@code stride} calls. After each reading, the stride doubles
 * (up to {@link #MAX_STRIDE}) if the calls since the previous reading took less than
 * {@link #WINDOW_NANOS} in all, and drops back to 1 otherwise. So the stride only grows while the
 * calls come less than {@code WINDOW_NANOS / stride} apart (a few hundred nanoseconds to 1.5 us:
 * a spinning caller), and then the readings stay about {@code WINDOW_NANOS} apart. The cost of
 * the rule: a caller that spins and then slows down abruptly (say, to one call every 100 ms) makes
 * up to {@code MAX_STRIDE - 1} more calls at the slow pace before the next reading, once.
 *
 * <p>One instance per reading thread; not thread-safe. Allocates nothing.
 */
public final class SampledClock {
    /** Returned by {@link #sample()} when the call did not read the clock. */
    public static final long NO_SAMPLE = Long.MIN_VALUE;
    /** The largest number of calls per clock reading. */
    public static final int MAX_STRIDE = 32;
    /** The stride grows while that many calls took less than this: 50 us. */
    public static final long WINDOW_NANOS = 50_000L;

    private int stride = 1;
    private int left = 1;
    private long last = System.nanoTime();

    /** The current time if this call reads the clock, else {@link #NO_SAMPLE}. */
    public long sample() {
        if (--left > 0) {
            return NO_SAMPLE;
        }
        long now = System.nanoTime();
        stride = nextStride(stride, now - last);
        left = stride;
        last = now;
        return now == NO_SAMPLE ? NO_SAMPLE + 1 : now;
    }

    /** The stride after a reading that came {@code elapsedNanos} after the previous one, {@code stride} calls later. */
    static int nextStride(int stride, long elapsedNanos) {
        return elapsedNanos < WINDOW_NANOS ? Math.min(stride << 1, MAX_STRIDE) : 1;
    }

    /** Calls per clock reading right now (1 for callers that are not spinning). */
    public int stride() {
        return stride;
    }
}
