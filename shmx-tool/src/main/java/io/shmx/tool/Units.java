package io.shmx.tool;

import java.util.Locale;

/** Human formatting of sizes, durations and rates. */
final class Units {
    private Units() {}

    /** {@code 65536} -> {@code 64.0 KiB}; below 1 KiB the exact byte count. */
    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** A duration in nanoseconds as {@code 850 ns}, {@code 12.3 ms}, {@code 4.0 s}, {@code 2.5 min}. */
    static String age(long nanos) {
        if (nanos < 0) {
            return "n/a";
        }
        if (nanos < 1_000L) {
            return nanos + " ns";
        }
        if (nanos < 1_000_000L) {
            return String.format(Locale.ROOT, "%.1f us", nanos / 1e3);
        }
        if (nanos < 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
        if (nanos < 120_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
        }
        return String.format(Locale.ROOT, "%.1f min", nanos / 6e10);
    }

    /** A count scaled by thousands: {@code 950}, {@code 12.3 k}, {@code 4.56 M}. */
    static String scaled(double v) {
        String[] prefixes = {"", " k", " M", " G", " T"};
        int p = 0;
        while (Math.abs(v) >= 1000 && p < prefixes.length - 1) {
            v /= 1000;
            p++;
        }
        return p == 0 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f%s", v, prefixes[p]);
    }

    static String hex64(long v) {
        return String.format(Locale.ROOT, "0x%016X", v);
    }
}
