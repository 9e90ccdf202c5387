package io.shmx;

import java.util.concurrent.locks.LockSupport;

/**
 * Parks the thread for a fixed time on each idle ({@link LockSupport#parkNanos(long)}): little
 * CPU, latency of about the park time plus the scheduler's wake-up delay. Stateless, so one
 * instance may be shared.
 */
public final class SleepingIdleStrategy implements IdleStrategy {
    /** Default park time: 100 microseconds. */
    public static final long DEFAULT_SLEEP_NANOS = 100_000L;

    private final long sleepNanos;

    /** Parks {@link #DEFAULT_SLEEP_NANOS} per idle. */
    public SleepingIdleStrategy() {
        this(DEFAULT_SLEEP_NANOS);
    }

    /**
     * A strategy that parks for {@code sleepNanos} at every idle.
     *
     * @param sleepNanos park time per idle, at least 1
     * @throws IllegalArgumentException if {@code sleepNanos < 1}
     */
    public SleepingIdleStrategy(long sleepNanos) {
        if (sleepNanos < 1) {
            throw new IllegalArgumentException("[ShmxIdleSleep] sleep time is " + sleepNanos
                    + " ns; it must be at least 1 ns; use BusySpinIdleStrategy to never sleep");
        }
        this.sleepNanos = sleepNanos;
    }

    /** {@return park time per idle, in nanoseconds} */
    public long sleepNanos() {
        return sleepNanos;
    }

    @Override
    public void idle() {
        LockSupport.parkNanos(sleepNanos);
    }

    @Override
    public void reset() {
        // nothing to reset
    }

    @Override
    public String toString() {
        return "SleepingIdleStrategy{sleepNanos=" + sleepNanos + '}';
    }
}
