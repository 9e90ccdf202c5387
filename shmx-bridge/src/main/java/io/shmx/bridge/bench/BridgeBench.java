package io.shmx.bridge.bench;

import org.HdrHistogram.Histogram;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * One run, side by side: the local channel, Aeron alone (the floor) and the channel bridged over
 * Aeron on UDP loopback, at 64 B and 1 MiB. For each: one-way latency p50 / p99 / p99.9 of paced
 * messages (sender and reader threads in this JVM, stamps from System.nanoTime), then throughput
 * with the sender flat out (messages and bytes per second that reached the reader).
 *
 * <p>Usage: {@code shmx bridge bench [--quick] [--busy-spin]}.
 */
public final class BridgeBench {
    private BridgeBench() {}

    public static void main(String[] args) throws Exception {
        boolean quick = java.util.Arrays.asList(args).contains("--quick");
        boolean spin = java.util.Arrays.asList(args).contains("--busy-spin");
        System.out.printf(Locale.ROOT, "# shmx bridge bench: %d CPUs, load %.1f, %s, bridge idle %s%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.version(), spin ? "busy-spin" : "backoff");
        System.out.println("| size | path | one-way p50 | p99 | p99.9 | samples | throughput (msg/s) | throughput (MB/s) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        long pid = ProcessHandle.current().pid();
        int run = 0;
        for (int size : new int[] {64, 1 << 20}) {
            // paced well below every path's capacity, so the figures are latency, not queueing
            int count = quick ? (size == 64 ? 2_000 : 100) : (size == 64 ? 10_000 : 300);
            int rate = size == 64 ? 2_000 : 20;
            for (int p = 0; p < 3; p++) {
                run++;
                String uri = "aeron:udp?endpoint=127.0.0.1:" + freePort();
                String tag = "shmx-bridge-bench-" + pid + "-" + run;
                try (Path path = switch (p) {
                    case 0 -> new LocalPath(tag, size);
                    case 1 -> new AeronPath(uri, size);
                    default -> new BridgedPath(tag + "-src", tag + "-far", uri, size, spin);
                }) {
                    Histogram h = latency(path, count, rate);
                    double[] tput = throughput(path, quick ? 2 : 4, size);
                    System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %d | %,.0f | %,.1f |%n",
                            size == 64 ? "64 B" : "1 MiB", path.name(), us(h.getValueAtPercentile(50)),
                            us(h.getValueAtPercentile(99)), us(h.getValueAtPercentile(99.9)), h.getTotalCount(),
                            tput[0], tput[1]);
                }
            }
        }
    }

    private static String us(long nanos) {
        return String.format(Locale.ROOT, "%.1f us", nanos / 1000.0);
    }

    private static int freePort() throws java.io.IOException {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Sends {@code count} messages at {@code rate} per second; the reader records each arrival. */
    private static Histogram latency(Path path, int count, int rate) throws InterruptedException {
        Histogram h = new Histogram(3_600_000_000_000L, 3);
        AtomicBoolean done = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                long stamp = path.poll();
                if (stamp > 0) {
                    h.recordValue(Math.max(0, System.nanoTime() - stamp));
                } else {
                    Thread.onSpinWait();
                }
            }
        }, "bench-reader");
        reader.start();
        // warm-up: a tenth of the messages, not recorded
        pace(path, count / 10, rate);
        Thread.sleep(200);
        h.reset();
        pace(path, count, rate);
        Thread.sleep(500);
        done.set(true);
        reader.join();
        return h;
    }

    private static void pace(Path path, int count, int rate) {
        long period = 1_000_000_000L / rate;
        long next = System.nanoTime();
        for (int i = 0; i < count; i++) {
            while (!path.send(System.nanoTime())) {
                Thread.onSpinWait();
            }
            next += period;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    /** Sends flat out for {@code seconds}; returns messages and MB per second that reached the reader. */
    private static double[] throughput(Path path, int seconds, int size) throws InterruptedException {
        AtomicBoolean done = new AtomicBoolean();
        long before = path.received();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                if (path.poll() < 0) {
                    Thread.onSpinWait();
                }
            }
        }, "bench-reader");
        reader.start();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (!path.send(System.nanoTime())) {
                Thread.onSpinWait();
            }
        }
        Thread.sleep(200);
        done.set(true);
        reader.join();
        double secs = (System.nanoTime() - start) / 1e9;
        long got = path.received() - before;
        return new double[] {got / secs, got * (double) size / secs / 1e6};
    }
}
