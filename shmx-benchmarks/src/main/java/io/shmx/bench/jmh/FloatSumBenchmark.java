package io.shmx.bench.jmh;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.Frame;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.bench.support.ShmNames;
import java.lang.foreign.MemorySegment;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Element reads in place: the sum of {@code n} floats of an F32 stream read through the frame's
 * zero-copy segment (latest + sum + validate per operation) against the same loop over a
 * {@code float[]} on the heap. The ratio is what zero-copy reading costs per element.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.ALLOW_UNSAFE, ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX})
public class FloatSumBenchmark {
    static final int STREAM = 1;
    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT;

    @Param({"1024", "262144"})
    int n;

    private String name;
    private ShmxServer server;
    private ShmxClient client;
    private float[] values;

    @Setup(Level.Trial)
    public void open() {
        values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (i % 97) * 0.5f;
        }
        name = ShmNames.unique("floats");
        server = ShmxServer.create(name, ChannelConfig.defaults().withFrameBytesCap(4 * n + 256),
                List.of(StreamSpec.of(STREAM, "values", DType.F32, 1)));
        client = ShmxClient.open(name);
        server.beginFrame().append(STREAM, values, n).publish(0.0);
    }

    @TearDown(Level.Trial)
    public void close() {
        try {
            if (client != null) {
                client.close();
            }
            if (server != null) {
                server.destroy();
            }
        } finally {
            ShmNames.remove(name);
        }
    }

    @Benchmark
    public float heapArray() {
        float[] a = values;
        float sum = 0f;
        for (int i = 0; i < a.length; i++) {
            sum += a[i];
        }
        return sum;
    }

    @Benchmark
    public float segmentView() {
        Frame frame = client.latest();
        if (frame == null) {
            return Float.NaN;
        }
        int index = frame.indexOf(STREAM);
        MemorySegment seg = frame.segment();
        long base = frame.offsetAt(index);
        long count = frame.elemCountAt(index);
        float sum = 0f;
        for (long i = 0; i < count; i++) {
            sum += seg.get(FLOAT, base + 4 * i);
        }
        return frame.isValid() ? sum : Float.NaN;
    }
}
