package io.shmx.examples.support;

import io.shmx.ChannelNotFoundException;
import io.shmx.InvalidRegionException;
import io.shmx.ShmxException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Channel names for the examples, and opening a channel that its producer may not have created yet. */
public final class Channels {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Channels() {}

    /** {@code shmx-<example>-<pid>-<n>}: unique on this machine while this process lives. */
    public static String unique(String example) {
        return "shmx-" + example + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    /**
     * Calls {@code open} until the channel exists and is ready, or {@code patience} has passed, so
     * a consumer may be started before its producer. A region that is there but not readable yet
     * (its producer is still creating and sizing it: {@code RegionNotReadyException}, an
     * {@link InvalidRegionException}) is retried too.
     *
     * @throws ShmxException the last failure, when the channel never became readable
     */
    public static <T> T openWhenCreated(Supplier<T> open, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return open.get();
            } catch (ChannelNotFoundException | InvalidRegionException e) {
                if (System.nanoTime() - deadline > 0) {
                    throw e;
                }
                sleepMillis(20);
            }
        }
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
