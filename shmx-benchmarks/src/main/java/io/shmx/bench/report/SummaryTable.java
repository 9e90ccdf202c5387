package io.shmx.bench.report;

import io.shmx.bench.harness.JitterResult;
import io.shmx.bench.harness.Sizes;
import io.shmx.bench.harness.StreamResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The readable result: markdown tables of shmx next to Agrona (ratio = shmx / Agrona, for times
 * below 1 means shmx is faster) and the original C++ library's figures where the spec has them.
 */
public final class SummaryTable {
    /** Sizes of the in-process data-path benchmarks. */
    static final int[] SIZES = {64, 65536, 1 << 20, 8 << 20};

    /** The original C++ shmx, measured on this kind of machine (shared/spec/original-shmx-measured.md). */
    private static final Map<String, String> ORIGINAL = Map.of(
            "publish 64B", "106.7 ns",
            "publish 1MiB", "1.20-1.26 ms",
            "publish 8MiB", "10.0-10.5 ms",
            "latest 64B", "134-165 ns",
            "latest 1MiB", "1.14 ms",
            "latest 8MiB", "9.3 ms",
            "p50", "420-456 ns",
            "p99", "511-567 ns");

    private final JmhFigures jmh;
    private final List<StreamResult> latency;
    private final List<StreamResult> rates;
    private final List<JitterResult> jitter;
    private final StringBuilder md = new StringBuilder();

    public SummaryTable(JmhFigures jmh, List<StreamResult> latency, List<StreamResult> rates,
                        List<JitterResult> jitter) {
        this.jmh = jmh;
        this.latency = latency;
        this.rates = rates;
        this.jitter = jitter;
    }

    public String render() {
        if (!jmh.isEmpty()) {
            dataPath();
            otherPaths();
        }
        if (!latency.isEmpty()) {
            crossProcess();
        }
        if (!rates.isEmpty()) {
            rateTable();
        }
        if (!jitter.isEmpty()) {
            jitterTable();
        }
        return md.toString();
    }

    private void dataPath() {
        md.append("### In-process, one thread (JMH average time per operation)\n\n");
        header("operation", "shmx", "Agrona", "shmx / Agrona", "original C++", "shmx B/op");
        for (int size : SIZES) {
            String s = "size=" + size;
            String l = Sizes.label(size);
            double publish = jmh.score("ShmxFrameBenchmark.publish", s);
            double transmit = jmh.score("AgronaBroadcastBenchmark.transmit", s);
            if (Double.isNaN(publish) && Double.isNaN(transmit)) {
                continue; // size not selected in this mode
            }
            row("publish " + l + " from byte[] / transmit", withRate(publish, size), withRate(transmit, size),
                    Units.ratio(publish, transmit), ORIGINAL.getOrDefault("publish " + l, ""),
                    Units.bytesPerOp(jmh.alloc("ShmxFrameBenchmark.publish", s)));
            double latest = jmh.score("ShmxFrameBenchmark.latest", s);
            double pair = jmh.score("AgronaBroadcastBenchmark.transmitThenReceive", s);
            double receive = receiveOnly(size);
            row("latest " + l + ", same frame again (+ read 8 B, validate) / receiveNext (derived)",
                    Units.nanos(latest), Units.nanos(receive), Units.ratio(latest, receive),
                    ORIGINAL.getOrDefault("latest " + l, ""),
                    Units.bytesPerOp(jmh.alloc("ShmxFrameBenchmark.latest", s)));
            double ourPair = jmh.score("ShmxFrameBenchmark.publishThenLatest", s);
            if (size <= 65536) {
                double fresh = ourPair - publish;
                row("latest " + l + ", new frame (derived: publish + latest - publish) / receiveNext (derived)",
                        Units.nanos(fresh), Units.nanos(receive), Units.ratio(fresh, receive), "", "");
            }
            row("publish + latest " + l + " / transmit + receiveNext", Units.nanos(ourPair), Units.nanos(pair),
                    Units.ratio(ourPair, pair), "",
                    Units.bytesPerOp(jmh.alloc("ShmxFrameBenchmark.publishThenLatest", s)));
            double copy = jmh.score("ShmxFrameBenchmark.publishThenCopy", s);
            double peerCopy = jmh.score("AgronaBroadcastBenchmark.transmitThenCopyReceive", s);
            row("publish + copy out " + l + " / transmit + CopyBroadcastReceiver", Units.nanos(copy),
                    Units.nanos(peerCopy), Units.ratio(copy, peerCopy), "",
                    Units.bytesPerOp(jmh.alloc("ShmxFrameBenchmark.publishThenCopy", s)));
            typedRows(size, transmit, receive);
        }
        md.append('\n');
    }

    /**
     * Agrona's receive cost alone: transmit + receive minus transmit. {@code receiveNext} reads the
     * record header only, so its cost does not depend on the message size; above 64 KiB the
     * difference drowns in the noise of the copy, and the 64 B figure stands for every size.
     */
    private double receiveOnly(int size) {
        int at = size <= 65536 ? size : 64;
        return jmh.score("AgronaBroadcastBenchmark.transmitThenReceive", "size=" + at)
                - jmh.score("AgronaBroadcastBenchmark.transmit", "size=" + at);
    }

    private void typedRows(int size, double transmit, double receive) {
        String s = "size=" + size;
        String l = Sizes.label(size);
        double publish = jmh.score("TypedFrameBenchmark.publish", s);
        if (!Double.isNaN(publish)) {
            row("typed publish " + l + " (generated writer) / transmit", withRate(publish, size),
                    withRate(transmit, size), Units.ratio(publish, transmit), "",
                    Units.bytesPerOp(jmh.alloc("TypedFrameBenchmark.publish", s)));
        }
        double inPlace = jmh.score("TypedFrameBenchmark.publishInPlace", s);
        if (!Double.isNaN(inPlace)) {
            row("typed publish " + l + " in place (claim + copyFrom) / transmit", withRate(inPlace, size),
                    withRate(transmit, size), Units.ratio(inPlace, transmit), "",
                    Units.bytesPerOp(jmh.alloc("TypedFrameBenchmark.publishInPlace", s)));
        }
        double latest = jmh.score("TypedFrameBenchmark.latest", s);
        if (!Double.isNaN(latest)) {
            row("typed latest " + l + " (generated view) / receiveNext (derived)", Units.nanos(latest),
                    Units.nanos(receive), Units.ratio(latest, receive), "",
                    Units.bytesPerOp(jmh.alloc("TypedFrameBenchmark.latest", s)));
        }
    }

    private void otherPaths() {
        md.append("### Control, readers, compatibility mode, element reads (JMH)\n\n");
        header("operation", "shmx", "reference", "ratio", "reference is", "shmx B/op");
        for (String payload : new String[]{"8", "64"}) {
            String p = "payload=" + payload;
            double ours = jmh.score("ShmxControlBenchmark.sendThenPoll", p);
            double peer = jmh.score("AgronaRingBufferBenchmark.writeThenRead", p);
            row("control send + poll, " + payload + " B", Units.nanos(ours), Units.nanos(peer),
                    Units.ratio(ours, peer), "Agrona ManyToOneRingBuffer write + read",
                    Units.bytesPerOp(jmh.alloc("ShmxControlBenchmark.sendThenPoll", p)));
        }
        double none = jmh.score("ShmxReadersBenchmark.publish", "readers=0");
        for (String readers : new String[]{"0", "1", "4", "16"}) {
            double t = jmh.score("ShmxReadersBenchmark.publish", "readers=" + readers);
            if (!Double.isNaN(t) || readers.equals("0")) {
                row("publish 64 B with " + readers + " attached readers", Units.nanos(t), Units.nanos(none),
                        Units.ratio(t, none), "the same with 0 readers",
                        Units.bytesPerOp(jmh.alloc("ShmxReadersBenchmark.publish", "readers=" + readers)));
            }
        }
        for (int size : SIZES) {
            String s = "size=" + size;
            double on = jmh.score("ShmxCompatibilityBenchmark.publish", "compat=true", s);
            double off = jmh.score("ShmxCompatibilityBenchmark.publish", "compat=false", s);
            if (!Double.isNaN(on) || !Double.isNaN(off)) {
                row("publish " + Sizes.label(size) + " in compatibility mode (checksum)", withRate(on, size),
                        withRate(off, size), Units.ratio(on, off), "the same without checksum; original C++: "
                                + ORIGINAL.getOrDefault("publish " + Sizes.label(size), "-"),
                        Units.bytesPerOp(jmh.alloc("ShmxCompatibilityBenchmark.publish", "compat=true", s)));
            }
        }
        for (String n : new String[]{"1024", "262144"}) {
            double view = jmh.score("FloatSumBenchmark.segmentView", "n=" + n);
            double typed = jmh.score("FloatSumBenchmark.generatedView", "n=" + n);
            double array = jmh.score("FloatSumBenchmark.heapArray", "n=" + n);
            row("sum of " + n + " floats in place (latest + loop + validate)", Units.nanos(view), Units.nanos(array),
                    Units.ratio(view, array), "the same loop over a float[]",
                    Units.bytesPerOp(jmh.alloc("FloatSumBenchmark.segmentView", "n=" + n)));
            if (!Double.isNaN(typed)) {
                row("sum of " + n + " floats through the generated view", Units.nanos(typed), Units.nanos(array),
                        Units.ratio(typed, array), "the same loop over a float[]",
                        Units.bytesPerOp(jmh.alloc("FloatSumBenchmark.generatedView", "n=" + n)));
            }
        }
        md.append('\n');
    }

    private void crossProcess() {
        md.append("### Cross-process one-way latency (harness, producer and consumer JVMs on different CPUs)\n\n");
        header("run", "placement (core-to-core rtt p50)", "p50", "p90", "p99", "p99.9", "max", "frames",
                "sent/s", "seen/s");
        for (StreamResult r : latency) {
            Histogram h = r.latency();
            row(r.label(), r.placement() + " (" + r.rttMedian() + " ns)", Units.nanos(h.getValueAtPercentile(50)),
                    Units.nanos(h.getValueAtPercentile(90)), Units.nanos(h.getValueAtPercentile(99)),
                    Units.nanos(h.getValueAtPercentile(99.9)), Units.nanos(h.getMaxValue()),
                    String.format("%,d", h.getTotalCount()), Units.perSecond(r.sentPerSecond()),
                    Units.perSecond(r.seenPerSecond()));
        }
        md.append('\n');
        header("one-way latency, same placement only (median over runs)", "shmx", "Agrona", "shmx / Agrona",
                "original C++");
        for (int size : new int[]{64, 1 << 20}) {
            for (String placement : new String[]{"near", "far"}) {
                for (String lib : new String[]{"shmx", "shmx-next"}) {
                    for (String pct : new String[]{"p50", "p99"}) {
                        double q = pct.equals("p50") ? 50 : 99;
                        double ours = medianOf(size, placement, lib, q);
                        double peer = medianOf(size, placement, "agrona", q);
                        row(Sizes.label(size) + " " + pct + ", " + placement + ", "
                                        + (lib.equals("shmx") ? "latest()" : "next() (in order)"),
                                Units.nanos(ours), Units.nanos(peer), Units.ratio(ours, peer),
                                size == 64 ? ORIGINAL.getOrDefault(pct, "") : "");
                    }
                }
            }
        }
        md.append('\n');
    }

    private double medianOf(int size, String placement, String lib, double percentile) {
        List<Long> values = new ArrayList<>();
        for (StreamResult r : latency) {
            if (r.size() == size && r.lib().equals(lib) && r.placement().equals(placement)) {
                values.add(r.latency().getValueAtPercentile(percentile));
            }
        }
        if (values.isEmpty()) {
            return Double.NaN;
        }
        values.sort(null);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2.0;
    }

    private void rateTable() {
        md.append("### Flat-out frames per second (harness)\n\n");
        header("frame size", "shmx sent", "Agrona sent", "shmx / Agrona", "shmx seen", "Agrona seen",
                "placement (rtt)");
        Map<Integer, StreamResult[]> bySize = new TreeMap<>();
        for (StreamResult r : rates) {
            bySize.computeIfAbsent(r.size(), k -> new StreamResult[2])[r.lib().equals("shmx") ? 0 : 1] = r;
        }
        bySize.forEach((size, pair) -> {
            double ours = pair[0] == null ? Double.NaN : pair[0].sentPerSecond();
            double peer = pair[1] == null ? Double.NaN : pair[1].sentPerSecond();
            row(Sizes.label(size), rate(ours, size), rate(peer, size), Units.ratio(ours, peer),
                    pair[0] == null ? "n/a" : Units.perSecond(pair[0].seenPerSecond()),
                    pair[1] == null ? "n/a" : Units.perSecond(pair[1].seenPerSecond()),
                    placementOf(pair[0]) + " / " + placementOf(pair[1]));
        });
        md.append('\n');
    }

    private static String placementOf(StreamResult r) {
        return r == null ? "n/a" : r.placement() + " (" + r.rttMedian() + " ns)";
    }

    private void jitterTable() {
        md.append("### Machine jitter (a thread spinning on the clock, gaps over 10 us)\n\n");
        header("CPU", "pauses per second", "p50 pause", "p99 pause", "max pause");
        for (JitterResult j : jitter) {
            Histogram h = j.lengths();
            boolean any = h.getTotalCount() > 0;
            row(j.cpu() < 0 ? "any" : Integer.toString(j.cpu()), String.format("%.0f", j.pausesPerSecond()),
                    any ? Units.nanos(h.getValueAtPercentile(50)) : "-",
                    any ? Units.nanos(h.getValueAtPercentile(99)) : "-",
                    any ? Units.nanos(h.getMaxValue()) : "-");
        }
        md.append('\n');
    }

    private static String rate(double perSecond, int size) {
        if (Double.isNaN(perSecond)) {
            return "n/a";
        }
        String r = Units.perSecond(perSecond);
        return size >= 65536 ? r + " (" + Units.gbPerSecond(size, 1e9 / perSecond) + ")" : r;
    }

    private static String withRate(double ns, int size) {
        if (Double.isNaN(ns) || size < 65536) {
            return Units.nanos(ns);
        }
        return Units.nanos(ns) + " (" + Units.gbPerSecond(size, ns) + ")";
    }

    private void header(String... cells) {
        row(cells);
        md.append('|');
        for (int i = 0; i < cells.length; i++) {
            md.append("---|");
        }
        md.append('\n');
    }

    /** A comparison row, left out when neither side was measured (not selected in this mode, or failed). */
    private void row(String... cells) {
        if (cells.length > 2 && cells[1].startsWith("n/a") && cells[2].startsWith("n/a")) {
            return;
        }
        md.append('|');
        for (String c : cells) {
            md.append(' ').append(c).append(" |");
        }
        md.append('\n');
    }
}
