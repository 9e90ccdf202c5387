package io.shmx.bridge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child JVM running {@code shmx bridge ...} (or any main class of the test class path) with the
 * bridge's JVM flag; its stdout lines are collected, its stderr goes to a file.
 */
final class Child implements AutoCloseable {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?|true|false|\"[^\"]*\"");

    final String label;
    final Process process;
    final List<String> lines = new CopyOnWriteArrayList<>();
    final Path stderr;
    private final Thread reader;

    private Child(String label, Process process, Path stderr) {
        this.label = label;
        this.process = process;
        this.stderr = stderr;
        Thread t = this.reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    lines.add(l);
                }
            } catch (IOException ignored) {
                // process gone
            }
        }, "child-out-" + label);
        t.setDaemon(true);
        t.start();
    }

    /** Starts {@code main} with {@code args}; {@code props} are -D system properties. */
    static Child start(String label, List<String> props, String main, String... args) throws IOException {
        return startIn(null, label, props, main, args);
    }

    /** As {@link #start} inside the network namespace {@code netns} ({@code ip netns exec}), or here when null. */
    static Child startIn(String netns, String label, List<String> props, String main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (netns != null) {
            cmd.addAll(List.of("ip", "netns", "exec", netns));
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String f : System.getProperty("shmx.bridge.jvmFlags", "--add-exports java.base/jdk.internal.misc=ALL-UNNAMED")
                .trim().split("\\s+")) {
            cmd.add(f);
        }
        cmd.add("-Xmx256m");
        cmd.add("-XX:+UseSerialGC");
        cmd.addAll(props);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main);
        cmd.addAll(List.of(args));
        Path err = Path.of("target", "child-" + label + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
        return new Child(label, pb.start(), err);
    }

    static Child bridge(String label, List<String> props, String... args) throws IOException {
        return start(label, props, "io.shmx.bridge.cli.BridgeMain", args);
    }

    /** The newest JSON status line, or null. */
    String lastJson() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String l = lines.get(i);
            if (l.startsWith("{")) {
                return l;
            }
        }
        return null;
    }

    /** Waits until the newest JSON line satisfies {@code p}; returns it. */
    String awaitJson(Predicate<String> p, Duration timeout, String what) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            String l = lastJson();
            if (l != null && p.test(l)) {
                return l;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(label + ": " + what + " did not happen within " + timeout + "; last status: " + lastJson()
                + "; alive " + process.isAlive() + "; stderr: " + stderrText());
    }

    String stderrText() {
        try {
            return java.nio.file.Files.readString(stderr);
        } catch (IOException e) {
            return "(none)";
        }
    }

    /** A top-level field of a JSON status line (the first occurrence of the key). */
    static String field(String json, String key) {
        int i = json.indexOf("\"" + key + "\":");
        if (i < 0) {
            throw new AssertionError("no " + key + " in " + json);
        }
        Matcher m = NUMBER.matcher(json);
        if (!m.find(i + key.length() + 3)) {
            throw new AssertionError("no value for " + key + " in " + json);
        }
        return m.group();
    }

    static long num(String json, String key) {
        return Long.parseLong(field(json, key));
    }

    /** SIGTERM, then waits for the final status line (the bridge closes its driver first). */
    String stop() throws InterruptedException {
        process.toHandle().destroy();   // SIGTERM; Process.destroy() would also close our end of its stdout
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(label + " did not stop within 20 s on SIGTERM; stderr: " + stderrText());
        }
        reader.join(10_000);
        String l = lastJson();
        if (l == null || !l.contains("\"final\":true")) {
            throw new AssertionError(label + " printed no final status; lines " + lines + "; stderr: " + stderrText());
        }
        return l;
    }

    /** SIGKILL: no clean-up at all. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
