package io.shmx.examples.particles;

import java.util.Locale;

/**
 * Statistics of one frame of particles, computed from a {@link ParticlesView} where the frame lies
 * in shared memory: nothing is copied out.
 *
 * @param count     particles in the frame
 * @param min       smallest coordinate of any position
 * @param max       largest coordinate of any position
 * @param meanSpeed mean length of the velocities
 * @param idsInOrder whether particle {@code i} has id {@code i}
 */
public record SwarmStats(int count, float min, float max, double meanSpeed, boolean idsInOrder) {

    /** Reads the view; the caller checks {@link ParticlesView#isValid()} afterwards. */
    public static SwarmStats of(ParticlesView view) {
        int n = view.positionsCount();
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        double speeds = 0;
        boolean inOrder = view.idsCount() == n;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 3; c++) {
                float x = view.positions(i, c);
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            float vx = view.velocities(i, 0);
            float vy = view.velocities(i, 1);
            float vz = view.velocities(i, 2);
            speeds += Math.sqrt(vx * vx + vy * vy + vz * vz);
            inOrder &= i < view.idsCount() && view.idsUnsigned(i) == i;
        }
        return new SwarmStats(n, min, max, n == 0 ? 0 : speeds / n, inOrder);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d particles, positions in [%.3f, %.3f], mean speed %.3f, ids %s", count,
                min, max, meanSpeed, idsInOrder ? "0.." + (count - 1) + " in order" : "OUT OF ORDER");
    }
}
