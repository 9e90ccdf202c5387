package io.shmx.internal.control;

import static io.shmx.internal.control.ControlRingDescriptor.COUNTER_HANDLE;
import static io.shmx.internal.control.ControlRingDescriptor.HEADER_LENGTH;
import static io.shmx.internal.control.ControlRingDescriptor.PADDING_TYPE;
import static io.shmx.internal.control.ControlRingDescriptor.READ_COUNTER_OFFSET;
import static io.shmx.internal.control.ControlRingDescriptor.TLV_FIELD;
import static io.shmx.internal.control.ControlRingDescriptor.TLV_HEADER_LENGTH;
import static io.shmx.internal.control.ControlRingDescriptor.TLV_LENGTH_OFFSET;
import static io.shmx.internal.control.ControlRingDescriptor.TLV_TYPE_OFFSET;
import static io.shmx.internal.control.ControlRingDescriptor.recordLength;

import io.shmx.ControlHandler;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * The poll protocol of one control ring ({@link ControlRing#poller()}): the producer reads the
 * records a reader sent and gives their space back; a read-only inspector walks them without
 * consuming ({@link #peek}).
 *
 * <h2>Ordering</h2>
 * <ul>
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
 * <h2>Threads</h2>
 * One consuming thread (the producer's) at a time: the fault state and the view cache below are
 * plain fields. Sending goes through the ring's {@link ControlSender}, which touches none of them.
 */
public final class ControlPoller {

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
    private final int area;

    // Consumer-side state (poll/peek thread only).
    private Fault fault = Fault.NONE;
    private long faultReaderId;
    private Fault peekFault = Fault.NONE;
    private long cursor;
    /**
     * A counter value and its position in the area ({@code Long.remainderUnsigned(posKey, area)}),
     * always a matching pair: a walk that starts where the previous one ended (the usual case: the
     * read counter is where the last poll left it) takes its position from here instead of a 64-bit
     * division.
     */
    private long posKey;
    private long posOfKey;
    private Fault walkFault = Fault.NONE;
    private MemorySegment[] views;
    private long[] viewOffsets;
    private int[] viewLengths;
    private byte[] nextWay;
    private int setMask;

    ControlPoller(MemorySegment ring, int area) {
        this.ring = ring;
        this.readOnlyRing = ring.asReadOnly();
        this.area = area;
    }

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
        return pollUpTo(ControlRingDescriptor.writeCounterAcquire(ring), readerIndex, readerId, handler, max);
    }

    /**
     * As {@link #poll}, but delivers only messages below {@code limit}, a write counter the caller
     * read earlier with {@link ControlRing#writeCounterAcquire()}. This lets the caller check, between
     * reading the counter and delivering, that the bytes up to it were sent by the reader it
     * attributes them to ({@link io.shmx.internal.readers.ReaderSlotReaper#pollControl} does).
     */
    public int pollUpTo(long limit, int readerIndex, long readerId, ControlHandler handler, int max) {
        Objects.requireNonNull(handler, "handler");
        if (fault != Fault.NONE || max <= 0) {
            return 0;
        }
        long r = ControlRingDescriptor.readCounterAcquire(ring);
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
        long limit = ControlRingDescriptor.writeCounterAcquire(ring);
        long r = ControlRingDescriptor.readCounterAcquire(ring);
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
        long pos = cursor == posKey ? posOfKey : Long.remainderUnsigned(cursor, area);
        while (cursor != limit && delivered < max) {
            long toEnd = area - pos;
            long remaining = limit - cursor;
            if (toEnd < TLV_HEADER_LENGTH) {
                if (remaining < toEnd) {
                    walkFault = Fault.RECORD_PAST_WRITE_COUNTER;
                    break;
                }
                cursor += toEnd; // a tail too short for a record header: the sender skipped it
                pos = 0;
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
            pos = step == toEnd ? 0 : pos + step; // step <= toEnd: the position wraps exactly at the end
            posKey = cursor;
            posOfKey = pos;
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
    /**
     * Fences the ring against its former sender and drops its unread messages (the producer, when
     * it frees the ring's slot): moves {@code w} by CAS to the beginning of the next lap of the
     * message area (a position every sender and reader already knows), then {@code r} to it. A
     * sender of the former owner that is still in the middle of a send fails its CAS of
     * {@code w} from then on (see {@link ControlSender}).
     */
    public void fenceAndDiscard() {
        while (true) {
            long w = ControlRingDescriptor.writeCounterAcquire(ring);
            long toLapEnd = area - Long.remainderUnsigned(w, area);
            if (COUNTER_HANDLE.compareAndSet(ring, ControlRingDescriptor.WRITE_COUNTER_OFFSET, w, w + toLapEnd)) {
                break;
            }
        }
        discardPending();
    }

    public void discardPending() {
        COUNTER_HANDLE.setRelease(ring, READ_COUNTER_OFFSET, ControlRingDescriptor.writeCounterAcquire(ring));
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
