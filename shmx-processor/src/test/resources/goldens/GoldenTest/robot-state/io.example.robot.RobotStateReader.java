package io.example.robot;

import io.shmx.ChannelNotFoundException;
import io.shmx.SchemaMismatchException;
import io.shmx.ShmxClient;
import io.shmx.typed.TypedReader;
import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * A reader of a channel of {@link RobotState} frames: {@code latest()}, {@code next()} and
 * {@code awaitNext(...)} return its single {@link RobotStateView}, re-pointed at the frame (see
 * {@link TypedReader}). Not thread-safe.
 */
@Generated(
        value = "io.shmx.processor.ShmxProcessor",
        comments = "from io.example.robot.RobotState"
)
public final class RobotStateReader extends TypedReader<RobotStateView> {
    private RobotStateReader(ShmxClient client) {
        super(client, new RobotStateView());
    }

    /**
     * Opens {@code channel} and checks that its directory carries every stream of {@link RobotStateSchema}
     * with the same dtype, components and bytes per element (extra streams are fine).
     * A channel that does not exist fails at once; {@link #open(String, Duration)} waits for it.
     *
     * @throws SchemaMismatchException listing every difference
     * @throws ChannelNotFoundException if the channel does not exist
     */
    public static RobotStateReader open(String channel) {
        return new RobotStateReader(verified(channel, ShmxClient.open(channel), RobotStateSchema.FRAME));
    }

    /**
     * Opens {@code channel} as {@link #open(String)} does, waiting up to {@code waitForProducer}
     * for its producer to create it, so a reader may start before its producer
     * (see {@link ShmxClient#open(String, Duration)}).
     *
     * <pre>{@code
     * try (RobotStateReader reader = RobotStateReader.open("my-channel", Duration.ofSeconds(10))) { ... }
     * }</pre>
     *
     * @throws SchemaMismatchException listing every difference
     * @throws ChannelNotFoundException if the channel did not appear in time; the message names the channel
     *         and the time waited
     */
    public static RobotStateReader open(String channel, Duration waitForProducer) {
        return new RobotStateReader(verified(channel, ShmxClient.open(channel, waitForProducer), RobotStateSchema.FRAME));
    }
}
