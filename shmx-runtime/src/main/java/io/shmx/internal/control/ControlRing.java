package io.shmx.internal.control;

import static io.shmx.internal.control.ControlRingDescriptor.COUNTER_HANDLE;
import static io.shmx.internal.control.ControlRingDescriptor.HEADER_LENGTH;
import static io.shmx.internal.control.ControlRingDescriptor.PADDING_TYPE;
import static io.shmx.internal.control.ControlRingDescriptor.READ_COUNTER_OFFSET;
import static io.shmx.internal.control.ControlRingDescriptor.TLV_FIELD;
import static io.shmx.internal.control.ControlRingDescriptor.TLV_HEADER_LENGTH;
import static io.shmx.internal.control.ControlRingDescriptor.TLV_LENGTH_OFFSET;
import static io.shmx.internal.control.ControlRingDescriptor.TLV_TYPE_OFFSET;
import static io.shmx.internal.control.ControlRingDescriptor.WRITE_COUNTER_OFFSET;
import static io.shmx.internal.control.ControlRingDescriptor.recordLength;

import io.shmx.ControlHandler;
import io.shmx.ControlSendResult;
import io.shmx.ShmxException;
import io.shmx.internal.readers.ReaderSlotTable;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;

/**
 * One control ring (layout and ordering on {@link ControlRingDescriptor}): a flyweight over the
 * ring's slice of the region, created once per ring and reused; sending and polling allocate
 * nothing (see {@link #poll} for the views handed to handlers).
 *
 * <pre>{@code
 * ControlRing[] rings = ControlRing.sliceAll(region, controlOffset, controlStride, controlPerReader, readerSlots);
 * // reader owning slot i (one thread):
 * ControlSendResult res = rings[i].send(TlvType.CONTROL_USER, payload);   // SENT, FULL or TOO_LARGE
 * // producer (one thread):
 * int n = rings[i].poll(i, readerId, handler, 64);                          // consumes
 * if (rings[i].fault() != ControlRing.Fault.NONE) { ...report, the ring delivers nothing more... }
 * // read-only inspector:
 * int m = rings[i].peek(i, readerId, handler, Integer.MAX_VALUE);           // does not consume
 * }</pre>
 *
 * <h2>Threads</h2>
 * A ring has exactly one sending thread: the reader owning the slot ({@link #send}), and one
 * consuming thread: the producer ({@link #poll}, {@link #discardPending}). The sender's methods
 * read and write no field of this object, so one instance may serve one sender and one poller at
 * the same time. Two threads sending through one ring at once break the single-writer rule: they
 * can write the same bytes and publish each other's half-written records, which the producer
 * delivers as garbage or reports as a {@link Fault}; callers that share a ring between threads
 * (a client used from several threads) must serialise their sends. {@link #poll} and
 * {@link #peek} use this object's view cache and fault state: one thread at a time.
 *
 * <h2>Ordering</h2>
 * <ul>
 *   <li>{@link #send}: own {@code w} plain load; {@code r} acquire load (pairs with the
 *       producer's release store of {@code r}, so the space it frees is no longer being read);
 *       record bytes plain stores; {@code w} release store (pairs with the producer's acquire load
 *       of {@code w}, making the bytes visible).</li>
 *   <li>{@link #poll}: {@code w} acquire load once (messages after it wait for the next poll);
 *       {@code r} acquire load (its own counter, so plain would do; the walk is shared with
 *       {@link #peek}, for which it is another process's counter); record bytes plain loads;
 *       {@code r} release store once at the end (pairs with the sender's acquire load of
 *       {@code r}), skipped when nothing was consumed.</li>
 *   <li>{@link #peek}: {@code w} then {@code r} acquire loads; record bytes plain loads; no store.</li>
 * </ul>
 *
 * <h2>What is not trusted</h2>
 * Counters and record headers come from another process. Every record is checked to lie within
 * the message area and within {@code [r, w)} before a byte of it is read; lengths are unsigned and
 * computed in 64 bits, so a length near 2^32 cannot wrap the arithmetic. Counters with
 * {@code w - r > capacity - 16} (unsigned; it also covers {@code r > w}) or a record that breaks
 * these rules make the ring <em>faulted</em>: the poll stops, keeps what it already delivered,
 * and the ring delivers nothing further until {@link #discardPending} (the producer calls it when
 * the slot changes owner). Other rings are separate objects and are not affected.
 *
 * <p>Counters are 64-bit and count bytes; they would wrap after 2^64 bytes (centuries at any
 * real rate), which this class does not handle.
 */
public final class ControlRing {

    /** Why a ring stopped delivering. */
    public enum Fault {
        /** The ring is consistent. */
        NONE("consistent"),
        /** {@code w - r} (unsigned) exceeds the message area, or {@code r > w}. */
        COUNTERS_INCONSISTENT("its counters are inconsistent (w - r exceeds the message area, or r is ahead of w)"),
        /** A record's length runs past the end of the message area. */
        RECORD_PAST_AREA_END("a record's length runs past the end of the ring"),
        /** A record extends beyond the published write counter. */
        RECORD_PAST_WRITE_COUNTER("a record extends beyond the write counter");

        private final String description;

        Fault(String description) {
            this.description = description;
        }

        /** Human-readable cause, for error messages. */
        public String description() {
            return description;
        }
    }

    /** Record positions the view cache distinguishes (more positions share sets). */
    private static final int MAX_VIEW_SETS = 256;
    /** Lengths cached per record position. */
    private static final int VIEW_WAYS = 4;

    private final MemorySegment ring;
    private final MemorySegment readOnlyRing;
    private final int capacity;
    private final int area;
    private final int maxMessageLength;

    // Consumer-side state (poll/peek thread only).
    private Fault fault = Fault.NONE;
    private long faultReaderId;
    private Fault peekFault = Fault.NONE;
    private long cursor;
    private Fault walkFault = Fault.NONE;
    private MemorySegment[] views;
    private long[] viewOffsets;
    private int[] viewLengths;
    private byte[] nextWay;
    private int setMask;

    /**
     * Wraps the ring at the start of {@code ring}.
     *
     * @param ring     the ring's bytes (at least {@code capacity}), 8-byte aligned; may be read-only
     *                 for {@link #peek}
     * @param capacity {@code control_per_reader}: ring bytes including the 16 bytes of counters
     * @throws ShmxException if the capacity leaves no message area or exceeds the segment, or the
     *                       segment is not 8-byte aligned
     */
    public ControlRing(MemorySegment ring, int capacity) {
        Objects.requireNonNull(ring, "ring");
        if (capacity < ControlRingDescriptor.MIN_CAPACITY) {
            throw new ShmxException("[ShmxControlCapacity] control ring capacity (control_per_reader) is "
                    + Integer.toUnsignedString(capacity) + " bytes; it must exceed the 16 bytes of its counters"
                    + " (at least " + ControlRingDescriptor.MIN_USEFUL_CAPACITY + " to hold a message) and stay below 2^31;"
                    + " configure a larger control_per_reader, or 0 for no control rings");
        }
        if (capacity > ring.byteSize()) {
            throw new ShmxException("[ShmxControlBounds] control ring capacity " + capacity
                    + " exceeds its " + ring.byteSize() + "-byte slice of the region; control_stride must be"
                    + " at least control_per_reader (the region's header is inconsistent)");
        }
        if (ring.maxByteAlignment() < Long.BYTES) {
            throw new ShmxException("[ShmxControlAlignment] control ring segment at address 0x"
                    + Long.toHexString(ring.address()) + " is not 8-byte aligned; its counters need atomic access;"
                    + " pass a native or mapped segment sliced at a multiple of 8");
        }
        this.ring = ring;
        this.readOnlyRing = ring.asReadOnly();
        this.capacity = capacity;
        this.area = ControlRingDescriptor.areaLength(capacity);
        this.maxMessageLength = ControlRingDescriptor.maxMessageLength(capacity);
    }

    /**
     * The rings of a region: ring {@code i} is the {@code capacity} bytes at
     * {@code controlOffset + i * controlStride}.
     *
     * @return one ring per reader slot, or an empty array when {@code capacity == 0} (no rings)
     * @throws ShmxException if the rings do not lie within the region or a ring is invalid
     */
    public static ControlRing[] sliceAll(MemorySegment region, long controlOffset, long controlStride,
                                         long capacity, int count) {
        if (capacity == 0) {
            return new ControlRing[0];
        }
        if (count < 0 || controlOffset < 0 || controlStride < capacity || capacity > Integer.MAX_VALUE
                || controlOffset > region.byteSize()
                || (count > 0 && (region.byteSize() - controlOffset) / count < controlStride)) {
            throw new ShmxException("[ShmxControlBounds] " + count + " control rings of " + capacity
                    + " bytes at offset " + controlOffset + " with stride " + controlStride
                    + " do not fit the " + region.byteSize() + "-byte region (or the stride is below the capacity);"
                    + " the region's header is inconsistent: recreate the channel");
        }
        ControlRing[] rings = new ControlRing[count];
        for (int i = 0; i < count; i++) {
            rings[i] = new ControlRing(region.asSlice(controlOffset + i * controlStride, controlStride), (int) capacity);
        }
        return rings;
    }

    /** Ring bytes including the counters ({@code control_per_reader}). */
    public int capacity() {
        return capacity;
    }

    /** The largest message (data bytes) this ring can ever hold; -1 if none fits. */
    public int maxMessageLength() {
        return maxMessageLength;
    }

    /** The ring's bytes. */
    public MemorySegment segment() {
        return ring;
    }

    /** The read counter, acquire load (pairs with the producer's release store). */
    public long readCounterAcquire() {
        return (long) COUNTER_HANDLE.getAcquire(ring, READ_COUNTER_OFFSET);
    }

    /** The write counter, acquire load (pairs with the sender's release store). */
    public long writeCounterAcquire() {
        return (long) COUNTER_HANDLE.getAcquire(ring, WRITE_COUNTER_OFFSET);
    }

    /** Whether every byte sent has been consumed ({@code r == w}, both acquire loads). */
    public boolean isEmpty() {
        return readCounterAcquire() == writeCounterAcquire();
    }

    // ------------------------------------------------------------------ sender side

    /**
     * Sends one message (the owning reader's thread only). Allocates nothing.
     *
     * <p>Nothing of the message is written unless the result is SENT. One case writes padding
     * without sending: a message longer than both the space left before the ring's end and the
     * space from its beginning up to the write position can never be placed at that position.
     * Then the sender writes the end padding and moves {@code w} to the ring's beginning (as the
     * spec's send does before every wrap) and returns FULL, so that a retry after the producer
     * has polled finds the room; without it such a message would be FULL forever, even in an
     * empty ring. Counters found inconsistent also give FULL (with nothing written); the
     * producer reports them as a {@link Fault}.
     *
     * @param type non-zero message type (0 marks padding)
     * @param data the message bytes (any segment, possibly empty)
     * @return {@link ControlSendResult#SENT}; {@link ControlSendResult#FULL} if there is no room
     *         now (retry after the producer polls); {@link ControlSendResult#TOO_LARGE} if the
     *         message can never fit ({@link #maxMessageLength()})
     * @throws IllegalArgumentException if {@code type == 0}
     */
    public ControlSendResult send(int type, MemorySegment data) {
        return send(type, data, null, 0, data.byteSize());
    }

    /**
     * Sends {@code length} bytes of {@code data} from {@code offset} (the owning reader's thread
     * only). Allocates nothing. Results as {@link #send(int, MemorySegment)}.
     */
    public ControlSendResult send(int type, byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        return send(type, null, data, offset, length);
    }

    private ControlSendResult send(int type, MemorySegment fromSegment, byte[] fromArray, int fromOffset, long length) {
        if (type == PADDING_TYPE) {
            throw new IllegalArgumentException("[ShmxControlType] control message type 0 is reserved for ring"
                    + " padding and would never be delivered; use a non-zero type such as TlvType.CONTROL_USER (0x3000)");
        }
        if (length > maxMessageLength) {
            return ControlSendResult.TOO_LARGE;
        }
        long need = recordLength(length);
        long w = (long) COUNTER_HANDLE.get(ring, WRITE_COUNTER_OFFSET);
        long r = (long) COUNTER_HANDLE.getAcquire(ring, READ_COUNTER_OFFSET);
        long used = w - r;
        if (Long.compareUnsigned(used, area) > 0) {
            return ControlSendResult.FULL; // inconsistent counters: the producer reports the fault
        }
        long pos = Long.remainderUnsigned(w, area);
        long toEnd = area - pos;
        if (need > toEnd) {
            if (used + toEnd + need > area) {
                if (toEnd + need > area && used + toEnd <= area) {
                    w = writeEndPadding(w, pos, toEnd); // the only way this message can ever fit
                }
                return ControlSendResult.FULL;
            }
            w = writeEndPadding(w, pos, toEnd);
            pos = 0;
        } else if (used + need > area) {
            return ControlSendResult.FULL;
        }
        long at = HEADER_LENGTH + pos;
        ring.set(TLV_FIELD, at + TLV_TYPE_OFFSET, type);
        ring.set(TLV_FIELD, at + TLV_LENGTH_OFFSET, (int) length);
        if (fromArray != null) {
            MemorySegment.copy(fromArray, fromOffset, ring, ValueLayout.JAVA_BYTE, at + TLV_HEADER_LENGTH, (int) length);
        } else {
            MemorySegment.copy(fromSegment, 0, ring, at + TLV_HEADER_LENGTH, length);
        }
        COUNTER_HANDLE.setRelease(ring, WRITE_COUNTER_OFFSET, w + need);
        return ControlSendResult.SENT;
    }

    /** Writes the padding record from {@code pos} to the area's end (if 8 bytes remain), publishes w at the wrap point. */
    private long writeEndPadding(long w, long pos, long toEnd) {
        if (toEnd >= TLV_HEADER_LENGTH) {
            long at = HEADER_LENGTH + pos;
            ring.set(TLV_FIELD, at + TLV_TYPE_OFFSET, PADDING_TYPE);
            ring.set(TLV_FIELD, at + TLV_LENGTH_OFFSET, (int) (toEnd - TLV_HEADER_LENGTH));
        }
        long wrapped = w + toEnd;
        COUNTER_HANDLE.setRelease(ring, WRITE_COUNTER_OFFSET, wrapped);
        return wrapped;
    }

    // ------------------------------------------------------------------ producer side

    /**
     * Delivers up to {@code max} pending messages in ring order and consumes them (the producer's
     * thread only). Reads {@code w} once: messages published after that wait for the next poll.
     *
     * <p>{@code handler} gets a read-only view of the message bytes inside the ring, valid only
     * during the call (the space is reused once {@code r} is stored). Views are cached per record
     * position, up to four lengths each, so steady traffic allocates nothing; a (position, length)
     * pair not in the cache costs one small view object. If the
     * handler throws, the message it was given counts as consumed, {@code r} is stored, and the
     * exception propagates.
     *
     * @param readerIndex passed through to the handler
     * @param readerId    passed through to the handler (the sender, as the caller established)
     * @return how many messages were delivered (0 when the ring is faulted)
     */
    public int poll(int readerIndex, long readerId, ControlHandler handler, int max) {
        return pollUpTo(writeCounterAcquire(), readerIndex, readerId, handler, max);
    }

    /**
     * As {@link #poll}, but delivers only messages below {@code limit}, a write counter the caller
     * read earlier with {@link #writeCounterAcquire()}. This lets the caller check, between
     * reading the counter and delivering, that the bytes up to it were sent by the reader it
     * attributes them to ({@link ReaderSlotTable#pollControl} does).
     */
    public int pollUpTo(long limit, int readerIndex, long readerId, ControlHandler handler, int max) {
        Objects.requireNonNull(handler, "handler");
        if (fault != Fault.NONE || max <= 0) {
            return 0;
        }
        long r = readCounterAcquire();
        if (r == limit) {
            return 0;
        }
        int delivered = 0;
        try {
            delivered = walk(r, limit, readerIndex, readerId, handler, max);
            if (walkFault != Fault.NONE) {
                fault = walkFault;
                faultReaderId = readerId;
            }
        } finally {
            if (cursor != r) {
                COUNTER_HANDLE.setRelease(ring, READ_COUNTER_OFFSET, cursor);
            }
        }
        return delivered;
    }

    /**
     * Delivers up to {@code max} pending messages in ring order without consuming them: writes
     * nothing, so it works on a read-only mapping. Handler views as in {@link #poll}. On a live
     * ring this is a snapshot: a message the producer consumes meanwhile may show bytes the
     * sender already reused; the walk never leaves the ring. A problem found stops the walk and
     * is reported by {@link #peekFault()} (this call's outcome only; {@link #fault()} is untouched).
     *
     * @return how many messages were delivered
     */
    public int peek(int readerIndex, long readerId, ControlHandler handler, int max) {
        Objects.requireNonNull(handler, "handler");
        long limit = writeCounterAcquire();
        long r = readCounterAcquire();
        int delivered = walk(r, limit, readerIndex, readerId, handler, max);
        peekFault = walkFault;
        return delivered;
    }

    /**
     * Delivers the records in {@code [r, limit)}, checking each before reading it. Leaves the
     * position after the last record consumed in {@link #cursor} (updated before each handler
     * call, so it is right even if the handler throws) and the problem found in {@link #walkFault}.
     */
    private int walk(long r, long limit, int readerIndex, long readerId, ControlHandler handler, int max) {
        cursor = r;
        walkFault = Fault.NONE;
        if (Long.compareUnsigned(limit - r, area) > 0) {
            walkFault = Fault.COUNTERS_INCONSISTENT;
            return 0;
        }
        int delivered = 0;
        while (cursor != limit && delivered < max) {
            long pos = Long.remainderUnsigned(cursor, area);
            long toEnd = area - pos;
            long remaining = limit - cursor;
            if (toEnd < TLV_HEADER_LENGTH) {
                if (remaining < toEnd) {
                    walkFault = Fault.RECORD_PAST_WRITE_COUNTER;
                    break;
                }
                cursor += toEnd; // a tail too short for a record header: the sender skipped it
                continue;
            }
            if (remaining < TLV_HEADER_LENGTH) {
                walkFault = Fault.RECORD_PAST_WRITE_COUNTER;
                break;
            }
            long at = HEADER_LENGTH + pos;
            int type = ring.get(TLV_FIELD, at + TLV_TYPE_OFFSET);
            long length = Integer.toUnsignedLong(ring.get(TLV_FIELD, at + TLV_LENGTH_OFFSET));
            boolean fits = length <= toEnd - TLV_HEADER_LENGTH && recordLength(length) <= toEnd;
            long step;
            if (fits) {
                step = recordLength(length);
            } else if (type == PADDING_TYPE) {
                step = toEnd; // end padding: skip to the ring's beginning
            } else {
                walkFault = Fault.RECORD_PAST_AREA_END;
                break;
            }
            if (step > remaining) {
                walkFault = Fault.RECORD_PAST_WRITE_COUNTER;
                break;
            }
            cursor += step;
            if (type != PADDING_TYPE) {
                delivered++;
                handler.onMessage(readerIndex, readerId, type, view(at + TLV_HEADER_LENGTH, (int) length));
            }
        }
        return delivered;
    }

    /**
     * Drops every pending message ({@code r = w}, release store) and clears the fault: the
     * producer calls it when the slot's owner is gone (reaped, or faulted and replaced), so that
     * the next owner's messages are not mixed with the previous owner's.
     */
    public void discardPending() {
        COUNTER_HANDLE.setRelease(ring, READ_COUNTER_OFFSET, writeCounterAcquire());
        fault = Fault.NONE;
        faultReaderId = 0;
    }

    /** Why {@link #poll} stopped delivering, or {@link Fault#NONE}. Sticky until {@link #discardPending}. */
    public Fault fault() {
        return fault;
    }

    /** The reader id passed to the poll that found the fault (0 when none). */
    public long faultReaderId() {
        return faultReaderId;
    }

    /** The outcome of the last {@link #peek}. */
    public Fault peekFault() {
        return peekFault;
    }

    /**
     * A read-only view of {@code [offset, offset + length)} of the ring. Views are cached by record
     * position (set), up to {@link #VIEW_WAYS} lengths per position, replaced round-robin: steady
     * traffic of a few message sizes finds its views after the first laps.
     */
    private MemorySegment view(long offset, int length) {
        if (views == null) {
            int positions = area / ControlRingDescriptor.RECORD_ALIGNMENT + 2;
            int sets = Math.min(MAX_VIEW_SETS, Integer.highestOneBit(positions - 1) << 1);
            views = new MemorySegment[sets * VIEW_WAYS];
            viewOffsets = new long[sets * VIEW_WAYS];
            viewLengths = new int[sets * VIEW_WAYS];
            nextWay = new byte[sets];
            setMask = sets - 1;
        }
        int set = (int) (offset >>> 4) & setMask;
        int base = set * VIEW_WAYS;
        for (int i = base; i < base + VIEW_WAYS; i++) {
            MemorySegment v = views[i];
            if (v == null) {
                break; // ways fill in order: no more entries in this set
            }
            if (viewOffsets[i] == offset && viewLengths[i] == length) {
                return v;
            }
        }
        int victim = base + nextWay[set];
        nextWay[set] = (byte) ((nextWay[set] + 1) & (VIEW_WAYS - 1));
        MemorySegment v = readOnlyRing.asSlice(offset, length);
        views[victim] = v;
        viewOffsets[victim] = offset;
        viewLengths[victim] = length;
        return v;
    }
}
