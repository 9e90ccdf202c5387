package io.shmx.examples.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A child JVM running one of the examples' main classes with this JVM's java and class path. Its
 * standard output is handed line by line to a listener (on a thread of its own); its standard
 * error goes to ours, so a failing child shows its stack trace.
 */
public final class ChildJvm {
    private final String label;
    private final Process process;
    private final Thread pump;

    private ChildJvm(String label, Process process, Consumer<String> onLine) {
        this.label = label;
        this.process = process;
        this.pump = Thread.ofPlatform().daemon().name("output of " + label).start(() -> pump(onLine));
    }

    /**
     * Starts {@code main} in a new JVM. The child runs with the serial collector and a small heap:
     * the examples allocate little, and several JVMs share the machine's cores.
     */
    public static ChildJvm start(String label, Class<?> main, List<String> args, Consumer<String> onLine) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Xmx256m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(args);
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            return new ChildJvm(label, p, onLine);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + label + " (" + String.join(" ", cmd) + ")", e);
        }
    }

    private void pump(Consumer<String> onLine) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                onLine.accept(line);
            }
        } catch (IOException e) {
            // the child went away; its exit status tells the rest
        }
    }

    public String label() {
        return label;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits up to {@code millis} for the child to end and for all of its output to be handed
     * over; returns its exit status, or -1 when it is still running.
     */
    public int waitFor(long millis) throws InterruptedException {
        if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            return -1;
        }
        pump.join(1_000);
        return process.exitValue();
    }

    /** Asks the child to stop (SIGTERM: its shutdown hooks run), then kills it if it is still there after {@code graceMillis}. */
    public void stop(long graceMillis) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(graceMillis, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
