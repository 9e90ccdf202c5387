package io.shmx.examples.testing;

import io.shmx.examples.Examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One example run as {@code ./shmx example NAME ARGS} runs it (the {@link Examples} launcher in a
 * JVM of its own), with its standard output and error captured together, line by line, so a test
 * can wait for a line and check that nothing printed a stack trace.
 */
public final class ExampleProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread pump;

    private ExampleProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.pump = Thread.ofPlatform().daemon().name("output of " + name).start(this::pump);
    }

    public static ExampleProcess start(String example, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                Examples.class.getName(), example));
        cmd.addAll(List.of(args));
        try {
            return new ExampleProcess(example, new ProcessBuilder(cmd).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + cmd, e);
        }
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process went away; its exit status tells the rest
        }
    }

    /** Waits up to {@code seconds} for a line starting with {@code prefix}; fails with everything printed if none came. */
    public String awaitLine(String prefix, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (lines) {
            while (true) {
                for (String l : lines) {
                    if (l.startsWith(prefix)) {
                        return l;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !pump.isAlive())) {
                    throw new AssertionError(name + " printed no line starting with '" + prefix + "':\n" + text());
                }
                TimeUnit.NANOSECONDS.timedWait(lines, Math.min(left, 50_000_000L));
            }
        }
    }

    /** Waits up to {@code seconds} for the process to end and its output to be read; its exit status. */
    public int exitStatus(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " still runs after " + seconds + " s:\n" + text());
        }
        pump.join(TimeUnit.SECONDS.toMillis(seconds));
        return process.exitValue();
    }

    /** Everything printed so far, one line per line. */
    public String text() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Whether anything printed looks like a stack trace ({@code Exception in thread}, {@code \tat ...}, {@code Caused by}). */
    public boolean printedAStackTrace() {
        for (String l : lines()) {
            if (l.startsWith("Exception in thread") || l.startsWith("\tat ") || l.startsWith("Caused by:")
                    || l.matches("^\\s+at [\\w.$]+\\(.*\\)$")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
