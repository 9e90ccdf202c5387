package io.shmx.bench.jmh;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.FrameWriter;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What checked segments cost ({@code ChannelConfig.withCheckedSegments}): a frame of one I64
 * written in place through {@code FrameWriter.segment()} and published, with ({@code checked =
 * true}: an arena per frame, closed at publish) and without. Frames built with {@code append}
 * alone never open an arena, so they cost the same either way. The forks enable native access, as
 * checked segments call the restricted {@code MemorySegment.reinterpret}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.ALLOW_UNSAFE, ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX,
        "--enable-native-access=ALL-UNNAMED"})
public class ShmxCheckedSegmentsBenchmark extends ChannelBenchmark {
    private static final int STREAM = 1;

    @Param({"false", "true"})
    boolean checked;

    private ShmxServer server;
    private double simTime;

    public ShmxCheckedSegmentsBenchmark() {
        super("checked");
    }

    @Setup(Level.Trial)
    public void open() {
        server = createServer(ChannelConfig.defaults().withCheckedSegments(checked),
                List.of(StreamSpec.of(STREAM, "word", DType.I64, 1)));
    }

    @Benchmark
    public long publishThroughSegment() {
        FrameWriter w = server.beginFrame();
        long off = w.claimOffset(STREAM, 1);
        w.segment().set(ValueLayout.JAVA_LONG_UNALIGNED, off, (long) simTime);
        return w.publish(simTime += 1.0);
    }
}
