package io.shmx.internal.region;

import io.shmx.BackoffIdleStrategy;
import io.shmx.ChannelNotFoundException;
import io.shmx.IdleStrategy;
import io.shmx.InvalidArgumentException;
import io.shmx.RegionNotReadyException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retries the opening of a channel while its producer has not created it yet, or is still creating
 * it. Two waits, both bounded:
 * <ul>
 *   <li><b>missing</b> ({@link ChannelNotFoundException}): retried until the caller's
 *       {@code waitForProducer} has passed (not at all when it is zero);</li>
 *   <li><b>being created</b> ({@link RegionNotReadyException}: the file is shorter than the header or
 *       its magic, written last, is still 0): retried until the later of the caller's deadline and
 *       {@code creationWait} after the first time the unfinished file was seen.</li>
 * </ul>
 * Between attempts the thread parks with a back-off from 1 ms up to {@link #MAX_POLL_NANOS}, so a
 * waiting reader costs almost no CPU and sees the channel at most that long after it is ready. An
 * interrupt ends the wait early (the interrupt status is kept). Off the hot path: each attempt
 * opens the file.
 */
public final class OpenWait {
    /** Longest park between two attempts. */
    static final long MAX_POLL_NANOS = 20_000_000L;
    private static final long MIN_POLL_NANOS = 1_000_000L;

    private OpenWait() {}

    /**
     * Calls {@code attempt} until it returns, retrying the two "not there yet" failures as described
     * above; any other exception passes through at once.
     *
     * @param what            the channel, for messages ("channel 'x'")
     * @param path            its region file, for messages
     * @param waitForProducer how long a missing channel is waited for (zero: not at all)
     * @param creationWait    how long a channel seen half-created is waited for
     */
    public static <T> T retry(String what, Path path, Duration waitForProducer, Duration creationWait,
                              Supplier<T> attempt) {
        long start = System.nanoTime();
        long missingDeadline = start + nanos(waitForProducer, "waitForProducer");
        long creationNanos = nanos(creationWait, "creationWait");
        long creationDeadline = 0;
        boolean seenUnfinished = false;
        IdleStrategy idle = new BackoffIdleStrategy(0, 0, 0, MIN_POLL_NANOS, MAX_POLL_NANOS);
        while (true) {
            RuntimeException notThere;
            long deadline;
            try {
                return attempt.get();
            } catch (ChannelNotFoundException e) {
                if (missingDeadline == start) {
                    throw e; // no wait asked for: the plain "does not exist" message
                }
                notThere = e;
                deadline = missingDeadline;
            } catch (RegionNotReadyException e) {
                if (!seenUnfinished) {
                    seenUnfinished = true;
                    creationDeadline = Math.max(missingDeadline, System.nanoTime() + creationNanos);
                }
                notThere = e;
                deadline = creationDeadline;
            }
            if (System.nanoTime() - deadline < 0) {
                idle.idle();
            }
            // checked after the idle too: an attempt on an interrupted thread would close its file channel
            boolean interrupted = Thread.currentThread().isInterrupted();
            if (interrupted || System.nanoTime() - deadline >= 0) {
                throw giveUp(what, path, notThere, System.nanoTime() - start, interrupted);
            }
        }
    }

    /** The failure to report when the wait ends with {@code last} still true. */
    private static RuntimeException giveUp(String what, Path path, RuntimeException last, long waitedNanos,
                                           boolean interrupted) {
        String waited = millis(waitedNanos) + " ms" + (interrupted ? " (the waiting thread was interrupted)" : "");
        if (last instanceof ChannelNotFoundException) {
            return new ChannelNotFoundException(what + " did not appear within " + waited + ": " + path
                    + " does not exist. Start its producer (ShmxServer.create with the same name) before the wait "
                    + "ends, check that producer and reader use the same channel name, or wait longer", last);
        }
        return new RegionNotReadyException(what + " was still being created after waiting " + waited + ": " + path
                + " is shorter than the 128-byte header or its magic, written last, is still 0. Its producer may "
                + "have died while creating it, or the file is not a shmx region: restart the producer (it replaces "
                + "a stale file) or remove the file (rm " + path + ")", last);
    }

    private static long nanos(Duration d, String name) {
        if (d == null) {
            throw new InvalidArgumentException(name + " is null; pass how long to wait for the producer, e.g. "
                    + "Duration.ofSeconds(5), or Duration.ZERO not to wait");
        }
        if (d.isNegative()) {
            throw new InvalidArgumentException(name + " is " + d + "; it must be zero or more (Duration.ZERO: do "
                    + "not wait)");
        }
        try {
            return Math.min(d.toNanos(), Long.MAX_VALUE / 4);
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE / 4;
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000L;
    }
}
