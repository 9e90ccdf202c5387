package io.shmx;

/**
 * Offers the CPU to other threads on each idle ({@link Thread#yield()}): low latency while the
 * machine has spare cores, and the scheduler can still run others. Stateless, so one instance may
 * be shared.
 */
public final class YieldingIdleStrategy implements IdleStrategy {
    /** Creates the strategy; it keeps no state. */
    public YieldingIdleStrategy() {}

    /** The shared instance. */
    public static final YieldingIdleStrategy INSTANCE = new YieldingIdleStrategy();

    @Override
    public void idle() {
        Thread.yield();
    }

    @Override
    public void reset() {
        // nothing to reset
    }

    @Override
    public String toString() {
        return "YieldingIdleStrategy";
    }
}
