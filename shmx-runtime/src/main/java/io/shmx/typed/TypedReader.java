package io.shmx.typed;

import io.shmx.Frame;
import io.shmx.IdleStrategy;
import io.shmx.ShmxClient;

import java.time.Duration;

/**
 * The base of a generated reader ({@code FooReader}): a {@link ShmxClient} whose directory matched
 * the record's schema, and the reader's single view, re-pointed at every frame returned (nothing
 * is allocated per frame). A generated reader adds only its {@code open} methods. Not thread-safe.
 *
 * <pre>{@code
 * try (FooReader reader = FooReader.open("my-channel")) {
 *     FooView view = reader.latest();
 *     if (view != null) { ... read ...; if (view.isValid()) { use what was read } }
 * }
 * }</pre>
 *
 * @param <V> the generated view type
 */
public abstract class TypedReader<V extends TypedView> implements AutoCloseable {
    private final ShmxClient client;
    private final V view;

    /**
     * Creates the part every generated class of a record shares.
     *
     * @param client the open client
     * @param view   the one view this reader re-points at every frame
     */
    protected TypedReader(ShmxClient client, V view) {
        this.client = client;
        this.view = view;
    }

    /**
     * Checks {@code client}'s directory against {@code schema} and returns the client; closes it
     * when it does not match.
     *
     * @param channel the channel name
     * @param client the open client
     * @param schema the record's schema
     * @return checks {@code client}'s directory against {@code schema} and returns the client
     * @throws io.shmx.SchemaMismatchException listing every difference
     */
    protected static ShmxClient verified(String channel, ShmxClient client, FrameSchema schema) {
        try {
            schema.verify(channel, client.streams());
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        return client;
    }

    /**
     * The newest valid frame, or {@code null} when there is none.
     *
     * @return the reader's reused {@link Frame} holding the newest frame, or {@code null}
     */
    public final V latest() {
        return wrap(client.latest());
    }

    /**
     * The frame after the last one returned, or {@code null} when none is new;
     * {@link TypedView#missedBefore()} counts the frames published after this reader attached that the
     * producer overwrote just before this one, those before its first read included.
     *
     * @return the reader's reused {@link Frame} holding the next frame, or {@code null}
     */
    public final V next() {
        return wrap(client.next());
    }

    /**
     * Waits up to {@code timeout} for {@link #next()} to return a frame; {@code null} on timeout.
     *
     * @param timeout how long to wait at most
     * @return the reader's reused {@link Frame}, or {@code null} on timeout
     */
    public final V awaitNext(Duration timeout) {
        return wrap(client.awaitNext(timeout));
    }

    /**
     * As {@link #awaitNext(Duration)}, waiting with {@code idle}.
     *
     * @param timeout how long to wait at most
     * @param idle how to wait between looks
     * @return the reader's reused {@link Frame}, or {@code null} on timeout
     */
    public final V awaitNext(Duration timeout, IdleStrategy idle) {
        return wrap(client.awaitNext(timeout, idle));
    }

    private V wrap(Frame frame) {
        if (frame == null) {
            return null;
        }
        view.wrap(frame);
        return view;
    }

    /**
     * Frames this reader missed since it opened the channel: the sum of the views'
     * {@link TypedView#missedBefore()}; see {@link ShmxClient#missedTotal()}.
     *
     * @return the total of the gaps since the reader opened the channel
     */
    public final long missedTotal() {
        return client.missedTotal();
    }

    /** {@return the underlying client (header info, control messages)} */
    public final ShmxClient client() {
        return client;
    }

    /** {@return the channel name} */
    public final String channel() {
        return client.name();
    }

    /** Releases the reader slot and unmaps the channel; views handed out become unusable. */
    @Override
    public void close() {
        client.close();
    }
}
