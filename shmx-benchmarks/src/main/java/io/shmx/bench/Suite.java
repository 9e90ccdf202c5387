package io.shmx.bench;

import io.shmx.bench.harness.Harness;
import io.shmx.bench.harness.HarnessPlan;
import io.shmx.bench.harness.JitterResult;
import io.shmx.bench.harness.StreamResult;
import io.shmx.bench.report.Charts;
import io.shmx.bench.report.HarnessFiles;
import io.shmx.bench.report.JmhFigures;
import io.shmx.bench.report.SummaryTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;

/**
 * The whole benchmark suite in one command (see {@code bench/run}): the JMH benchmarks, then the
 * cross-process harness, then the charts and a markdown summary table.
 *
 * <pre>
 * java -cp benchmarks.jar io.shmx.bench.Suite [--quick] [--jmh-only | --harness-only]
 *      [--include REGEX] [--libs shmx,agrona[,shmx-next]] [--out bench-results] [--charts docs/bench] [--cpus 0,1]
 * </pre>
 */
public final class Suite {
    private boolean quick;
    private boolean jmh = true;
    private boolean harness = true;
    private String include = "io\\.shmx\\.bench\\.jmh\\.(?!ProtocolCost).*";
    private List<String> libs = List.of("shmx", "agrona", "shmx-next");
    private Path out = Path.of("bench-results");
    private Path charts = Path.of("docs", "bench");
    private int producerCpu = 0;
    private int consumerCpu = 1;

    public static void main(String[] args) throws Exception {
        Suite suite = new Suite();
        try {
            suite.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
        }
        suite.run();
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--jmh-only" -> harness = false;
                case "--harness-only" -> jmh = false;
                case "--include" -> include = value(args, ++i);
                case "--libs" -> libs = libs(value(args, ++i));
                case "--out" -> out = Path.of(value(args, ++i));
                case "--charts" -> charts = Path.of(value(args, ++i));
                case "--cpus" -> {
                    String[] cpus = value(args, ++i).split(",");
                    producerCpu = Integer.parseInt(cpus[0]);
                    consumerCpu = Integer.parseInt(cpus[1]);
                }
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'; options: --quick "
                        + "--jmh-only --harness-only --include REGEX --libs shmx,agrona[,shmx-next] --out DIR "
                        + "--charts DIR --cpus P,C");
            }
        }
    }

    private static List<String> libs(String list) {
        List<String> known = List.of("shmx", "shmx-next", "agrona");
        List<String> out = Arrays.asList(list.split(","));
        for (String lib : out) {
            if (!known.contains(lib)) {
                throw new IllegalArgumentException("--libs: unknown library '" + lib + "'; the harness knows "
                        + String.join(", ", known) + " (comma-separated, e.g. --libs shmx,agrona)");
            }
        }
        return out;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        Files.createDirectories(out);
        Map<String, Object> machine = machine();
        log("shmx benchmark suite, " + (quick ? "quick" : "full") + " mode, results in " + out);

        JmhFigures figures = new JmhFigures(List.of());
        if (jmh) {
            log("JMH: " + include + " (progress: tail -f " + out.resolve("jmh.txt") + ")");
            long t = System.nanoTime();
            java.util.Collection<RunResult> results = JmhSuite.run(quick, include, out.resolve("jmh.json"),
                    out.resolve("jmh.txt"));
            log(String.format("JMH: %d results in %.0f s", results.size(), (System.nanoTime() - t) / 1e9));
            figures = new JmhFigures(results);
        }

        List<StreamResult> latency = new ArrayList<>();
        List<StreamResult> rates = new ArrayList<>();
        List<JitterResult> jitter = new ArrayList<>();
        if (harness) {
            long t = System.nanoTime();
            Harness h = new Harness(quick ? HarnessPlan.quick() : HarnessPlan.full(), libs, out.resolve("harness"),
                    producerCpu, consumerCpu, Suite::log);
            machine.put("pinned", h.pinned() ? "taskset -c " + producerCpu + " / -c " + consumerCpu : "no");
            log("harness: jitter, then latency and flat-out runs" + (h.pinned() ? "" : " (taskset not found: "
                    + "not pinned)"));
            jitter.addAll(h.jitter());
            latency.addAll(h.latencyRuns());
            rates.addAll(h.rateRuns());
            List<StreamResult> all = new ArrayList<>(latency);
            all.addAll(rates);
            HarnessFiles.write(out, machine, all, jitter);
            drawCharts(latency, rates);
            log(String.format("harness: %d runs in %.0f s", all.size(), (System.nanoTime() - t) / 1e9));
        }

        String table = header(machine) + new SummaryTable(figures, latency, rates, jitter).render();
        Files.writeString(out.resolve("summary.md"), table);
        System.out.println();
        System.out.println(table);
        log(String.format("done in %.0f s; summary in %s", (System.nanoTime() - start) / 1e9,
                out.resolve("summary.md")));
    }

    private void drawCharts(List<StreamResult> latency, List<StreamResult> rates) throws IOException {
        for (int size : new int[]{HarnessPlan.SMALL, HarnessPlan.LARGE}) {
            List<StreamResult> runs = latency.stream().filter(r -> r.size() == size).toList();
            if (!runs.isEmpty()) {
                String tag = Charts.sizeTag(size);
                Charts.latency(runs, "One-way latency, " + tag + " frames" + (size == HarnessPlan.SMALL
                        ? " every 2 us" : " flat out") + ", producer and consumer JVMs on different CPUs",
                        charts.resolve("latency-" + tag + ".png"));
            }
        }
        if (!rates.isEmpty()) {
            Charts.rate(rates, charts.resolve("rate.png"));
        }
        log("charts in " + charts);
    }

    private Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.put("mode", quick ? "quick" : "full");
        m.put("cpu", cpuModel());
        m.put("processors", Runtime.getRuntime().availableProcessors());
        m.put("java", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return m;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String header(Map<String, Object> machine) {
        StringBuilder sb = new StringBuilder("## shmx benchmark results\n\n");
        machine.forEach((k, v) -> sb.append("- ").append(k).append(": ").append(v).append('\n'));
        return sb.append('\n').toString();
    }

    private static void log(String line) {
        System.out.println("[bench] " + line);
    }
}
