package io.shmx.internal.region;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread of this JVM that touches region files through a {@link java.nio.channels.FileChannel}.
 *
 * <h2>Why</h2>
 * A {@code FileChannel} is interruptible: any I/O call on it ({@code size}, {@code read},
 * {@code tryLock}, {@code map}) from a thread whose interrupt flag is set closes the channel. A
 * producer's liveness is an fcntl lock that belongs to the process and is dropped when <em>any</em>
 * descriptor of the file is closed. So one interrupted user thread calling, say,
 * {@code reapStaleReaders} or opening a client in the producer's JVM would make a live producer
 * look dead to every other process, and the next producer would take its name.
 *
 * <h2>Protocol</h2>
 * Every channel operation of {@link LinuxPlatform}, {@link ProducerFile} and {@link MappedRegion}
 * runs here, through {@link #call}: the caller hands the operation to this daemon thread and waits
 * for it without reacting to interrupts ({@link CompletableFuture#join}), and its interrupt flag
 * is left as it was. No user code runs on this thread and nothing interrupts it (it clears a stray
 * flag before each operation). Operations are executed one at a time, which also serializes the
 * platform's bookkeeping of local producers. They are all cold-path (create, open, close, the
 * readers' liveness check at most every few milliseconds, size checks before cold-path CASes), so
 * the hand-over (tens of microseconds) costs nothing on the hot paths, which make no system calls.
 * The thread ends after {@value #IDLE_SECONDS} s without work and is started again on demand.
 */
final class RegionIo {
    static final int IDLE_SECONDS = 10;

    /** One file operation; may throw IOException, which {@link #call} rethrows as it is. */
    interface Op<T> {
        T run() throws IOException;
    }

    private static final class IoThread extends Thread {
        IoThread(Runnable r) {
            super(r, "shmx-region-io");
            setDaemon(true);
        }
    }

    private static final ThreadPoolExecutor EXECUTOR = newExecutor();

    private static ThreadPoolExecutor newExecutor() {
        ThreadPoolExecutor e = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                IoThread::new);
        e.allowCoreThreadTimeOut(true);
        return e;
    }

    private RegionIo() {}

    /** Runs {@code op} on the region I/O thread and returns its result; an interrupt of the caller changes nothing. */
    static <T> T call(Op<T> op) throws IOException {
        if (Thread.currentThread() instanceof IoThread) {
            Thread.interrupted(); // nothing may interrupt this thread; a stray flag would close a channel
            return op.run();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        EXECUTOR.execute(() -> {
            Thread.interrupted();
            try {
                result.complete(op.run());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.join(); // waits uninterruptibly and keeps the caller's interrupt flag
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** {@link #call} for operations that throw no IOException. */
    static <T> T callUnchecked(Op<T> op) {
        try {
            return call(op);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
