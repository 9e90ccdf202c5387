package io.shmx.bench.jmh;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;
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
 * The peer of {@link ShmxControlBenchmark}: Agrona's many-to-one ring buffer (what Aeron clients
 * use to talk to the driver), one write of {@code payload} bytes and one read, 4 KiB ring like
 * our default control ring per reader.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.AGRONA_EXPORTS, ForkArgs.ALLOW_UNSAFE, ForkArgs.HEAP_MIN,
        ForkArgs.HEAP_MAX})
public class AgronaRingBufferBenchmark {
    private static final int TYPE = 7;
    private static final int CAPACITY = 4096;

    @Param({"8", "64"})
    int payload;

    private ManyToOneRingBuffer ring;
    private UnsafeBuffer message;
    private final MessageHandler handler = this::onMessage;
    private long received;

    @Setup(Level.Trial)
    public void open() {
        ring = new ManyToOneRingBuffer(new UnsafeBuffer(
                ByteBuffer.allocateDirect(CAPACITY + RingBufferDescriptor.TRAILER_LENGTH)));
        byte[] bytes = new byte[payload];
        java.util.Arrays.fill(bytes, (byte) 3);
        message = new UnsafeBuffer(bytes);
    }

    @Benchmark
    public long writeThenRead() {
        boolean written = ring.write(TYPE, message, 0, payload);
        int read = ring.read(handler, 1);
        return written ? received + read : -1;
    }

    private void onMessage(int msgTypeId, MutableDirectBuffer buffer, int index, int length) {
        received = buffer.getByte(index) + msgTypeId;
    }
}
