package io.shmx.bench.report;

import io.shmx.bench.harness.Sizes;
import io.shmx.bench.harness.StreamResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.HdrHistogram.HistogramIterationValue;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The harness charts, drawn headless with JFreeChart: the latency percentile distribution of
 * every run of one frame size (shmx's {@code latest()} reader in blues, its in-order {@code next()}
 * reader in greens, Agrona in oranges; x is 1 / (1 - percentile) on a log axis, as HdrHistogram
 * plots it) and frames per second against frame size.
 */
public final class Charts {
    private static final Color[] SHMX = {new Color(0x1f4e9c), new Color(0x3c8de0), new Color(0x7fb8f0)};
    private static final Color[] PEER = {new Color(0xc0501a), new Color(0xf08a3c), new Color(0xf5b98a)};
    private static final Color[] IN_ORDER = {new Color(0x1b7f4c), new Color(0x4cc38a), new Color(0x9fe0bd)};
    private static final int WIDTH = 1100;
    private static final int HEIGHT = 650;

    private Charts() {}

    /** Percentile distribution of the one-way latency of {@code runs} (all of one frame size). */
    public static void latency(List<StreamResult> runs, String title, Path png) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        int shmx = 0;
        int peer = 0;
        int inOrder = 0;
        double maxX = 10;
        for (StreamResult r : runs) {
            XYSeries s = new XYSeries(r.label() + " (" + r.placement() + ", rtt " + r.rttMedian() + " ns)", true, true);
            long count = r.latency().getTotalCount();
            for (HistogramIterationValue v : r.latency().percentiles(5)) {
                double q = v.getPercentileLevelIteratedTo();
                double x = q >= 100.0 ? count : 100.0 / (100.0 - q);
                s.add(Math.min(x, count), v.getValueIteratedTo() / 1000.0);
                maxX = Math.max(maxX, Math.min(x, count));
            }
            int i = data.getSeriesCount();
            data.addSeries(s);
            Color color = switch (r.lib()) {
                case "shmx" -> SHMX[shmx++ % SHMX.length];
                case "shmx-next" -> IN_ORDER[inOrder++ % IN_ORDER.length];
                default -> PEER[peer++ % PEER.length];
            };
            renderer.setSeriesPaint(i, color);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        LogAxis x = new LogAxis("percentile");
        x.setBase(10);
        x.setAutoTickUnitSelection(false);
        x.setTickUnit(new NumberTickUnit(1));
        x.setNumberFormatOverride(AxisFormats.percentile());
        x.setRange(1, Math.pow(10, Math.ceil(Math.log10(maxX))));
        LogAxis y = new LogAxis("one-way latency (us)");
        y.setBase(10);
        y.setSmallestValue(0.01);
        y.setAutoTickUnitSelection(false);
        y.setTickUnit(new NumberTickUnit(1));
        y.setNumberFormatOverride(AxisFormats.plain());
        save(new XYPlot(data, x, y, renderer), title, png);
    }

    /** Frames per second sent and seen against frame size, one line each per library. */
    public static void rate(List<StreamResult> runs, Path png) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        addRate(data, renderer, runs, "shmx", true, SHMX[0]);
        addRate(data, renderer, runs, "shmx", false, SHMX[1]);
        addRate(data, renderer, runs, "agrona", true, PEER[0]);
        addRate(data, renderer, runs, "agrona", false, PEER[1]);
        LogAxis x = new LogAxis("frame size");
        x.setBase(2);
        x.setAutoTickUnitSelection(false);
        x.setTickUnit(new NumberTickUnit(2));
        x.setNumberFormatOverride(AxisFormats.bytes());
        LogAxis y = new LogAxis("frames per second (flat out)");
        y.setBase(10);
        y.setAutoTickUnitSelection(false);
        y.setTickUnit(new NumberTickUnit(1));
        y.setNumberFormatOverride(AxisFormats.plain());
        save(new XYPlot(data, x, y, renderer), "Frames per second against frame size (producer and consumer pinned "
                + "to different CPUs)", png);
    }

    private static void addRate(XYSeriesCollection data, XYLineAndShapeRenderer renderer, List<StreamResult> runs,
                                String lib, boolean sent, Color color) {
        XYSeries s = new XYSeries((lib.equals("shmx") ? "shmx" : "Agrona") + (sent ? " sent" : " seen by reader"));
        for (StreamResult r : runs) {
            if (r.lib().equals(lib)) {
                double rate = sent ? r.sentPerSecond() : r.seenPerSecond();
                if (rate > 0) {
                    s.add(r.size(), rate);
                }
            }
        }
        if (s.getItemCount() == 0) {
            return;
        }
        int i = data.getSeriesCount();
        data.addSeries(s);
        renderer.setSeriesPaint(i, color);
        renderer.setSeriesStroke(i, sent ? new BasicStroke(2.5f)
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{6f, 4f}, 0f));
    }

    private static void save(XYPlot plot, String title, Path png) throws IOException {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 16), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 36));
        Files.createDirectories(png.toAbsolutePath().getParent());
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
    }

    /** File name part for a frame size, e.g. {@code 64B}. */
    public static String sizeTag(int size) {
        return Sizes.label(size);
    }
}
