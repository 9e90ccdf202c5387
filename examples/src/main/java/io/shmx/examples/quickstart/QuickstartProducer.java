package io.shmx.examples.quickstart;

import io.shmx.examples.support.Args;
import io.shmx.examples.support.Channels;
import io.shmx.examples.support.Peers;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * The quick start's producer: creates the channel, waits for {@code --consumers} consumers (1) to
 * attach (at most {@code --wait} seconds, 60, then it goes on without them), publishes
 * {@code --frames} samples 10 ms apart, then removes the channel. Start it before or after
 * {@link QuickstartConsumer}: either order works.
 *
 * <pre>
 * QuickstartProducer [--channel NAME] [--frames N] [--interval-ms MS] [--consumers N] [--wait SECONDS]
 * </pre>
 */
public final class QuickstartProducer {
    private QuickstartProducer() {}

    public static void main(String[] args) {
        Args a = Args.parse("quickstart-producer", args,
                List.of("channel", "frames", "interval-ms", "consumers", "wait"), List.of());
        run(a.string("channel", "quickstart"), a.integer("frames", 100, 1), a.integer("interval-ms", 10, 0),
                a.integer("consumers", 1, 0), Duration.ofSeconds(a.integer("wait", 60, 0)), System.out);
    }

    /** Publishes {@code frames} samples on {@code channel} without waiting for consumers; returns the last frame id. */
    public static long run(String channel, int frames, int intervalMillis, PrintStream out) {
        return run(channel, frames, intervalMillis, 0, Duration.ZERO, out);
    }

    /**
     * Publishes {@code frames} samples on {@code channel} once {@code consumers} readers attached
     * (or {@code wait} passed); returns the id of the last frame.
     */
    public static long run(String channel, int frames, int intervalMillis, int consumers, Duration wait,
                           PrintStream out) {
        SampleWriter writer = SampleWriter.create(channel);
        try {
            out.println("producer: created channel '" + channel + "' (" + writer.server().streams().size()
                    + " streams, " + writer.frameBytesCap() + " bytes per frame at most)");
            Peers.awaitConsumers("producer", writer.server(), consumers, wait,
                    "./shmx example quickstart-consumer --channel " + channel, out);
            long lastId = 0;
            float[] data = new float[10];
            for (int i = 0; i < frames; i++) {
                for (int j = 0; j < data.length; j++) {
                    data[j] = i + j * 0.25f;
                }
                double now = System.currentTimeMillis() / 1000.0;
                lastId = writer.publish(new Sample(i, now, data), i * 0.01);
                Channels.sleepMillis(intervalMillis);
            }
            out.println("producer: published " + frames + " frames, last frame id " + lastId);
            return lastId;
        } finally {
            writer.destroy();
        }
    }
}
