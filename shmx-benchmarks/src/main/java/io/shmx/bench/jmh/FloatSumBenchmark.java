package io.shmx.bench.jmh;

import io.shmx.ChannelConfig;
import io.shmx.Frame;
import io.shmx.ShmxClient;
import io.shmx.bench.frames.FloatsFrame;
import io.shmx.bench.frames.FloatsFrameReader;
import io.shmx.bench.frames.FloatsFrameView;
import io.shmx.bench.frames.FloatsFrameWriter;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
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
 * Element reads in place: the sum of {@code n} floats of an F32 stream read through the frame's
 * zero-copy segment, and through the generated {@code FloatsFrameView.values(i)} (latest + sum +
 * validate per operation), against the same loop over a {@code float[]} on the heap. The ratio is
 * what zero-copy reading costs per element.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.ALLOW_UNSAFE, ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX})
public class FloatSumBenchmark extends ChannelBenchmark {
    static final int STREAM = 1;
    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT;

    @Param({"1024", "262144"})
    int n;

    private FloatsFrameWriter writer;
    private ShmxClient client;
    private FloatsFrameReader reader;
    private float[] values;

    public FloatSumBenchmark() {
        super("floats");
    }

    @Setup(Level.Trial)
    public void open() {
        values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (i % 97) * 0.5f;
        }
        ChannelConfig config = ChannelConfig.defaults().withFrameBytesCap(4 * n + 256);
        writer = openOnChannel(name -> FloatsFrameWriter.create(name, config), FloatsFrameWriter::destroy);
        client = openClient();
        reader = openOnChannel(FloatsFrameReader::open, FloatsFrameReader::close);
        writer.publish(new FloatsFrame(values), 0.0);
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

    @Benchmark
    public float generatedView() {
        FloatsFrameView view = reader.latest();
        if (view == null) {
            return Float.NaN;
        }
        int count = view.valuesCount();
        float sum = 0f;
        for (int i = 0; i < count; i++) {
            sum += view.values(i);
        }
        return view.isValid() ? sum : Float.NaN;
    }
}
