package io.shmx.bench.jmh;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.broadcast.BroadcastBufferDescriptor;
import org.agrona.concurrent.broadcast.BroadcastReceiver;
import org.agrona.concurrent.broadcast.BroadcastTransmitter;
import org.agrona.concurrent.broadcast.CopyBroadcastReceiver;
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
 * The peer: Agrona's one-to-many broadcast buffer, on the payload sizes of
 * {@link ShmxFrameBenchmark}, from a heap source buffer like our {@code append(byte[])}.
 *
 * <p>Buffer capacity follows the peer baseline: 1 MiB for 64 B and 64 KiB messages, 64 MiB for
 * 1 MiB and 128 MiB for 8 MiB (the largest message is capacity / 8). A receiver only ever sees
 * messages sent after it joined, so receiving is measured together with a transmit; the receive
 * cost alone is {@code transmitThenReceive - transmit}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.AGRONA_EXPORTS, ForkArgs.ALLOW_UNSAFE, ForkArgs.HEAP_MIN,
        ForkArgs.HEAP_MAX})
public class AgronaBroadcastBenchmark {
    private static final int MSG_TYPE = 1;

    @Param({"64", "65536", "1048576", "8388608"})
    int size;

    private BroadcastTransmitter transmitter;
    private BroadcastReceiver receiver;
    private CopyBroadcastReceiver copyReceiver;
    private UnsafeBuffer src;
    private final MessageHandler firstLong = this::onMessage;
    private long received;

    /** Capacity used by the peer baseline for a message size. */
    static int capacityFor(int messageBytes) {
        if (messageBytes <= 64 * 1024) {
            return 1 << 20;
        }
        return messageBytes <= 1 << 20 ? 64 << 20 : 128 << 20;
    }

    @Setup(Level.Trial)
    public void open() {
        int capacity = capacityFor(size);
        UnsafeBuffer buffer = new UnsafeBuffer(
                ByteBuffer.allocateDirect(capacity + BroadcastBufferDescriptor.TRAILER_LENGTH));
        transmitter = new BroadcastTransmitter(buffer);
        receiver = new BroadcastReceiver(buffer);
        byte[] scratch = new byte[Math.max(size + 64, CopyBroadcastReceiver.SCRATCH_BUFFER_LENGTH)];
        copyReceiver = new CopyBroadcastReceiver(new BroadcastReceiver(buffer), new UnsafeBuffer(scratch));
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 7);
        src = new UnsafeBuffer(bytes);
    }

    @Benchmark
    public void transmit() {
        transmitter.transmit(MSG_TYPE, src, 0, size);
    }

    @Benchmark
    public long transmitThenReceive() {
        transmitter.transmit(MSG_TYPE, src, 0, size);
        if (!receiver.receiveNext()) {
            return -1;
        }
        long first = receiver.buffer().getLong(receiver.offset());
        return receiver.validate() ? first : -1;
    }

    @Benchmark
    public long transmitThenCopyReceive() {
        transmitter.transmit(MSG_TYPE, src, 0, size);
        copyReceiver.receive(firstLong);
        return received;
    }

    private void onMessage(int msgTypeId, MutableDirectBuffer buffer, int index, int length) {
        received = buffer.getLong(index);
    }
}
