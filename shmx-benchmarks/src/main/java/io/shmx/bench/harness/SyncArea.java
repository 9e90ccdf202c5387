package io.shmx.bench.harness;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The small shared file through which the producer and consumer JVMs of one harness run find each
 * other, hand the phases over, and ping-pong a cache line to measure the core-to-core round trip.
 *
 * <pre>
 *   0                   64                 128
 *   +-------------------+------------------+
 *   | ping counter (8)  |    (padding)     |  line pair 0: ping-pong, both sides write
 *   +-------------------+------------------+
 *   | producer phase    |                  |  128: written by the producer only
 *   | consumer phase    |                  |  256: written by the consumer only
 *   | measure-from seq  |                  |  384: producer, once, before its first measured frame
 *   | frames sent       |                  |  512: producer, once, before phase DONE
 *   +-------------------+------------------+  640 .. 4096 unused
 * </pre>
 *
 * <p>Every field sits alone in a 128-byte block (two cache lines, so the adjacent-line prefetcher
 * does not couple them). All writes are release stores and all reads acquire loads: a phase value
 * read with acquire makes everything its writer stored before it visible.
 */
public final class SyncArea implements AutoCloseable {
    /** Bytes of the file the orchestrator creates. */
    public static final long SIZE = 4096;

    static final long PING = 0;
    static final long PRODUCER_PHASE = 128;
    static final long CONSUMER_PHASE = 256;
    static final long MEASURE_FROM = 384;
    static final long FRAMES_SENT = 512;

    /** Phases, in order; each side only ever raises its own. */
    public static final long ALIVE = 1;
    public static final long CHANNEL_READY = 2;
    public static final long ATTACHED = 3;
    public static final long DONE = 4;
    public static final long DRAINED = 5;
    public static final long FINISHED = 6;

    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private final Arena arena;
    private final MemorySegment segment;

    private SyncArea(Arena arena, MemorySegment segment) {
        this.arena = arena;
        this.segment = segment;
    }

    /** Maps the existing file {@code path} (created and zeroed by the orchestrator). */
    public static SyncArea map(Path path) throws IOException {
        Arena arena = Arena.ofShared();
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return new SyncArea(arena, ch.map(FileChannel.MapMode.READ_WRITE, 0, SIZE, arena));
        } catch (IOException | RuntimeException e) {
            arena.close();
            throw e;
        }
    }

    /** Creates the file zero-filled; the orchestrator does this before it starts the children. */
    public static void create(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            ch.truncate(SIZE);
            ch.write(java.nio.ByteBuffer.allocate((int) SIZE), 0);
        }
    }

    long getAcquire(long offset) {
        return (long) LONG.getAcquire(segment, offset);
    }

    void setRelease(long offset, long value) {
        LONG.setRelease(segment, offset, value);
    }

    /** Raises this side's phase. */
    public void announce(Role role, long phase) {
        setRelease(role == Role.PRODUCER ? PRODUCER_PHASE : CONSUMER_PHASE, phase);
    }

    /** The other side's phase, acquire. */
    public long phaseOf(Role role) {
        return getAcquire(role == Role.PRODUCER ? PRODUCER_PHASE : CONSUMER_PHASE);
    }

    /** Spins (with a back-off) until {@code role} reaches {@code phase}; fails after {@code timeoutNanos}. */
    public void await(Role role, long phase, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        long spins = 0;
        while (phaseOf(role) < phase) {
            if ((++spins & 0x3FF) == 0) {
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("the " + role.label() + " did not reach phase " + phase
                            + " within " + timeoutNanos / 1_000_000 + " ms (it is at " + phaseOf(role)
                            + "); see its output above");
                }
                Thread.onSpinWait();
            }
        }
    }

    /** First sequence number that counts as measured (Long.MAX_VALUE until the producer sets it). */
    public long measureFrom() {
        return getAcquire(MEASURE_FROM);
    }

    public void measureFrom(long seq) {
        setRelease(MEASURE_FROM, seq);
    }

    public long framesSent() {
        return getAcquire(FRAMES_SENT);
    }

    public void framesSent(long count) {
        setRelease(FRAMES_SENT, count);
    }

    @Override
    public void close() {
        arena.close();
    }
}
