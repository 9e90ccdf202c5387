package io.shmx.bench.jmh;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import java.util.Arrays;
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
 * What compatibility mode costs: publish with the original library's payload checksum
 * ({@code compat = true}, needed only by C++/Python readers of the original) against without.
 * The original computes it on every publish and every poll (~1 GB/s).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.ALLOW_UNSAFE, ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX})
public class ShmxCompatibilityBenchmark extends ChannelBenchmark {
    private static final int STREAM = 1;

    @Param({"false", "true"})
    boolean compat;

    @Param({"64", "65536", "1048576", "8388608"})
    int size;

    private ShmxServer server;
    private byte[] src;
    private double simTime;

    public ShmxCompatibilityBenchmark() {
        super("compat");
    }

    @Setup(Level.Trial)
    public void open() {
        server = createServer(ChannelConfig.defaults().withFrameBytesCap(size + 256).withCompatibility(compat),
                List.of(StreamSpec.of(STREAM, "payload", DType.U8, 1)));
        src = new byte[size];
        Arrays.fill(src, (byte) 7);
    }

    @Benchmark
    public long publish() {
        return server.beginFrame().append(STREAM, src, size).publish(simTime += 1.0);
    }
}
