package io.shmx.bench.harness;

import java.util.List;

/**
 * How much the harness measures. The full plan measures a million paced 64 B frames per run after
 * half a million of warm-up; 1 MiB frames are sent flat out and fewer (each costs tens of
 * microseconds of copying, a million would take a minute per run).
 *
 * @param rounds          interleaved rounds of the latency runs (shmx then Agrona, then the other way round)
 * @param smallWarmup     64 B frames sent before measuring
 * @param smallFrames     64 B frames measured
 * @param smallInterval   time between two 64 B frames (ns)
 * @param largeWarmup     1 MiB frames sent before measuring
 * @param largeFrames     1 MiB frames measured
 * @param warmupCapNanos  longest warm-up of a latency run (a loaded machine sends fewer frames)
 * @param measureCapNanos longest measurement of a latency run
 * @param rateSizes       frame sizes of the flat-out rate runs
 * @param rateWarmupNanos flat-out sending before measuring
 * @param rateNanos       flat-out sending measured
 * @param rttRounds       measured ping-pong round trips before and after each run
 * @param jitterNanos     spinning time of the jitter measurement
 */
public record HarnessPlan(int rounds, long smallWarmup, long smallFrames, long smallInterval, long largeWarmup,
                          long largeFrames, long warmupCapNanos, long measureCapNanos, List<Integer> rateSizes,
                          long rateWarmupNanos, long rateNanos, int rttRounds, long jitterNanos) {

    public static final int SMALL = 64;
    public static final int LARGE = 1 << 20;

    public static HarnessPlan full() {
        return new HarnessPlan(2, 500_000, 1_000_000, 2_000, 3_000, 100_000, 3_000_000_000L, 8_000_000_000L,
                List.of(64, 4096, 65536, 1 << 20, 8 << 20), 500_000_000L, 1_000_000_000L, 100_000,
                2_000_000_000L);
    }

    public static HarnessPlan quick() {
        return new HarnessPlan(1, 200_000, 300_000, 2_000, 1_000, 10_000, 500_000_000L, 1_000_000_000L,
                List.of(64, 65536, 1 << 20), 200_000_000L, 400_000_000L, 20_000, 500_000_000L);
    }
}
