package io.shmx.examples.particles;

import io.shmx.typed.FloatClaim;
import io.shmx.typed.IntClaim;
import java.util.SplittableRandom;

/**
 * The producer's particles: random starting points in a unit cube, each moving in a straight line
 * at speed 1 in a random direction. {@link #writeInto} writes one frame of them into the claims of
 * a frame being published, in place.
 */
public final class Swarm {
    private final float[] positions;
    private final float[] velocities;
    private final int count;

    public Swarm(int count, long seed) {
        this.count = count;
        this.positions = new float[count * 3];
        this.velocities = new float[count * 3];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            double z = random.nextDouble(-1, 1);
            double angle = random.nextDouble(0, 2 * Math.PI);
            double r = Math.sqrt(1 - z * z);
            velocities[3 * i] = (float) (r * Math.cos(angle));
            velocities[3 * i + 1] = (float) (r * Math.sin(angle));
            velocities[3 * i + 2] = (float) z;
            for (int c = 0; c < 3; c++) {
                positions[3 * i + c] = (float) random.nextDouble();
            }
        }
    }

    public int count() {
        return count;
    }

    /** Moves every particle by {@code dt} seconds. */
    public void step(double dt) {
        for (int k = 0; k < positions.length; k++) {
            positions[k] += (float) (velocities[k] * dt);
        }
    }

    /** Writes the swarm into {@code frame}'s slot: positions and velocities claimed and filled in place, then the ids. */
    public void writeInto(ParticlesWriter.Frame frame) {
        FloatClaim p = frame.positions(count);
        FloatClaim v = frame.velocities(count);
        IntClaim ids = frame.ids(count);
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < 3; c++) {
                p.set(i, c, positions[3 * i + c]);
                v.set(i, c, velocities[3 * i + c]);
            }
            ids.set(i, i);
        }
    }
}
