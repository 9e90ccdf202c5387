package io.shmx.bench.report;

import io.shmx.bench.harness.JitterResult;
import io.shmx.bench.harness.StreamResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Machine-readable harness results: {@code harness.json} (every run with its percentiles and
 * round trips), {@code harness.csv} (one line per run) and one HdrHistogram percentile
 * distribution file ({@code .hgrm}, values in microseconds) per run.
 */
public final class HarnessFiles {
    private static final double[] PERCENTILES = {50, 90, 99, 99.9, 99.99};

    private HarnessFiles() {}

    public static void write(Path dir, Map<String, Object> machine, List<StreamResult> runs,
                             List<JitterResult> jitter) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("machine", machine);
        List<Object> list = new ArrayList<>();
        for (StreamResult r : runs) {
            list.add(toMap(r));
            writeHgrm(dir.resolve(r.kind() + "-" + r.label() + ".hgrm"), r.latency());
        }
        root.put("runs", list);
        List<Object> js = new ArrayList<>();
        for (JitterResult j : jitter) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cpu", j.cpu());
            m.put("seconds", j.seconds());
            m.put("pausesOver10us", j.pauses());
            m.put("pausesPerSecond", j.pausesPerSecond());
            m.put("pauseNanos", percentiles(j.lengths()));
            js.add(m);
        }
        root.put("jitter", js);
        Files.writeString(dir.resolve("harness.json"), Json.write(root));
        Files.writeString(dir.resolve("harness.csv"), csv(runs));
    }

    private static Map<String, Object> toMap(StreamResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.kind());
        m.put("lib", r.lib());
        m.put("frameBytes", r.size());
        m.put("round", r.round());
        m.put("placement", r.placement());
        m.put("rttBeforeNanos", percentiles(r.rttBefore()));
        m.put("rttAfterNanos", percentiles(r.rttAfter()));
        m.put("latencyNanos", percentiles(r.latency()));
        m.put("sent", r.sent());
        m.put("sentSeconds", r.sentSeconds());
        m.put("sentPerSecond", r.sentPerSecond());
        m.put("seen", r.seen());
        m.put("seenSeconds", r.seenSeconds());
        m.put("seenPerSecond", r.seenPerSecond());
        m.put("missed", r.missed());
        m.put("lost", r.lost());
        return m;
    }

    private static Map<String, Object> percentiles(Histogram h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", h.getTotalCount());
        if (h.getTotalCount() == 0) {
            return m;
        }
        for (double p : PERCENTILES) {
            m.put("p" + (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p)), h.getValueAtPercentile(p));
        }
        m.put("max", h.getMaxValue());
        m.put("mean", h.getMean());
        return m;
    }

    private static String csv(List<StreamResult> runs) {
        StringBuilder sb = new StringBuilder(
                "kind,lib,frame_bytes,round,placement,rtt_p50_ns,p50_ns,p90_ns,p99_ns,p999_ns,max_ns,frames,"
                        + "sent_per_s,seen_per_s,missed,lost\n");
        for (StreamResult r : runs) {
            Histogram h = r.latency();
            sb.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%s,%d,%d,%d,%d,%d,%d,%d,%.0f,%.0f,%d,%d%n", r.kind(),
                    r.lib(), r.size(), r.round(), r.placement(), r.rttMedian(), h.getValueAtPercentile(50),
                    h.getValueAtPercentile(90), h.getValueAtPercentile(99), h.getValueAtPercentile(99.9),
                    h.getMaxValue(), h.getTotalCount(), r.sentPerSecond(), r.seenPerSecond(), r.missed(),
                    r.lost()));
        }
        return sb.toString();
    }

    private static void writeHgrm(Path file, Histogram h) throws IOException {
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            h.outputPercentileDistribution(out, 5, 1000.0);
        }
    }
}
