package io.example;

import io.shmx.ChannelNotFoundException;
import io.shmx.SchemaMismatchException;
import io.shmx.ShmxClient;
import io.shmx.typed.TypedReader;
import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * A reader of a channel of {@link Particles} frames: {@code latest()}, {@code next()} and
 * {@code awaitNext(...)} return its single {@link ParticlesView}, re-pointed at the frame (see
 * {@link TypedReader}). Not thread-safe.
 */
@Generated(
        value = "io.shmx.processor.ShmxProcessor",
        comments = "from io.example.Particles"
)
public final class ParticlesReader extends TypedReader<ParticlesView> {
    private ParticlesReader(ShmxClient client) {
        super(client, new ParticlesView());
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
        return new ParticlesReader(verified(channel, ShmxClient.open(channel), ParticlesSchema.FRAME));
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
        return new ParticlesReader(verified(channel, ShmxClient.open(channel, waitForProducer), ParticlesSchema.FRAME));
    }
}
