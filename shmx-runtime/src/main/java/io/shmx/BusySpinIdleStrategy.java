package io.shmx;

/**
 * Never gives up the CPU: each idle is one {@link Thread#onSpinWait()} hint. The lowest latency,
 * at the cost of a whole core; use it only on a core reserved for the polling thread.
 * Stateless, so one instance may be shared.
 */
public final class BusySpinIdleStrategy implements IdleStrategy {
    /** Creates the strategy; it keeps no state. */
    public BusySpinIdleStrategy() {}

    /** The shared instance. */
    public static final BusySpinIdleStrategy INSTANCE = new BusySpinIdleStrategy();

    @Override
    public void idle() {
        Thread.onSpinWait();
    }

    @Override
    public void reset() {
        // nothing to reset
    }

    @Override
    public String toString() {
        return "BusySpinIdleStrategy";
    }
}
