package io.shmx.bench.jmh;

import io.shmx.ChannelConfig;
import io.shmx.bench.frames.WordsFrame;
import io.shmx.bench.frames.WordsFrameReader;
import io.shmx.bench.frames.WordsFrameView;
import io.shmx.bench.frames.WordsFrameWriter;
import java.util.Arrays;
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
 * The generated typed path on the sizes of {@link ShmxFrameBenchmark}: {@code WordsFrameWriter}
 * publishing a {@link WordsFrame} record (its {@code long[]} copied into the slot), the in-place
 * path (claim the stream in the slot, copy into the claim, publish), and
 * {@code WordsFrameReader.latest()} reading the first word through the generated view, then
 * validating.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.ALLOW_UNSAFE, ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX})
public class TypedFrameBenchmark extends ChannelBenchmark {
    @Param({"64", "65536", "1048576", "8388608"})
    int size;

    private WordsFrameWriter writer;
    private WordsFrameReader reader;
    private WordsFrame frame;
    private long[] words;
    private double simTime;

    public TypedFrameBenchmark() {
        super("typed");
    }

    @Setup(Level.Trial)
    public void open() {
        ChannelConfig config = ChannelConfig.defaults().withFrameBytesCap(size + 256);
        writer = openOnChannel(name -> WordsFrameWriter.create(name, config), WordsFrameWriter::destroy);
        reader = openOnChannel(WordsFrameReader::open, WordsFrameReader::close);
        words = new long[size / Long.BYTES];
        Arrays.fill(words, 7L);
        frame = new WordsFrame(words);
        publish();
    }

    @Benchmark
    public long publish() {
        return writer.publish(frame, simTime += 1.0);
    }

    @Benchmark
    public long publishInPlace() {
        WordsFrameWriter.Frame f = writer.begin();
        f.words(words.length).copyFrom(words);
        return f.publish(simTime += 1.0);
    }

    @Benchmark
    public long latest() {
        WordsFrameView view = reader.latest();
        if (view == null) {
            return -1;
        }
        long first = view.words(0);
        return view.isValid() ? first : -1;
    }
}
