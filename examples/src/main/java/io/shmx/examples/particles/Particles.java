package io.shmx.examples.particles;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

/**
 * A swarm of particles: where each one is, how it moves, who it is, and when the frame was
 * published (for one-way latency across processes).
 *
 * @param positions      x, y, z per particle
 * @param velocities     vx, vy, vz per particle, units per second
 * @param ids            particle ids (unsigned 32-bit)
 * @param publishedNanos {@link System#nanoTime()} just before publishing; every process on a
 *                       Linux machine reads the same clock (CLOCK_MONOTONIC)
 */
@ShmxFrame(name = "particles")
public record Particles(
        @Stream(id = 1, dtype = DType.F32, components = 3) float[] positions,
        @Stream(id = 2, dtype = DType.F32, components = 3) float[] velocities,
        @Stream(id = 3, dtype = DType.U32) int[] ids,
        @Stream(id = 4, dtype = DType.I64, name = "published_ns") long publishedNanos) {

    /** Payload bytes of a frame of {@code count} particles, TLV headers and padding included. */
    public static long frameBytes(int count) {
        return ParticlesSchema.frameStreamBytes((long) count * ParticlesSchema.POSITIONS_BYTES_PER_ELEM)
                + ParticlesSchema.frameStreamBytes((long) count * ParticlesSchema.VELOCITIES_BYTES_PER_ELEM)
                + ParticlesSchema.frameStreamBytes((long) count * ParticlesSchema.IDS_BYTES_PER_ELEM)
                + ParticlesSchema.frameStreamBytes(ParticlesSchema.PUBLISHED_NANOS_BYTES_PER_ELEM);
    }
}
