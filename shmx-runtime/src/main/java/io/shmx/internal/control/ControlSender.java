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
 * <p>Ordering: own {@code w} plain load (only this side writes it); {@code r} acquire load (pairs
 * with the producer's release store of {@code r}, so the space it frees is no longer being read);
 * record bytes plain stores; {@code w} release store (pairs with the producer's acquire load of
 * {@code w}, making the bytes visible).
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
     * producer reports them as a {@link ControlPoller.Fault}.
     *
     * @param type non-zero message type (0 marks padding)
     * @param data the message bytes (any segment, possibly empty)
     * @return {@link ControlSendResult#SENT}; {@link ControlSendResult#FULL} if there is no room
     *         now (retry after the producer polls); {@link ControlSendResult#TOO_LARGE} if the
     *         message can never fit ({@link ControlRing#maxMessageLength()})
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
}
