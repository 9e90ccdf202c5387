package io.shmx.bench.jmh;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.HeaderInfo;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.TlvType;
import io.shmx.internal.frame.FrameHeaderDescriptor;
import io.shmx.internal.frame.FrameStreamDescriptor;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.wire.Wire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the time of a 64 B publish and of a new-frame read goes: the seqlock protocol's accesses
 * alone, without the API around them (no frame builder, no state checks, no reader
 * bookkeeping), written once through {@code java.lang.foreign} exactly as the runtime does (its
 * own descriptor methods on a mapped segment) and once through Agrona's {@code UnsafeBuffer} on
 * the same mapped pages (the same stores, loads and fences, with Agrona's bounds checks but
 * without the segment's). A channel is created to lay the region out and to write each slot's
 * first frame; the benchmark then writes frames into its slots itself, one U8 stream of 64 bytes.
 *
 * <ul>
 *   <li>{@code ffmPublish} / {@code unsafePublish}: reserve_index, frame_id = 0, store-store fence,
 *       the stream TLV (three header words, two zero words), the 64-byte copy, sim_time and the
 *       sizes word, release fence, frame_id, release fence, frame_seq, write_index (opaque).</li>
 *   <li>{@code ffmPublishThenRead} / {@code unsafePublishThenRead}: the publish, then the reader's
 *       path for a new frame whose layout equals the last one: frame_seq (acquire), frame_id
 *       (acquire), sizes, session copy, the three TLV words compared, sim_time, acquire fence and
 *       frame_id again, then the first 8 data bytes and the same validation once more (what the
 *       benchmarks' {@code isValid()} does).</li>
 * </ul>
 * The runtime's cost of the same work is {@code ShmxFrameBenchmark.publish} and
 * {@code publishThenLatest}; the difference is the API and bookkeeping around the accesses.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkArgs.AGRONA_EXPORTS, ForkArgs.ALLOW_UNSAFE, ForkArgs.HEAP_MIN,
        ForkArgs.HEAP_MAX})
public class ProtocolCostBenchmark extends ChannelBenchmark {
    private static final int STREAM = 1;
    private static final int SIZE = 64;
    private static final long TLV = FrameHeaderDescriptor.PAYLOAD_OFFSET;
    private static final long DATA = TLV + FrameStreamDescriptor.DATA_OFFSET;
    private static final long SPAN = FrameStreamDescriptor.spanOf(SIZE);
    private static final long SIZES = SPAN | 1L << 32;
    private static final long TLV_WORD0 = Integer.toUnsignedLong(TlvType.FRAME_STREAM)
            | (FrameStreamDescriptor.FIXED_LENGTH + (long) SIZE) << 32;
    private static final long TLV_WORD1 = STREAM | (long) SIZE << 32;
    private static final long TLV_WORD2 = SIZE;
    private static final int SLOTS = 3;

    private Arena arena;
    private MemorySegment region;
    private final MemorySegment[] slots = new MemorySegment[SLOTS];
    private final MemorySegment[] views = new MemorySegment[SLOTS];
    private final long[] slotOffsets = new long[SLOTS];
    private UnsafeBuffer unsafe;
    private final byte[] src = new byte[SIZE];
    private final UnsafeBuffer srcBuffer = new UnsafeBuffer(src);
    private long session;
    private long fid;
    private int slot;
    private double simTime;

    public ProtocolCostBenchmark() {
        super("protocol");
    }

    @Setup(Level.Trial)
    public void open() {
        ShmxServer server = createServer(ChannelConfig.defaults().withSlots(SLOTS).withFrameBytesCap(SIZE + 256),
                List.of(StreamSpec.of(STREAM, "payload", DType.U8, 1)));
        Arrays.fill(src, (byte) 7);
        for (int i = 0; i < SLOTS; i++) {
            server.beginFrame().append(STREAM, src, SIZE).publish(0); // every slot holds a frame of this layout
        }
        HeaderInfo h = server.headerInfo();
        session = server.sessionId();
        fid = server.framesPublished();
        slot = (int) (fid % SLOTS); // the slot of frame fid + 1
        arena = Arena.ofShared();
        try (FileChannel ch = FileChannel.open(server.file(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            region = ch.map(FileChannel.MapMode.READ_WRITE, 0, ch.size(), arena);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < SLOTS; i++) {
            slotOffsets[i] = h.slotsOffset() + i * h.slotStride();
            slots[i] = region.asSlice(slotOffsets[i], h.slotStride());
            views[i] = slots[i].asReadOnly();
        }
        unsafe = new UnsafeBuffer(region.address(), (int) region.byteSize());
    }

    @TearDown(Level.Trial)
    public void unmap() {
        if (arena != null) {
            arena.close();
        }
    }

    private int nextSlot() {
        int s = slot;
        slot = s + 1 == SLOTS ? 0 : s + 1;
        return s;
    }

    @Benchmark
    public long ffmPublish() {
        long id = ++fid;
        MemorySegment s = slots[nextSlot()];
        FrameHeaderDescriptor.beginWrite(region, s, id);
        FrameStreamDescriptor.putZeroedTlv(s, TLV, STREAM, SIZE, SIZE);
        MemorySegment.copy(src, 0, s, ValueLayout.JAVA_BYTE, DATA, SIZE);
        FrameHeaderDescriptor.putFrameFields(s, 0, simTime += 1.0, SPAN, 1);
        FrameHeaderDescriptor.publish(region, s, id);
        return id;
    }

    @Benchmark
    public long unsafePublish() {
        long id = ++fid;
        int at = (int) slotOffsets[nextSlot()];
        UnsafeBuffer b = unsafe;
        b.putInt(GlobalHeaderDescriptor.RESERVE_INDEX_OFFSET, (int) id);
        b.putLong(at + FrameHeaderDescriptor.FRAME_ID_OFFSET, 0L);
        VarHandle.storeStoreFence();
        int tlv = at + (int) TLV;
        b.putLong(tlv + (int) SPAN - 16, 0L);
        b.putLong(tlv + (int) SPAN - 8, 0L);
        b.putLong(tlv, TLV_WORD0);
        b.putLong(tlv + FrameStreamDescriptor.STREAM_ID_OFFSET, TLV_WORD1);
        b.putLong(tlv + FrameStreamDescriptor.BYTES_PAYLOAD_OFFSET, TLV_WORD2);
        b.putBytes(at + (int) DATA, srcBuffer, 0, SIZE);
        b.putLong(at + FrameHeaderDescriptor.SIM_TIME_OFFSET, Double.doubleToRawLongBits(simTime += 1.0));
        b.putLong(at + FrameHeaderDescriptor.PAYLOAD_BYTES_OFFSET, SIZES);
        VarHandle.releaseFence();
        b.putLong(at + FrameHeaderDescriptor.FRAME_ID_OFFSET, id);
        VarHandle.releaseFence();
        b.putLong(GlobalHeaderDescriptor.FRAME_SEQ_OFFSET, id);
        b.putIntOpaque(GlobalHeaderDescriptor.WRITE_INDEX_OFFSET, (int) id);
        return id;
    }

    @Benchmark
    public long ffmPublishThenRead() {
        ffmPublish();
        long s = GlobalHeaderDescriptor.frameSeqAcquire(region);
        int i = FrameHeaderDescriptor.slotOf(s, SLOTS);
        long off = slotOffsets[i];
        MemorySegment v = views[i];
        long f1 = FrameHeaderDescriptor.frameIdAcquire(region, off);
        long sizes = FrameHeaderDescriptor.sizes(v, 0);
        if (FrameHeaderDescriptor.sessionIdCopy(v, 0) != session || sizes != SIZES
                || v.get(Wire.U64, TLV) != TLV_WORD0 || FrameStreamDescriptor.idAndCount(v, TLV) != TLV_WORD1
                || FrameStreamDescriptor.bytesWord(v, TLV) != TLV_WORD2) {
            return -1;
        }
        double t = FrameHeaderDescriptor.simTime(v, 0);
        if (!FrameHeaderDescriptor.validate(region, off, f1)) {
            return -1;
        }
        long first = v.get(ValueLayout.JAVA_LONG_UNALIGNED, DATA);
        return FrameHeaderDescriptor.validate(region, off, f1) ? first + (long) t : -1;
    }

    @Benchmark
    public long unsafePublishThenRead() {
        unsafePublish();
        UnsafeBuffer b = unsafe;
        long s = b.getLongAcquire(GlobalHeaderDescriptor.FRAME_SEQ_OFFSET);
        int at = (int) slotOffsets[FrameHeaderDescriptor.slotOf(s, SLOTS)];
        long f1 = b.getLongAcquire(at + FrameHeaderDescriptor.FRAME_ID_OFFSET);
        long sizes = b.getLong(at + FrameHeaderDescriptor.PAYLOAD_BYTES_OFFSET);
        int tlv = at + (int) TLV;
        if (b.getLong(at + FrameHeaderDescriptor.SESSION_ID_COPY_OFFSET) != session || sizes != SIZES
                || b.getLong(tlv) != TLV_WORD0 || b.getLong(tlv + FrameStreamDescriptor.STREAM_ID_OFFSET) != TLV_WORD1
                || b.getLong(tlv + FrameStreamDescriptor.BYTES_PAYLOAD_OFFSET) != TLV_WORD2) {
            return -1;
        }
        double t = Double.longBitsToDouble(b.getLong(at + FrameHeaderDescriptor.SIM_TIME_OFFSET));
        VarHandle.acquireFence();
        if (f1 == 0 || b.getLong(at + FrameHeaderDescriptor.FRAME_ID_OFFSET) != f1) {
            return -1;
        }
        long first = b.getLong(at + (int) DATA);
        VarHandle.acquireFence();
        return b.getLong(at + FrameHeaderDescriptor.FRAME_ID_OFFSET) == f1 ? first + (long) t : -1;
    }
}
