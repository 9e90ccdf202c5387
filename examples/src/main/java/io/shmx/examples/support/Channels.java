package io.shmx.examples.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Channel names for the examples, and a sleep that keeps the interrupt status. */
public final class Channels {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Channels() {}

    /** {@code shmx-<example>-<pid>-<n>}: unique on this machine while this process lives. */
    public static String unique(String example) {
        return "shmx-" + example + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    /** Sleeps, keeping the interrupt status if interrupted. */
    public static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
