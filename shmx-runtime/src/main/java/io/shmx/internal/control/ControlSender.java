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

import io.shmx.ControlSendResult;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;

/**
 * The send protocol of one control ring ({@link ControlRing#sender()}): the reader owning the
 * ring's slot writes a record and publishes it.
 *
 * <p>Ordering: own {@code w} plain load (while the slot is this reader's only it writes
 * {@code w}); {@code r} acquire load (pairs with the producer's release store of {@code r}, so the
 * space it frees is no longer being read); record bytes plain stores; {@code w} compare-and-set
 * from the value loaded (a volatile write: it pairs with the producer's acquire load of {@code w},
 * making the bytes visible).
 *
 * <p><b>Fence.</b> When the producer frees the slot it takes the slot's id, then moves {@code w}
 * on by CAS ({@link ControlPoller#fenceAndDiscard}). A sender loads {@code w} (acquire) before it
 * checks that it owns the slot (acquire load of the id) and publishes with a CAS from that value
 * ({@link #send(long, int, MemorySegment)}): if its check saw its id, its load of {@code w}
 * preceded the fence, so a sender that stalls past the reap timeout anywhere after its check (its
 * slot freed and maybe claimed again meanwhile) fails its CAS: its message is never published, so
 * never delivered in the name of the slot's next owner, and the send returns FULL; the caller
 * re-checks that it still owns the slot and, finding it does not, re-attaches.
 *
 * <p>One sending thread per ring. This object has no mutable state (every field is final), so the
 * sender and the producer's {@link ControlPoller} never share a field of the JVM heap; two threads
 * sending through one ring at once would break the single-writer rule of the ring's bytes, which
 * callers must prevent (ShmxClient serialises its sends).
 */
public final class ControlSender {
    private final MemorySegment ring;
    private final int area;
    private final int maxMessageLength;

    ControlSender(MemorySegment ring, int area, int maxMessageLength) {
        this.ring = ring;
        this.area = area;
        this.maxMessageLength = maxMessageLength;
    }

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
     * producer reports them as a {@link ControlPoller.Fault}. So does a ring the producer fenced
     * because the slot was freed under the sender (see "Fence" above).
     *
     * @param type non-zero message type (0 marks padding)
     * @param data the message bytes (any segment, possibly empty)
     * @return {@link ControlSendResult#SENT}; {@link ControlSendResult#FULL} if there is no room
     *         now (retry after the producer polls); {@link ControlSendResult#TOO_LARGE} if the
     *         message can never fit ({@link ControlRing#maxMessageLength()})
     * @throws IllegalArgumentException if {@code type == 0}
     */
    public ControlSendResult send(int type, MemorySegment data) {
        return send(ownWriteCounter(), type, data, null, 0, data.byteSize());
    }

    /**
     * As {@link #send(int, MemorySegment)}, publishing only if the write counter still holds
     * {@code writeCounter}: the value the caller loaded with {@link ControlRing#writeCounterAcquire()}
     * <em>before</em> it checked that it owns the slot. A producer that freed the slot after that
     * check has fenced the ring, so the send fails however long the caller stalled in between.
     */
    public ControlSendResult send(long writeCounter, int type, MemorySegment data) {
        return send(writeCounter, type, data, null, 0, data.byteSize());
    }

    /**
     * Sends {@code length} bytes of {@code data} from {@code offset} (the owning reader's thread
     * only). Allocates nothing. Results as {@link #send(int, MemorySegment)}.
     */
    public ControlSendResult send(int type, byte[] data, int offset, int length) {
        return send(ownWriteCounter(), type, data, offset, length);
    }

    /** As {@link #send(long, int, MemorySegment)}, from {@code length} bytes of {@code data} at {@code offset}. */
    public ControlSendResult send(long writeCounter, int type, byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        return send(writeCounter, type, null, data, offset, length);
    }

    /** The write counter, plain: while the slot is this sender's only it writes it. */
    private long ownWriteCounter() {
        return (long) COUNTER_HANDLE.get(ring, WRITE_COUNTER_OFFSET);
    }

    private ControlSendResult send(long w, int type, MemorySegment fromSegment, byte[] fromArray, int fromOffset,
                                   long length) {
        if (type == PADDING_TYPE) {
            throw new IllegalArgumentException("[ShmxControlType] control message type 0 is reserved for ring"
                    + " padding and would never be delivered; use a non-zero type such as TlvType.CONTROL_USER (0x3000)");
        }
        if (length > maxMessageLength) {
            return ControlSendResult.TOO_LARGE;
        }
        long need = recordLength(length);
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
                    writeEndPadding(w, pos, toEnd); // the only way this message can ever fit
                }
                return ControlSendResult.FULL;
            }
            if (!writeEndPadding(w, pos, toEnd)) {
                return ControlSendResult.FULL; // the producer fenced the ring: the slot is no longer this sender's
            }
            w += toEnd;
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
        return COUNTER_HANDLE.compareAndSet(ring, WRITE_COUNTER_OFFSET, w, w + need)
                ? ControlSendResult.SENT
                : ControlSendResult.FULL; // the producer fenced the ring: the slot is no longer this sender's
    }

    /**
     * Writes the padding record from {@code pos} to the area's end (if 8 bytes remain) and
     * publishes {@code w} at the wrap point by CAS from {@code w}; false when that CAS fails (the
     * producer fenced the ring).
     */
    private boolean writeEndPadding(long w, long pos, long toEnd) {
        if (toEnd >= TLV_HEADER_LENGTH) {
            long at = HEADER_LENGTH + pos;
            ring.set(TLV_FIELD, at + TLV_TYPE_OFFSET, PADDING_TYPE);
            ring.set(TLV_FIELD, at + TLV_LENGTH_OFFSET, (int) (toEnd - TLV_HEADER_LENGTH));
        }
        return COUNTER_HANDLE.compareAndSet(ring, WRITE_COUNTER_OFFSET, w, w + toEnd);
    }
}
