package io.shmx;

/**
 * What a polling loop does when a poll found nothing to do: spin, yield the CPU, or park the
 * thread, trading latency against CPU use.
 *
 * <pre>{@code
 * IdleStrategy idle = new BackoffIdleStrategy();
 * while (running) {
 *     int work = server.pollControl(handler, 64);
 *     idle.idle(work);          // resets after work, backs off while there is none
 * }
 * }</pre>
 *
 * <p>Implementations allocate nothing, take no locks, and keep the interrupt status of the
 * calling thread (a parked thread returns early when interrupted, and the loop is expected to
 * check it). An instance may keep state between calls: use one instance per thread.
 */
public interface IdleStrategy {

    /** Called after a poll that found no work; each consecutive call may wait longer. */
    void idle();

    /** Called after a poll that found work: the next {@link #idle()} starts the back-off over. */
    void reset();

    /**
     * {@link #reset()} if {@code workCount > 0}, else {@link #idle()}.
     *
     * @param workCount how much work the caller did since the last call; a positive count resets the strategy
     */
    default void idle(int workCount) {
        if (workCount > 0) {
            reset();
        } else {
            idle();
        }
    }
}
