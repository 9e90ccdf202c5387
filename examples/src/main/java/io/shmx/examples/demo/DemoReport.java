package io.shmx.examples.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The demo's closing report: the producer's rate, then per consumer what it got and how fast. */
final class DemoReport {
    private DemoReport() {}

    /** Prints the report; returns false when a consumer lost track of frames or read malformed ones. */
    static boolean print(PrintStream out, DemoOptions o, DemoResult producer, List<DemoResult> consumers) {
        long published = producer.get("published");
        double seconds = producer.get("nanos") / 1e9;
        long frameBytes = producer.get("frame_bytes");
        out.println();
        out.println("Results");
        out.printf(Locale.ROOT, "  producer     %,d frames in %.1f s = %,.0f frames/s of %,d particles, %s per frame (%s/s)%n",
                published, seconds, published / seconds, o.particles(), bytes(frameBytes),
                bytes((long) (published * frameBytes / seconds)));
        boolean allAccounted = true;
        boolean allWellFormed = true;
        for (DemoResult c : consumers) {
            long received = c.get("received");
            long missed = c.get("missed");
            long overwritten = c.get("overwritten");
            out.printf(Locale.ROOT, "  consumer %d   %,d received, %,d missed   one-way latency p50 %s  p99 %s  max %s%s%n",
                    c.get("id"), received, missed, duration(c.get("p50")), duration(c.get("p99")),
                    duration(c.get("max")), overwritten == 0 ? "" : String.format(Locale.ROOT,
                            "   (%,d of them overwritten while being read)", overwritten));
            allAccounted &= received + missed == published;
            allWellFormed &= c.get("malformed") == 0;
        }
        out.println(allAccounted
                ? "  Every consumer accounted for every frame: received + missed = published."
                : "  A consumer's received + missed differs from published: it attached late or was stopped early.");
        if (!allWellFormed) {
            out.println("  A consumer read frames whose contents did not check out: please report this.");
        }
        out.println("  Latency: from System.nanoTime() just before publish in the producer to the moment the");
        out.println("  consumer had the frame; consumers waited with the '" + o.idle() + "' idle strategy. Missed:");
        out.println("  frames the producer overwrote before a consumer got to them (it never waits for readers).");
        return allWellFormed;
    }

    static String duration(long nanos) {
        if (nanos < 1_000) {
            return nanos + " ns";
        }
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f us", nanos / 1e3);
        }
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
    }
}
