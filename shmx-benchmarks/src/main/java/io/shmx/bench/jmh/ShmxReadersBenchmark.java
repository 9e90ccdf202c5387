package io.shmx.bench.jmh;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
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
 * Writer cost against the number of attached readers: a 64 B publish with 0, 1, 4 and 16 clients
 * holding reader slots (and each having read the newest frame once). The target is a flat line:
 * the producer never looks at its readers on the publish path.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.ALLOW_UNSAFE, ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX})
public class ShmxReadersBenchmark extends ChannelBenchmark {
    private static final int STREAM = 1;
    private static final int SIZE = 64;

    @Param({"0", "1", "4", "16"})
    int readers;

    private ShmxServer server;
    private final byte[] src = new byte[SIZE];
    private double simTime;

    public ShmxReadersBenchmark() {
        super("readers");
    }

    @Setup(Level.Trial)
    public void open() {
        server = createServer(ChannelConfig.defaults().withReaderSlots(Math.max(16, readers)),
                List.of(StreamSpec.of(STREAM, "payload", DType.U8, 1)));
        publish();
        for (int i = 0; i < readers; i++) {
            openClient().latest();
        }
    }

    @Benchmark
    public long publish() {
        return server.beginFrame().append(STREAM, src, SIZE).publish(simTime += 1.0);
    }
}
