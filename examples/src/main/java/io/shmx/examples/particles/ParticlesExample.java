package io.shmx.examples.particles;

import io.shmx.ChannelConfig;
import io.shmx.examples.support.Args;
import io.shmx.examples.support.Channels;

import java.io.PrintStream;
import java.util.List;

/**
 * Particles with positions, velocities and ids: a writer publishes a moving swarm, and a reader in
 * the same program reads each frame back through a zero-copy view.
 *
 * <pre>
 * ParticlesExample [--channel NAME] [--frames N] [--particles N]
 * </pre>
 */
public final class ParticlesExample {
    private ParticlesExample() {}

    public static void main(String[] args) {
        Args a = Args.parse("particles", args, List.of("channel", "frames", "particles"), List.of());
        run(a.string("channel", Channels.unique("particles")), a.integer("frames", 100, 1),
                a.integer("particles", 1000, 1), System.out);
    }

    /** Publishes and reads back {@code frames} frames; returns the statistics of the last one read. */
    public static SwarmStats run(String channel, int frames, int particles, PrintStream out) {
        ChannelConfig config = ChannelConfig.defaults()
                .withFrameBytesCap(Math.toIntExact(Math.max(Particles.frameBytes(particles), 4096)));
        Swarm swarm = new Swarm(particles, 42);
        double dt = 0.01;
        SwarmStats last = null;
        ParticlesWriter writer = ParticlesWriter.create(channel, config);
        try (ParticlesReader reader = ParticlesReader.open(channel)) {
            for (int i = 0; i < frames; i++) {
                ParticlesWriter.Frame frame = writer.begin();
                swarm.writeInto(frame);
                frame.publishedNanos(System.nanoTime());
                frame.publish(i * dt);
                swarm.step(dt);

                ParticlesView view = reader.latest();
                SwarmStats stats = SwarmStats.of(view);
                if (!view.isValid()) {
                    out.println("frame " + view.frameId() + ": overwritten while read, skipped");
                    continue;
                }
                last = stats;
                if (i % 10 == 0 || i == frames - 1) {
                    out.println("frame " + view.frameId() + ": " + stats);
                }
            }
        } finally {
            writer.destroy();
        }
        return last;
    }
}
