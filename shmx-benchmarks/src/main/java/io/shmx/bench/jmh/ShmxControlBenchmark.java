package io.shmx.bench.jmh;

import io.shmx.ChannelConfig;
import io.shmx.ControlHandler;
import io.shmx.ControlSendResult;
import io.shmx.DType;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The control plane, one thread: a reader sends a message of {@code payload} bytes from a segment
 * and the producer polls it with the non-copying handler. Agrona's counterpart is
 * {@link AgronaRingBufferBenchmark} (a many-to-one ring buffer write + read).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.ALLOW_UNSAFE, ForkArgs.HEAP_MIN, ForkArgs.HEAP_MAX})
public class ShmxControlBenchmark extends ChannelBenchmark {
    private static final int TYPE = 7;

    @Param({"8", "64"})
    int payload;

    /**
     * Reader slots of the channel, 0 for the default (16). Not a JMH parameter: the CPU-time
     * runner sets it ({@code -Dparams=payload=64,readerSlots=1}) to separate the producer's pass
     * over the other, empty rings from the rest of a send and poll.
     */
    int readerSlots;

    private ShmxServer server;
    private ShmxClient client;
    private MemorySegment message;
    private final ControlHandler handler = this::onMessage;
    private long received;

    public ShmxControlBenchmark() {
        super("control");
    }

    @Setup(Level.Trial)
    public void open() {
        ChannelConfig config = ChannelConfig.defaults();
        server = createServer(readerSlots > 0 ? config.withReaderSlots(readerSlots) : config,
                List.of(StreamSpec.of(1, "payload", DType.U8, 1)));
        client = openClient();
        message = MemorySegment.ofArray(new long[(payload + 7) / 8]).asSlice(0, payload);
        message.fill((byte) 3);
    }

    @Benchmark
    public long sendThenPoll() {
        ControlSendResult sent = client.sendControl(TYPE, message);
        int polled = server.pollControl(handler, 1);
        return sent == ControlSendResult.SENT ? received + polled : -1;
    }

    private void onMessage(int readerIndex, long readerId, int type, MemorySegment data) {
        received = data.get(ValueLayout.JAVA_BYTE, 0) + type;
    }
}
