package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ChannelConfig;
import io.shmx.ControlMessage;
import io.shmx.FrameSnapshot;
import io.shmx.HeaderInfo;
import io.shmx.ProducerState;
import io.shmx.ReaderInfo;
import io.shmx.ShmxInspector;
import io.shmx.ShmxServer;
import io.shmx.SlotInfo;
import io.shmx.StreamSpec;
import io.shmx.testing.TestChannels;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code top}'s rate against a producer at exactly 1,000 frames/s, in simulated time: the clock is a
 * counter, the producer publishes one frame into a real channel per simulated millisecond, and every
 * read of the region takes simulated time: a lot the first time each kind of read runs in the JVM
 * (class loading, cold code), little afterwards. No wall clock is involved, so the result is exact and the same every run.
 */
class TopRateTest {
    private static final long MS = 1_000_000;
    private static final double RATE = 1000; // frames per simulated second
    private static final Pattern SHOWN_RATE = Pattern.compile("^frames/s ([0-9.]+)( k)?\\s");

    @RegisterExtension
    final TestChannels channels = new TestChannels("tool");

    /** A simulated world: a clock in nanoseconds and a producer that keeps up with it exactly. */
    private static final class World {
        final ShmxServer server;
        long nanos;
        long published;

        World(ShmxServer server) {
            this.server = server;
        }

        /** Lets {@code nanos} pass; the producer publishes every frame due by then (one per ms). */
        void advance(long by) {
            nanos += by;
            while (published < nanos / MS) {
                TestChannels.publishQuickstart(server, ++published);
            }
        }
    }

    /**
     * The inspector's reads, each taking simulated time before it reads: {@code firstNanos} the
     * first time that kind of read runs ({@code warm} remembers which ran), {@code laterNanos} after.
     */
    private static RegionReads slow(ShmxInspector inspector, World world, Set<String> warm, long firstNanos,
                                    long laterNanos) {
        RegionReads real = RegionReads.of(inspector);
        return new RegionReads() {
            private <T> T timed(String what, Supplier<T> read) {
                world.advance(warm.add(what) ? firstNanos : laterNanos);
                return read.get();
            }

            @Override public HeaderInfo headerInfo() { return timed("header", real::headerInfo); }
            @Override public List<StreamSpec> streams() { return timed("streams", real::streams); }
            @Override public List<ReaderInfo> readers() { return timed("readers", real::readers); }
            @Override public List<SlotInfo> slots() { return timed("slots", real::slots); }
            @Override public FrameSnapshot latest() { return timed("latest", real::latest); }
            @Override public List<ControlMessage> pendingControl() { return timed("pending", real::pendingControl); }
            @Override public ProducerState producerState() { return timed("state", real::producerState); }
            @Override public long producerPid() { return timed("pid", real::producerPid); }
        };
    }

    private static RegionReport report(ShmxInspector inspector, World world, Set<String> warm, long firstNanos,
                                       long laterNanos) {
        return RegionReport.read(slow(inspector, world, warm, firstNanos, laterNanos), "test", true,
                () -> world.nanos);
    }

    @Test
    void firstSampleAfterASlowFirstReadIsWithinOnePercent() {
        ShmxServer server = channels.create("top-rate", ChannelConfig.defaults(), TestChannels.QUICKSTART);
        World world = new World(server);
        world.advance(5 * MS);
        Set<String> warm = new HashSet<>();
        try (ShmxInspector inspector = ShmxInspector.open(server.name())) {
            // the first report: each kind of read takes 40 ms the first time (320 ms in all), 0.1 ms later
            RegionReport prev = report(inspector, world, warm, 40 * MS, MS / 10);
            for (int sample = 0; sample < 5; sample++) {
                world.advance(1000 * MS);                          // top's interval
                RegionReport cur = report(inspector, world, warm, 40 * MS, MS / 10);
                double rate = TopSample.framesPerSecond(prev, cur);
                assertEquals(RATE, rate, RATE / 100, "sample " + sample + " of a producer at 1,000 frames/s");
                String line = TopSample.render(prev, cur).get(1);
                Matcher m = SHOWN_RATE.matcher(line);
                assertTrue(m.find(), line);
                double shown = Double.parseDouble(m.group(1)) * (m.group(2) == null ? 1 : 1000);
                assertEquals(RATE, shown, RATE / 100, line);
                prev = cur;
            }
        }
    }

    @Test
    void rateIsRightWhateverTheFirstReadsCost() {
        long[] firstCosts = {500 * MS, 120 * MS, 3 * MS, 0};
        for (long first : firstCosts) {
            ShmxServer server = channels.create("top-rate", ChannelConfig.defaults(), TestChannels.QUICKSTART);
            World world = new World(server);
            Set<String> warm = new HashSet<>();
            try (ShmxInspector inspector = ShmxInspector.open(server.name())) {
                RegionReport prev = report(inspector, world, warm, first, MS / 2);
                for (int i = 0; i < 3; i++) {
                    world.advance(300 * MS);
                    RegionReport cur = report(inspector, world, warm, first, MS / 2);
                    assertEquals(RATE, TopSample.framesPerSecond(prev, cur), RATE / 100,
                            "first reads of " + first / MS + " ms, interval " + i);
                    prev = cur;
                }
            }
        }
    }
}
