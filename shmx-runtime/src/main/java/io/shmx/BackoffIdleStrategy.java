package io.shmx;

import java.util.concurrent.locks.LockSupport;

/**
 * Backs off in four phases while a loop finds no work, and starts over at the first poll that
 * finds some ({@link #reset()}):
 * <ol>
 *   <li><b>spin</b>: return at once, {@code maxSpins} times (the loop re-polls immediately);</li>
 *   <li><b>spin-wait</b>: one {@link Thread#onSpinWait()} hint, {@code maxSpinWaits} times;</li>
 *   <li><b>yield</b>: {@link Thread#yield()}, {@code maxYields} times;</li>
 *   <li><b>park</b>: {@link LockSupport#parkNanos(long)}, starting at {@code minParkNanos} and
 *       doubling on each idle up to {@code maxParkNanos}, where it stays.</li>
 * </ol>
 * A loop that finds work often stays in the cheap phases; an idle one costs little CPU, with a
 * wake-up latency of at most about {@code maxParkNanos}. Allocates nothing. Keeps state: one
 * instance per thread.
 */
public final class BackoffIdleStrategy implements IdleStrategy {
    /** Default number of immediate returns. */
    public static final long DEFAULT_MAX_SPINS = 10;
    /** Default number of {@link Thread#onSpinWait()} hints. */
    public static final long DEFAULT_MAX_SPIN_WAITS = 100;
    /** Default number of yields. */
    public static final long DEFAULT_MAX_YIELDS = 5;
    /** Default first park time: 1 microsecond. */
    public static final long DEFAULT_MIN_PARK_NANOS = 1_000L;
    /** Default longest park time: 1 millisecond. */
    public static final long DEFAULT_MAX_PARK_NANOS = 1_000_000L;

    /** The phase the next {@link #idle()} runs in. */
    enum Phase { SPIN, SPIN_WAIT, YIELD, PARK }

    private final long maxSpins;
    private final long maxSpinWaits;
    private final long maxYields;
    private final long minParkNanos;
    private final long maxParkNanos;

    private Phase phase;
    private long count;
    private long parkNanos;

    /** The default back-off: 10 spins, 100 spin-waits, 5 yields, parks from 1 us to 1 ms. */
    public BackoffIdleStrategy() {
        this(DEFAULT_MAX_SPINS, DEFAULT_MAX_SPIN_WAITS, DEFAULT_MAX_YIELDS, DEFAULT_MIN_PARK_NANOS,
                DEFAULT_MAX_PARK_NANOS);
    }

    /**
     * A backoff with its own limits.
     *
     * @param maxSpins     immediate returns before spin-waiting (>= 0)
     * @param maxSpinWaits {@link Thread#onSpinWait()} idles before yielding (>= 0)
     * @param maxYields    {@link Thread#yield()} idles before parking (>= 0)
     * @param minParkNanos first park time (>= 1)
     * @param maxParkNanos longest park time (>= minParkNanos)
     * @throws IllegalArgumentException if a value breaks its rule
     */
    public BackoffIdleStrategy(long maxSpins, long maxSpinWaits, long maxYields, long minParkNanos, long maxParkNanos) {
        requireNonNegative("maxSpins", maxSpins);
        requireNonNegative("maxSpinWaits", maxSpinWaits);
        requireNonNegative("maxYields", maxYields);
        if (minParkNanos < 1 || maxParkNanos < minParkNanos) {
            throw new IllegalArgumentException("[ShmxIdleBackoff] park times are " + minParkNanos + " ns to "
                    + maxParkNanos + " ns; the first must be at least 1 ns and the longest at least the first");
        }
        this.maxSpins = maxSpins;
        this.maxSpinWaits = maxSpinWaits;
        this.maxYields = maxYields;
        this.minParkNanos = minParkNanos;
        this.maxParkNanos = maxParkNanos;
        reset();
    }

    private static void requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("[ShmxIdleBackoff] " + name + " is " + value
                    + "; it must be >= 0 (0 skips that phase)");
        }
    }

    @Override
    public void idle() {
        switch (phase) {
            case SPIN -> {
                if (++count >= maxSpins) {
                    enter(Phase.SPIN_WAIT);
                }
            }
            case SPIN_WAIT -> {
                Thread.onSpinWait();
                if (++count >= maxSpinWaits) {
                    enter(Phase.YIELD);
                }
            }
            case YIELD -> {
                Thread.yield();
                if (++count >= maxYields) {
                    enter(Phase.PARK);
                }
            }
            case PARK -> {
                LockSupport.parkNanos(parkNanos);
                parkNanos = parkNanos > maxParkNanos / 2 ? maxParkNanos : parkNanos * 2;
            }
        }
    }

    @Override
    public void reset() {
        count = 0;
        parkNanos = minParkNanos;
        phase = Phase.SPIN;
        skipEmptyPhases();
    }

    private void enter(Phase next) {
        phase = next;
        count = 0;
        skipEmptyPhases();
    }

    /** Moves past phases configured with zero idles. */
    private void skipEmptyPhases() {
        if (phase == Phase.SPIN && maxSpins == 0) {
            phase = Phase.SPIN_WAIT;
        }
        if (phase == Phase.SPIN_WAIT && maxSpinWaits == 0) {
            phase = Phase.YIELD;
        }
        if (phase == Phase.YIELD && maxYields == 0) {
            phase = Phase.PARK;
        }
    }

    /** The phase of the next idle (for tests). */
    Phase phase() {
        return phase;
    }

    /** The park time of the next idle in the park phase (for tests). */
    long parkNanos() {
        return parkNanos;
    }

    @Override
    public String toString() {
        return "BackoffIdleStrategy{maxSpins=" + maxSpins + ", maxSpinWaits=" + maxSpinWaits + ", maxYields="
                + maxYields + ", minParkNanos=" + minParkNanos + ", maxParkNanos=" + maxParkNanos + '}';
    }
}
