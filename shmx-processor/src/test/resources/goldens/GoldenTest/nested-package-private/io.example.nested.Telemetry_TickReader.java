package io.example.nested;

import io.shmx.ChannelNotFoundException;
import io.shmx.SchemaMismatchException;
import io.shmx.ShmxClient;
import io.shmx.typed.TypedReader;
import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * A reader of a channel of {@link Telemetry.Tick} frames: {@code latest()}, {@code next()} and
 * {@code awaitNext(...)} return its single {@link Telemetry_TickView}, re-pointed at the frame (see
 * {@link TypedReader}). Not thread-safe.
 */
@Generated(
        value = "io.shmx.processor.ShmxProcessor",
        comments = "from io.example.nested.Telemetry.Tick"
)
final class Telemetry_TickReader extends TypedReader<Telemetry_TickView> {
    private Telemetry_TickReader(ShmxClient client) {
        super(client, new Telemetry_TickView());
    }

    /**
     * Opens {@code channel} and checks that its directory carries every stream of {@link Telemetry_TickSchema}
     * with the same dtype, components and bytes per element (extra streams are fine).
     * A channel that does not exist fails at once; {@link #open(String, Duration)} waits for it.
     *
     * @throws SchemaMismatchException listing every difference
     * @throws ChannelNotFoundException if the channel does not exist
     */
    public static Telemetry_TickReader open(String channel) {
        return new Telemetry_TickReader(verified(channel, ShmxClient.open(channel), Telemetry_TickSchema.FRAME));
    }

    /**
     * Opens {@code channel} as {@link #open(String)} does, waiting up to {@code waitForProducer}
     * for its producer to create it, so a reader may start before its producer
     * (see {@link ShmxClient#open(String, Duration)}).
     *
     * <pre>{@code
     * try (Telemetry_TickReader reader = Telemetry_TickReader.open("my-channel", Duration.ofSeconds(10))) { ... }
     * }</pre>
     *
     * @throws SchemaMismatchException listing every difference
     * @throws ChannelNotFoundException if the channel did not appear in time; the message names the channel
     *         and the time waited
     */
    public static Telemetry_TickReader open(String channel, Duration waitForProducer) {
        return new Telemetry_TickReader(verified(channel, ShmxClient.open(channel, waitForProducer), Telemetry_TickSchema.FRAME));
    }
}
