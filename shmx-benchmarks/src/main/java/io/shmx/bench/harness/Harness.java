package io.shmx.bench.harness;

import io.shmx.bench.support.ShmNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * Runs the cross-process measurements: for each run it starts a producer JVM and a consumer JVM
 * ({@link HarnessChild}) pinned to two different CPUs with {@code taskset} where it exists, waits
 * for both, and collects their results. shmx and Agrona runs alternate, and the order flips every
 * round, so that drifts of the host (the vCPU placement can change mid-session) hit both alike.
 */
public final class Harness {
    /** Flags of both child JVMs: one collector thread, a pre-touched heap, and what Agrona needs. */
    static final List<String> CHILD_JVM_FLAGS = List.of("-XX:+UseSerialGC", "-XX:+AlwaysPreTouch", "-Xms256m",
            "-Xmx256m", "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow");

    /** Child JVMs still running; a shutdown hook ends them if the suite is interrupted. */
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly),
                "shmx-bench-children"));
    }

    private final HarnessPlan plan;
    private final List<String> libs;
    private final Path workDir;
    private final int producerCpu;
    private final int consumerCpu;
    private final Consumer<String> log;
    private final boolean taskset;
    private int runCounter;

    /**
     * @param plan        what to measure
     * @param libs        libraries to run, in the order of the first round ({@code shmx}, {@code agrona})
     * @param workDir     where child logs and result files go
     * @param producerCpu CPU of the producer JVM
     * @param consumerCpu CPU of the consumer JVM
     * @param log         progress lines
     */
    public Harness(HarnessPlan plan, List<String> libs, Path workDir, int producerCpu, int consumerCpu,
                   Consumer<String> log) {
        this.plan = plan;
        this.libs = List.copyOf(libs);
        this.workDir = workDir;
        this.producerCpu = producerCpu;
        this.consumerCpu = consumerCpu;
        this.log = log;
        this.taskset = Files.isExecutable(Path.of("/usr/bin/taskset")) || Files.isExecutable(Path.of("/bin/taskset"));
    }

    /** Whether the children are pinned. */
    public boolean pinned() {
        return taskset;
    }

    /** Jitter of both CPUs, measured at the same time; empty when the run failed (logged). */
    public List<JitterResult> jitter() {
        ChildSpec spec = new ChildSpec(Role.PRODUCER, ChildSpec.JITTER, "none", 0, 0, 0, 0, 0, 0, 0,
                plan.jitterNanos(), null, "none", null);
        Pair pair;
        try {
            pair = launch("jitter", spec);
        } catch (IOException | RuntimeException e) {
            log.accept("  jitter FAILED: " + e.getMessage());
            return List.of();
        }
        List<JitterResult> out = new ArrayList<>();
        out.add(jitterOf(producerCpu, pair.producer()));
        out.add(jitterOf(consumerCpu, pair.consumer()));
        return out;
    }

    /** The latency runs, interleaved: 64 B paced, then 1 MiB flat out. A run that fails is logged and left out. */
    public List<StreamResult> latencyRuns() {
        List<StreamResult> out = new ArrayList<>();
        for (int round = 1; round <= plan.rounds(); round++) {
            for (String lib : order(round)) {
                addIfMeasured(out, stream("latency", lib, HarnessPlan.SMALL, round, plan.smallWarmup(),
                        plan.warmupCapNanos(), plan.smallFrames(), plan.measureCapNanos(), plan.smallInterval()));
            }
        }
        for (int round = 1; round <= plan.rounds(); round++) {
            for (String lib : order(round)) {
                addIfMeasured(out, stream("latency", lib, HarnessPlan.LARGE, round, plan.largeWarmup(),
                        plan.warmupCapNanos(), plan.largeFrames(), plan.measureCapNanos(), 0));
            }
        }
        return out;
    }

    /**
     * Flat-out runs over the plan's frame sizes, interleaved, without {@code shmx-next} (an in-order
     * reader of a 3-slot ring behind a flat-out writer measures the lapping, not the library). A run
     * that fails is logged and left out.
     */
    public List<StreamResult> rateRuns() {
        List<StreamResult> out = new ArrayList<>();
        int i = 0;
        for (int size : plan.rateSizes()) {
            for (String lib : order(++i)) {
                if (lib.equals("shmx-next")) {
                    continue;
                }
                addIfMeasured(out, stream("rate", lib, size, 1, Long.MAX_VALUE / 4, plan.rateWarmupNanos(),
                        Long.MAX_VALUE / 4, plan.rateNanos(), 0));
            }
        }
        return out;
    }

    private static void addIfMeasured(List<StreamResult> out, StreamResult r) {
        if (r != null) {
            out.add(r);
        }
    }

    private List<String> order(int round) {
        return round % 2 == 1 ? libs : libs.reversed();
    }

    private StreamResult stream(String kind, String lib, int size, int round, long warmupFrames, long warmupNanos,
                                long frames, long maxNanos, long interval) {
        String channel = ShmNames.unique(lib);
        ChildSpec spec = new ChildSpec(Role.PRODUCER, ChildSpec.STREAM, lib, size, warmupFrames, warmupNanos,
                frames, maxNanos, interval, plan.rttRounds(), 0, null, channel, null);
        String tag = kind + "-" + lib + "-" + Sizes.label(size) + "-r" + round;
        try {
            Pair pair = launch(tag, spec);
            Properties p = pair.producer();
            Properties c = pair.consumer();
            StreamResult r = new StreamResult(kind, lib, size, round, hist(p, "rttBefore"), hist(p, "rttAfter"),
                    hist(c, "latency"), lng(p, "sent"), dbl(p, "sentSeconds"), lng(c, "seen"),
                    dbl(c, "seenSeconds"), lng(c, "missed"), lng(c, "lost"));
            log.accept(String.format(
                    "  %-28s rtt %4d ns (%s)  p50 %,8d ns  p99 %,10d ns  sent %,12.0f/s  seen %,12.0f/s",
                    tag, r.rttMedian(), r.placement(), r.latency().getValueAtPercentile(50),
                    r.latency().getValueAtPercentile(99), r.sentPerSecond(), r.seenPerSecond()));
            return r;
        } catch (IOException | RuntimeException e) {
            log.accept("  " + tag + " FAILED: " + e.getMessage());
            return null;
        } finally {
            ShmNames.remove(channel);
        }
    }

    private record Pair(Properties producer, Properties consumer) {}

    private Pair launch(String tag, ChildSpec template) throws IOException {
        Files.createDirectories(workDir);
        int n = ++runCounter;
        String syncName = ShmNames.unique("sync");
        Path sync = ShmNames.path(syncName);
        Path producerOut = workDir.resolve(n + "-" + tag + "-producer.properties");
        Path consumerOut = workDir.resolve(n + "-" + tag + "-consumer.properties");
        ChildSpec base = new ChildSpec(template.role(), template.mode(), template.lib(), template.size(),
                template.warmupFrames(), template.warmupNanos(), template.frames(), template.maxNanos(),
                template.intervalNanos(), template.rttRounds(), template.jitterNanos(), sync, template.channel(),
                producerOut);
        SyncArea.create(sync);
        try {
            Process producer = start(base.withRole(Role.PRODUCER, producerOut), producerCpu,
                    workDir.resolve(n + "-" + tag + "-producer.log"));
            Process consumer = start(base.withRole(Role.CONSUMER, consumerOut), consumerCpu,
                    workDir.resolve(n + "-" + tag + "-consumer.log"));
            awaitBoth(tag, producer, consumer, workDir.resolve(n + "-" + tag));
            return new Pair(load(producerOut), load(consumerOut));
        } finally {
            Files.deleteIfExists(sync);
        }
    }

    private Process start(ChildSpec spec, int cpu, Path logFile) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (taskset) {
            cmd.addAll(List.of("taskset", "-c", Integer.toString(cpu)));
        }
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(CHILD_JVM_FLAGS);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), HarnessChild.class.getName()));
        cmd.addAll(spec.toArgs());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        LIVE.add(p);
        p.onExit().thenRun(() -> LIVE.remove(p));
        return p;
    }

    private static void awaitBoth(String tag, Process producer, Process consumer, Path logPrefix) throws IOException {
        try {
            CompletableFuture.anyOf(producer.onExit(), consumer.onExit()).get(15, TimeUnit.MINUTES);
            Process first = producer.isAlive() ? consumer : producer;
            Process other = first == producer ? consumer : producer;
            if (first.exitValue() != 0) {
                other.destroy();
            }
            if (!other.waitFor(2, TimeUnit.MINUTES)) {
                other.destroyForcibly();
            }
            if (producer.exitValue() != 0 || consumer.exitValue() != 0) {
                throw new IOException("harness run " + tag + " failed (producer exit " + producer.exitValue()
                        + ", consumer exit " + consumer.exitValue() + "): see " + logPrefix + "-*.log");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for harness run " + tag, e);
        } catch (ExecutionException | TimeoutException e) {
            producer.destroyForcibly();
            consumer.destroyForcibly();
            throw new IOException("harness run " + tag + " did not finish: see " + logPrefix + "-*.log", e);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }

    private static JitterResult jitterOf(int cpu, Properties p) {
        return new JitterResult(cpu, dbl(p, "jitter.seconds"), lng(p, "jitter.pauses"), hist(p, "jitter.histogram"));
    }

    private static Histogram hist(Properties p, String key) {
        return Histograms.decode(require(p, key));
    }

    private static long lng(Properties p, String key) {
        return Long.parseLong(require(p, key));
    }

    private static double dbl(Properties p, String key) {
        return Double.parseDouble(require(p, key));
    }

    private static String require(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("harness result has no '" + key + "' (role " + p.getProperty("role") + ")");
        }
        return v;
    }
}
