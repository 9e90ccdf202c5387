package io.shmx.bridge.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Prints a status every interval until the duration ends, the bridge stops or the process is
 * asked to stop (Ctrl-C, SIGTERM); then closes the bridge (which deletes an embedded driver's
 * directory) and prints the final status.
 */
final class StatusLoop {
    private StatusLoop() {}

    static int run(AutoCloseable bridge, CommonOptions o, PrintStream out, Function<Boolean, String> status,
                   BooleanSupplier running, java.util.function.Supplier<Throwable> failure) throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        final String[] last = new String[1];
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                closed.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "shmx-bridge-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        long end = o.duration == null ? Long.MAX_VALUE : System.nanoTime() + o.duration.toNanos();
        try {
            while (running.getAsBoolean()) {
                long wait = Math.min(o.interval.toNanos(), Math.max(0, end - System.nanoTime()));
                if (stop.await(wait, TimeUnit.NANOSECONDS) || System.nanoTime() - end >= 0) {
                    break;
                }
                if (!o.quiet) {
                    out.println(status.apply(false));
                    out.flush();
                }
            }
            last[0] = status.apply(true);
        } finally {
            bridge.close();
            if (last[0] != null) {
                out.println(last[0]);
                out.flush();
            }
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running
            }
        }
        Throwable t = failure.get();
        if (t != null) {
            System.err.println("shmx bridge: stopped on an error: " + t);
            return 1;
        }
        return 0;
    }

    static Duration orDefault(Duration d, Duration dflt) {
        return d == null ? dflt : d;
    }
}
