package io.shmx.bridge;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local reader of a receiver's channel through the generated API, on its own thread: reads every
 * frame with next(), checks each byte (read, then validate: a frame the local ring overwrote while
 * it was checked is counted overrun, not failed), and remembers the first mismatch.
 */
final class Consumer implements AutoCloseable {
    final AtomicLong got = new AtomicLong();
    final AtomicLong missed = new AtomicLong();
    final AtomicLong overrun = new AtomicLong();
    final AtomicLong lastSeq = new AtomicLong();
    final AtomicLong reattachments = new AtomicLong();
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final int[] sizes;
    private final String channel;
    private volatile boolean running = true;
    private final Thread thread;

    Consumer(String channel, int[] sizes) {
        this.channel = channel;
        this.sizes = sizes;
        this.thread = new Thread(this::run, "consumer-" + channel);
        this.thread.start();
    }

    private void run() {
        try (BridgedReader r = BridgedReader.open(channel, Duration.ofSeconds(60))) {
            while (running) {
                BridgedView v = r.awaitNext(Duration.ofMillis(50));
                reattachments.set(r.client().reattachments());
                if (v == null) {
                    continue;
                }
                try {
                    long seq = Traffic.verify(v, sizes);
                    if (!v.isValid()) {
                        overrun.incrementAndGet();
                        continue;
                    }
                    missed.addAndGet(v.missed());
                    got.incrementAndGet();
                    lastSeq.set(seq);
                } catch (AssertionError | RuntimeException e) {
                    if (v.isValid()) {
                        failure.compareAndSet(null, e);
                    } else {
                        overrun.incrementAndGet();
                    }
                }
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
        }
    }

    void check() {
        Throwable t = failure.get();
        if (t != null) {
            throw new AssertionError("the local reader of " + channel + " saw a bad frame: " + t, t);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}
