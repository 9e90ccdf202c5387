package io.shmx.bench.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * JMH results by a short key: {@code SimpleClass.method} plus the parameters in name order,
 * e.g. {@code ShmxFrameBenchmark.publish[size=64]}. Missing results read as NaN, so a benchmark
 * that failed or was not selected shows as "n/a" instead of breaking the table.
 */
public final class JmhFigures {
    private static final String ALLOC = "gc.alloc.rate.norm";

    private final Map<String, Double> scores = new HashMap<>();
    private final Map<String, Double> allocs = new HashMap<>();

    public JmhFigures(Collection<RunResult> results) {
        for (RunResult r : results) {
            String key = key(r.getParams());
            scores.put(key, r.getPrimaryResult().getScore());
            Result<?> alloc = r.getSecondaryResults().get(ALLOC);
            if (alloc != null) {
                allocs.put(key, alloc.getScore());
            }
        }
    }

    /** Whether any result was collected. */
    public boolean isEmpty() {
        return scores.isEmpty();
    }

    /** Average time (ns/op) of {@code bench} ({@code Class.method}) with {@code params} ("k=v" words). */
    public double score(String bench, String... params) {
        return scores.getOrDefault(key(bench, params), Double.NaN);
    }

    /** Bytes allocated per operation, NaN when unknown. */
    public double alloc(String bench, String... params) {
        return allocs.getOrDefault(key(bench, params), Double.NaN);
    }

    private static String key(BenchmarkParams p) {
        String full = p.getBenchmark();
        int method = full.lastIndexOf('.');
        int cls = full.lastIndexOf('.', method - 1);
        Map<String, String> sorted = new TreeMap<>();
        for (String k : p.getParamsKeys()) {
            sorted.put(k, p.getParam(k));
        }
        return full.substring(cls + 1) + sorted;
    }

    private static String key(String bench, String... params) {
        Map<String, String> sorted = new TreeMap<>();
        for (String kv : params) {
            int eq = kv.indexOf('=');
            sorted.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return bench + sorted;
    }
}
