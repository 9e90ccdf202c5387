package io.shmx.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One C++ peer process (the original library), driven by commands over its stdin: each
 * {@link #call} writes one line and returns the one reply line. Its stderr goes to
 * {@code target/interop-peer/logs/}, and its tail is in every failure message.
 */
final class Peer implements AutoCloseable {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final Process process;
    private final Writer in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Path errLog;
    private final String label;

    private Peer(String label) throws IOException {
        Path bin = InteropEnvironment.peerBinary();
        Path logs = bin.getParent().resolve("logs");
        Files.createDirectories(logs);
        this.label = label;
        this.errLog = logs.resolve(label + "-" + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet() + ".err");
        this.process = new ProcessBuilder(bin.toString()).redirectError(errLog.toFile()).start();
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    lines.add(l);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "peer-" + label);
        pump.setDaemon(true);
        pump.start();
        String hello = take(30);
        if (!"ok ready".equals(hello)) {
            fail("C++ peer " + label + " did not start: " + hello + stderrTail());
        }
    }

    /** Starts a peer; skips the test (one line) when the peer cannot be built here. */
    static Peer start(String label) {
        try {
            return new Peer(label);
        } catch (IOException e) {
            throw new AssertionError("cannot start the C++ peer: " + e, e);
        }
    }

    /** Sends one command and returns its reply, failing on "err" replies. */
    String call(String command) {
        return call(command, 60);
    }

    String call(String command, int timeoutSeconds) {
        String reply = send(command, timeoutSeconds);
        if (!reply.startsWith("ok")) {
            fail("C++ peer " + label + ": '" + command + "' answered '" + reply + "'" + stderrTail());
        }
        return reply;
    }

    /** Sends one command and returns its reply as it is ("ok ..." or "err ..."). */
    String send(String command, int timeoutSeconds) {
        try {
            in.write(command + "\n");
            in.flush();
        } catch (IOException e) {
            fail("C++ peer " + label + " is gone (exit " + exitText() + ") before '" + command + "'" + stderrTail());
        }
        String reply = take(timeoutSeconds);
        if (reply == null) {
            fail("C++ peer " + label + ": no reply to '" + command + "' within " + timeoutSeconds + " s (exit "
                    + exitText() + ")" + stderrTail());
        }
        return reply;
    }

    /** The key=value fields of a reply line. */
    static Map<String, String> fields(String reply) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : reply.split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                m.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return m;
    }

    static long num(String reply, String key) {
        String v = fields(reply).get(key);
        assertTrue(v != null, "no " + key + "= in '" + reply + "'");
        return Long.parseUnsignedLong(v);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, as a crash: the process gets no chance to detach. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Exit code after {@code quit}, or -1 if it did not exit in time. */
    int quit() throws InterruptedException {
        try {
            in.write("quit\n");
            in.flush();
        } catch (IOException ignored) {
            // already gone
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            return -1;
        }
        return process.exitValue();
    }

    private String exitText() {
        if (process.isAlive()) {
            return "still running";
        }
        int code = process.exitValue();
        return code > 128 ? code + ", killed by signal " + (code - 128) + (code - 128 == 7 ? " SIGBUS" : "") : String.valueOf(code);
    }

    String stderrTail() {
        try {
            String s = Files.exists(errLog) ? Files.readString(errLog) : "";
            return s.isEmpty() ? "" : "\n--- peer stderr (" + errLog + ") ---\n" + s.substring(Math.max(0, s.length() - 2000));
        } catch (IOException e) {
            return "";
        }
    }

    /** The next reply line, or null after {@code seconds} or once the process has ended with nothing more to say. */
    private String take(int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try {
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) {
                    return line;
                }
                if (!process.isAlive()) {
                    return lines.poll(500, TimeUnit.MILLISECONDS);
                }
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void close() {
        try {
            if (process.isAlive() && quit() == -1) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
