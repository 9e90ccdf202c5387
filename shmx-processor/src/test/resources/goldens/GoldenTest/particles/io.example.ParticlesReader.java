package io.example;

import io.shmx.ChannelNotFoundException;
import io.shmx.Frame;
import io.shmx.SchemaMismatchException;
import io.shmx.ShmxClient;
import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * A reader of a channel of {@link Particles} frames. Each call returns the reader's single
 * {@link ParticlesView}, re-pointed at the frame (nothing is allocated per frame). Not thread-safe.
 *
 * <pre>{@code
 * try (ParticlesReader reader = ParticlesReader.open("my-channel")) {
 *     ParticlesView view = reader.latest();
 *     if (view != null) { ... read ...; if (view.isValid()) { use what was read } }
 * }
 * }</pre>
 */
@Generated(
        value = "io.shmx.processor.ShmxProcessor",
        comments = "from io.example.Particles"
)
public final class ParticlesReader implements AutoCloseable {
    private final ShmxClient client;

    private final ParticlesView view = new ParticlesView();

    private ParticlesReader(ShmxClient client) {
        this.client = client;
    }

    /**
     * Opens {@code channel} and checks that its directory carries every stream of {@link ParticlesSchema}
     * with the same dtype, components and bytes per element (extra streams are fine).
     * A channel that does not exist fails at once; {@link #open(String, Duration)} waits for it.
     *
     * @throws SchemaMismatchException listing every difference
     * @throws ChannelNotFoundException if the channel does not exist
     */
    public static ParticlesReader open(String channel) {
        return verified(channel, ShmxClient.open(channel));
    }

    /**
     * Opens {@code channel} as {@link #open(String)} does, waiting up to {@code waitForProducer}
     * for its producer to create it, so a reader may start before its producer
     * (see {@link ShmxClient#open(String, Duration)}).
     *
     * <pre>{@code
     * try (ParticlesReader reader = ParticlesReader.open("my-channel", Duration.ofSeconds(10))) { ... }
     * }</pre>
     *
     * @throws SchemaMismatchException listing every difference
     * @throws ChannelNotFoundException if the channel did not appear in time; the message names the channel
     *         and the time waited
     */
    public static ParticlesReader open(String channel, Duration waitForProducer) {
        return verified(channel, ShmxClient.open(channel, waitForProducer));
    }

    /**
     * Checks {@code client}'s directory against the schema; closes it when it does not match.
     */
    private static ParticlesReader verified(String channel, ShmxClient client) {
        try {
            ParticlesSchema.verify(channel, client.streams());
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        return new ParticlesReader(client);
    }

    /**
     * The newest valid frame, or {@code null} when there is none.
     */
    public ParticlesView latest() {
        Frame frame = client.latest();
        return frame == null ? null : view.wrap(frame);
    }

    /**
     * The frame after the last one returned, or {@code null} when none is new;
     * {@link ParticlesView#missedBefore()} counts the frames published after this reader attached that the
     * producer overwrote just before this one, those before its first read included.
     */
    public ParticlesView next() {
        Frame frame = client.next();
        return frame == null ? null : view.wrap(frame);
    }

    /**
     * Waits up to {@code timeout} for {@link #next()} to return a frame; {@code null} on timeout.
     */
    public ParticlesView awaitNext(Duration timeout) {
        Frame frame = client.awaitNext(timeout);
        return frame == null ? null : view.wrap(frame);
    }

    /**
     * Frames this reader missed since it opened the channel: the sum of the views'
     * {@code missedBefore()}; see {@link ShmxClient#missedTotal()}.
     */
    public long missedTotal() {
        return client.missedTotal();
    }

    /**
     * The underlying client (header info, control messages).
     */
    public ShmxClient client() {
        return client;
    }

    /**
     * The channel name.
     */
    public String channel() {
        return client.name();
    }

    /**
     * Releases the reader slot and unmaps the channel; views handed out become unusable.
     */
    @Override
    public void close() {
        client.close();
    }
}
