package io.shmx.bridge;

import io.shmx.ChannelConfig;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** Publishes frames 1, 2, ... of {@link Traffic} on its own thread at a steady rate until stopped or {@code count}. */
final class Producer implements AutoCloseable {
    final AtomicLong published = new AtomicLong();
    final BridgedWriter writer;
    private final Thread thread;
    private volatile boolean running = true;

    Producer(String channel, int[] sizes, long count, int framesPerSecond) {
        long maxPayload = 0;
        for (int s : sizes) {
            maxPayload = Math.max(maxPayload, s);
        }
        this.writer = BridgedWriter.create(channel, ChannelConfig.defaults().withSlots(4)
                .withFrameBytesCap((int) Math.max(65_536, maxPayload + 4096)));
        long periodNanos = 1_000_000_000L / framesPerSecond;
        this.thread = new Thread(() -> {
            long next = System.nanoTime();
            for (long seq = 1; seq <= count && running; seq++) {
                Traffic.publish(writer, seq, sizes);
                published.set(seq);
                next += periodNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        }, "producer-" + channel);
    }

    Producer start() {
        thread.start();
        return this;
    }

    void awaitDone() throws InterruptedException {
        thread.join();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
        writer.destroy();
    }
}
