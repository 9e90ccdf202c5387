package io.shmx.bench.report;

import java.util.Locale;

/** Formats times and rates for the tables: 10.3 ns, 61.2 us, 1.20 ms; 19.5 M/s; 16.4 GB/s. */
public final class Units {
    private Units() {}

    public static String nanos(double ns) {
        if (Double.isNaN(ns)) {
            return "n/a";
        }
        if (ns < 100) {
            return String.format(Locale.ROOT, "%.1f ns", ns);
        }
        if (ns < 1_000) {
            return String.format(Locale.ROOT, "%.0f ns", ns);
        }
        if (ns < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f us", ns / 1e3);
        }
        return String.format(Locale.ROOT, "%.2f ms", ns / 1e6);
    }

    /** Bytes moved per nanosecond, as GB/s (10^9 bytes per second). */
    public static String gbPerSecond(long bytes, double ns) {
        return String.format(Locale.ROOT, "%.1f GB/s", bytes / ns);
    }

    public static String perSecond(double rate) {
        if (rate >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M/s", rate / 1e6);
        }
        if (rate >= 1e3) {
            return String.format(Locale.ROOT, "%.1f k/s", rate / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f /s", rate);
    }

    public static String ratio(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
            return "n/a";
        }
        double r = a / b;
        return r >= 0.1 || r == 0 ? String.format(Locale.ROOT, "%.2f", r) : String.format(Locale.ROOT, "%.2g", r);
    }

    public static String bytesPerOp(double b) {
        if (Double.isNaN(b)) {
            return "n/a";
        }
        return b < 0.5 ? "0" : String.format(Locale.ROOT, "%.0f", b);
    }
}
