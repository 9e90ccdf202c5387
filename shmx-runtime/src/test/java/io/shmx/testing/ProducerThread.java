package io.shmx.testing;

import io.shmx.DType;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ObjLongConsumer;

/**
 * A producer publishing on a thread of its own while the test reads: frames 1, 2, 3, ... until
 * {@link #stop()}. {@link #stamps} publishes flat out frames whose every element equals the frame
 * id, so a reader can tell a whole frame from a torn one ({@link #assertStamped}).
 */
public final class ProducerThread implements AutoCloseable {
    /** The schema {@link #stamps} publishes: stream 1, "stamp", I64. */
    public static final List<StreamSpec> STAMPS = List.of(StreamSpec.of(1, "stamp", DType.I64, 1));

    private static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final ShmxServer server;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CompletableFuture<Long> published;

    private ProducerThread(ShmxServer server, ObjLongConsumer<ShmxServer> frame, Duration pause) {
        this.server = server;
        published = CompletableFuture.supplyAsync(() -> {
            long k = 0;
            while (!stop.get()) {
                frame.accept(server, ++k);
                if (!pause.isZero()) {
                    try {
                        Thread.sleep(pause);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            return k;
        }, task -> Thread.ofPlatform().daemon().name("test-producer").start(task));
    }

    /** Publishes frame k as {@code frame.accept(server, k)}, then sleeps {@code pause} (zero: flat out). */
    public static ProducerThread start(ShmxServer server, ObjLongConsumer<ShmxServer> frame, Duration pause) {
        return new ProducerThread(server, frame, pause);
    }

    /** Publishes flat out on a channel of {@link #STAMPS}: frame k holds {@code elems} elements equal to k, sim_time k. */
    public static ProducerThread stamps(ShmxServer server, int elems) {
        long[] values = new long[elems];
        return start(server, (s, k) -> {
            Arrays.fill(values, k);
            s.beginFrame().append(1, values, elems).publish(k);
        }, Duration.ZERO);
    }

    /** Fails unless {@code data} holds {@code elems} stamps all equal to {@code frameId} (a whole frame of {@link #stamps}). */
    public static void assertStamped(long frameId, MemorySegment data, int elems) {
        if (data.byteSize() != elems * 8L) {
            throw new AssertionError("frame " + frameId + " has " + data.byteSize() + " stamp bytes, expected " + elems * 8L);
        }
        for (int i = 0; i < elems; i++) {
            long stamp = data.get(I64, i * 8L);
            if (stamp != frameId) {
                throw new AssertionError("element " + i + " of frame " + frameId + " is " + stamp + ": a torn frame");
            }
        }
    }

    /** Waits until the channel has published at least {@code frames} frames. */
    public void awaitPublished(long frames) {
        while (server.framesPublished() < frames) {
            if (published.isDone()) {
                throw new IllegalStateException("the producer ended after " + published.join() + " frames");
            }
            Thread.onSpinWait();
        }
    }

    /** Stops the producer and waits for it (at most 30 s); returns how many frames it published. */
    public long stop() {
        stop.set(true);
        try {
            return published.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the producer failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the producer did not stop within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
