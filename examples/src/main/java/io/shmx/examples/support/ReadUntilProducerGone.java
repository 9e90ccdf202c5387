package io.shmx.examples.support;

import io.shmx.ProducerState;
import io.shmx.ShmxClient;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The frames of a channel in order until its producer is gone, then the frames it left in the
 * ring: the read loop of a consumer that must see every frame published before the producer
 * closed. It waits with the reader's {@code awaitNext}; each time a wait ends without a frame it
 * asks the client whether the producer is still alive, and once it is not, it reads what is left
 * with {@code next()} until nothing is.
 *
 * <pre>{@code
 * var untilGone = new ReadUntilProducerGone<>(reader.client(), reader::awaitNext, reader::next,
 *         Duration.ofMillis(100));
 * for (CounterView view; (view = untilGone.next()) != null; ) {
 *     ... the per-frame work ...
 * }
 * }</pre>
 *
 * @param <V> the view the reader returns (a generated reader's view, or {@link io.shmx.Frame})
 */
public final class ReadUntilProducerGone<V> {
    private final ShmxClient client;
    private final Function<Duration, V> awaitNext;
    private final Supplier<V> next;
    private final Duration wait;
    private boolean ending;     // the producer is gone: read what is left, then stop

    /**
     * @param client    the reader's client, asked for the producer's state after a wait found nothing
     * @param awaitNext the reader's {@code awaitNext(Duration)}
     * @param next      the reader's {@code next()}, which reads what is left once the producer is gone
     * @param wait      how long one wait lasts before the producer's state is checked
     */
    public ReadUntilProducerGone(ShmxClient client, Function<Duration, V> awaitNext, Supplier<V> next, Duration wait) {
        this.client = client;
        this.awaitNext = awaitNext;
        this.next = next;
        this.wait = wait;
    }

    /** The next frame in order, waiting for it while the producer is alive; {@code null} once all is read. */
    public V next() {
        while (true) {
            V view = ending ? next.get() : awaitNext.apply(wait);
            if (view != null || ending) {
                return view;
            }
            ending = client.producerState() != ProducerState.ALIVE;
        }
    }
}
