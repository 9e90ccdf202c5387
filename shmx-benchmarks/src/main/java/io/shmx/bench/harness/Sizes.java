package io.shmx.bench.harness;

/** Byte counts as people write them: 64B, 64KiB, 1MiB. */
public final class Sizes {
    private Sizes() {}

    public static String label(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + "MiB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return (bytes >> 10) + "KiB";
        }
        return bytes + "B";
    }
}
