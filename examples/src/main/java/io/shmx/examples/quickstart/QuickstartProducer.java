package io.shmx.examples.quickstart;

import io.shmx.examples.support.Args;
import io.shmx.examples.support.Channels;

import java.io.PrintStream;
import java.util.List;

/**
 * The quick start's producer: creates the channel, publishes {@code --frames} samples 10 ms apart,
 * then removes the channel.
 *
 * <pre>
 * QuickstartProducer [--channel NAME] [--frames N] [--interval-ms MS]
 * </pre>
 */
public final class QuickstartProducer {
    private QuickstartProducer() {}

    public static void main(String[] args) {
        Args a = Args.parse("quickstart-producer", args, List.of("channel", "frames", "interval-ms"), List.of());
        run(a.string("channel", "quickstart"), a.integer("frames", 100, 1), a.integer("interval-ms", 10, 0),
                System.out);
    }

    /** Publishes {@code frames} samples on {@code channel}; returns the id of the last frame. */
    public static long run(String channel, int frames, int intervalMillis, PrintStream out) {
        SampleWriter writer = SampleWriter.create(channel);
        try {
            out.println("producer: created channel '" + channel + "' (" + writer.server().streams().size()
                    + " streams, " + writer.frameBytesCap() + " bytes per frame at most)");
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
