package io.shmx.bench.jmh;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.Frame;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
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
 * The untyped data path, one thread: publish a frame of one U8 stream of {@code size} bytes copied
 * from a heap array, and read the newest frame back. Agrona's counterpart is
 * {@link AgronaBroadcastBenchmark} with the same sizes.
 *
 * <ul>
 *   <li>{@code publish}: begin + append from {@code byte[]} + publish.</li>
 *   <li>{@code latest}: {@code latest()}, find the stream, read its first 8 bytes, validate. The
 *       frame does not change, so this is the reader's fixed cost, independent of the size.</li>
 *   <li>{@code publishThenLatest}: both, against Agrona's transmit + receiveNext + validate.</li>
 *   <li>{@code publishThenCopy}: publish, then copy the whole stream out to a heap array and
 *       validate, against Agrona's transmit + CopyBroadcastReceiver.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.ALLOW_UNSAFE, ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX})
public class ShmxFrameBenchmark extends ChannelBenchmark {
    static final int STREAM = 1;

    @Param({"64", "65536", "1048576", "8388608"})
    int size;

    private ShmxServer server;
    private ShmxClient client;
    private byte[] src;
    private MemorySegment copyTarget;
    private double simTime;

    public ShmxFrameBenchmark() {
        super("frame");
    }

    @Setup(Level.Trial)
    public void open() {
        server = createServer(ChannelConfig.defaults().withFrameBytesCap(size + 256),
                List.of(StreamSpec.of(STREAM, "payload", DType.U8, 1)));
        client = openClient();
        src = new byte[size];
        Arrays.fill(src, (byte) 7);
        copyTarget = MemorySegment.ofArray(new byte[size]);
        publish();
    }

    @Benchmark
    public long publish() {
        return server.beginFrame().append(STREAM, src, size).publish(simTime += 1.0);
    }

    @Benchmark
    public long latest() {
        Frame frame = client.latest();
        if (frame == null) {
            return -1;
        }
        long offset = frame.offsetAt(frame.indexOf(STREAM));
        long first = frame.segment().get(ValueLayout.JAVA_LONG_UNALIGNED, offset);
        return frame.isValid() ? first : -1;
    }

    @Benchmark
    public long publishThenLatest() {
        publish();
        return latest();
    }

    @Benchmark
    public long publishThenCopy() {
        publish();
        Frame frame = client.latest();
        if (frame == null) {
            return -1;
        }
        int index = frame.indexOf(STREAM);
        MemorySegment.copy(frame.segment(), frame.offsetAt(index), copyTarget, 0, frame.byteCountAt(index));
        return frame.isValid() ? copyTarget.get(ValueLayout.JAVA_LONG_UNALIGNED, 0) : -1;
    }
}
