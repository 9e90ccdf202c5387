package io.shmx.internal.control;

import io.shmx.internal.wire.Wire;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte layout of one control ring of the shmx 2.0 format: a single-producer single-consumer byte
 * ring through which the reader owning a reader slot sends messages to the channel's producer.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |                 read counter r (u64, producer)                |  0
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |                 write counter w (u64, owning reader)          |  8
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |                message area: capacity - 16 bytes              | 16
 *  ...                                                           ...
 *  +---------------------------------------------------------------+  capacity
 * </pre>
 *
 * <p>The counters count bytes ever written and consumed; counter {@code c} is at byte
 * {@code 16 + c % (capacity - 16)} (unsigned remainder). The area holds TLV records, each
 * starting on a 16-byte boundary of its lap:
 *
 * <pre>
 *  +---------------------------------------------------------------+
 *  |        type (u32, != 0)       |          length (u32)         |  +0
 *  +---------------------------------------------------------------+
 *  |                  length bytes of data ...                     |  +8
 *  ...                                   |  padding up to 16       |
 *  +---------------------------------------------------------------+  +align16(8 + length)
 * </pre>
 *
 * A record of type 0 is padding: the sender writes one when a message does not fit between its
 * position and the end of the area, with length = bytes to the end - 8 (no record at all when
 * fewer than 8 bytes remain), and the next record starts again at byte 16.
 *
 * <p><b>Who writes what.</b> {@code w} and every byte of the area are written only by the reader
 * owning the slot (one thread); it publishes them with a release store of {@code w}, which the
 * producer pairs with an acquire load of {@code w} before reading the bytes. {@code r} is written
 * only by the producer, with a release store once it has finished reading the bytes it covers;
 * the sender pairs it with an acquire load of {@code r} before reusing that space. The sender
 * reads its own {@code w} with a plain load (only it writes it); the producer reads {@code r}
 * with an acquire load, which costs nothing more on x86 and serves read-only inspectors too.
 */
public final class ControlRingDescriptor {
    /** Offset of the read counter (u64, producer-owned). */
    public static final long READ_COUNTER_OFFSET = 0;
    /** Offset of the write counter (u64, owned by the slot's reader). */
    public static final long WRITE_COUNTER_OFFSET = 8;
    /** Bytes of the two counters; the message area starts here. */
    public static final int HEADER_LENGTH = 16;
    /** Bytes of a TLV record header ({@code u32 type, u32 length}). */
    public static final int TLV_HEADER_LENGTH = 8;
    /** Offset of the type within a TLV record. */
    public static final int TLV_TYPE_OFFSET = 0;
    /** Offset of the length within a TLV record. */
    public static final int TLV_LENGTH_OFFSET = 4;
    /** Records start on multiples of this within a lap. */
    public static final int RECORD_ALIGNMENT = 16;
    /** Type of a padding record. */
    public static final int PADDING_TYPE = 0;
    /** Smallest capacity with a non-empty message area. */
    public static final int MIN_CAPACITY = HEADER_LENGTH + 1;
    /** Capacity that holds one record of an empty message: the smallest useful ring. */
    public static final int MIN_USEFUL_CAPACITY = HEADER_LENGTH + RECORD_ALIGNMENT;

    /** Little-endian u64 counter, 8-byte aligned (atomic access modes need the alignment). */
    public static final ValueLayout.OfLong COUNTER = ValueLayout.JAVA_LONG.withOrder(ByteOrder.LITTLE_ENDIAN);
    /**
     * Little-endian u32 TLV field, read and written plainly (published by the counters). Records
     * of a well-formed ring are 16-aligned within their lap; the access is nevertheless unaligned
     * so that a ring whose counters a broken peer moved off that grid stays readable and bounded.
     */
    public static final ValueLayout.OfInt TLV_FIELD = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** {@code (MemorySegment, long offset) -> long} access to a counter. */
    static final VarHandle COUNTER_HANDLE = COUNTER.varHandle();

    private ControlRingDescriptor() {}

    /** Bytes a record of {@code dataLength} bytes occupies: {@code align16(8 + dataLength)}. Needs {@code 0 <= dataLength < 2^62}. */
    public static long recordLength(long dataLength) {
        return (TLV_HEADER_LENGTH + dataLength + RECORD_ALIGNMENT - 1) & -RECORD_ALIGNMENT;
    }

    /** Bytes of the message area of a ring of {@code capacity} bytes. */
    public static int areaLength(int capacity) {
        return capacity - HEADER_LENGTH;
    }

    /** The largest message data length that fits a ring of {@code capacity} bytes, or -1 if none does. */
    public static int maxMessageLength(int capacity) {
        int area = areaLength(capacity);
        return area < RECORD_ALIGNMENT ? -1 : (area & -RECORD_ALIGNMENT) - TLV_HEADER_LENGTH;
    }

    /** The read counter {@code r} of a ring, acquire load (pairs with the producer's release store). */
    public static long readCounterAcquire(MemorySegment ring) {
        return (long) COUNTER_HANDLE.getAcquire(ring, READ_COUNTER_OFFSET);
    }

    /** The write counter {@code w} of a ring, acquire load (pairs with the sender's release store). */
    public static long writeCounterAcquire(MemorySegment ring) {
        return (long) COUNTER_HANDLE.getAcquire(ring, WRITE_COUNTER_OFFSET);
    }

    /**
     * Whether the ring whose counters start at {@code at} in {@code seg} may hold messages
     * ({@code w != r}): two plain loads of one line, a hint for the producer's poll loop
     * ({@link io.shmx.internal.readers.ReaderSlotReaper#pollControl}), which issues one acquire
     * fence per poll before asking so the loads are not hoisted out of a polling loop. A stale
     * answer leaves a message for the next poll; a wrong "yes" costs one full poll of the ring,
     * which checks the counters.
     */
    public static boolean countersDifferPlain(MemorySegment seg, long at) {
        return seg.get(Wire.U64, at + WRITE_COUNTER_OFFSET) != seg.get(Wire.U64, at + READ_COUNTER_OFFSET);
    }

    /** Offset within the ring of counter value {@code counter}: {@code 16 + counter % area}, unsigned. */
    public static long offsetOf(long counter, int area) {
        return HEADER_LENGTH + Long.remainderUnsigned(counter, area);
    }
}
