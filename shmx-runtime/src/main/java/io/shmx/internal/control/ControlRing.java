package io.shmx.internal.control;

import io.shmx.ShmxException;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * One control ring of a region (bytes and ordering on {@link ControlRingDescriptor}): its slice of
 * the region, checked once, and its two ends, each created once and reused; sending and polling
 * allocate nothing (see {@link ControlPoller#poll} for the views handed to handlers).
 *
 * <pre>{@code
 * ControlRing[] rings = ControlRing.sliceAll(region, controlOffset, controlStride, controlPerReader, readerSlots);
 * // reader owning slot i (one thread):
 * ControlSendResult res = rings[i].sender().send(TlvType.CONTROL_USER, payload);  // SENT, FULL or TOO_LARGE
 * // producer (one thread):
 * int n = rings[i].poller().poll(i, readerId, handler, 64);                        // consumes
 * if (rings[i].poller().fault() != ControlPoller.Fault.NONE) { ...report, the ring delivers nothing more... }
 * // read-only inspector:
 * int m = rings[i].poller().peek(i, readerId, handler, Integer.MAX_VALUE);         // does not consume
 * }</pre>
 *
 * <h2>Threads</h2>
 * A ring has exactly one sending thread, the reader owning the slot ({@link ControlSender}), and
 * one consuming thread, the producer ({@link ControlPoller}). The sender has no mutable state, so
 * one ring may serve one sender and one poller at the same time. Two threads sending through one
 * ring at once break the single-writer rule: they can write the same bytes and publish each
 * other's half-written records, which the producer delivers as garbage or reports as a
 * {@link ControlPoller.Fault}; callers that share a ring between threads (a client used from
 * several threads) must serialise their sends.
 *
 * <p>Counters are 64-bit and count bytes; they would wrap after 2^64 bytes (centuries at any
 * real rate), which is not handled.
 */
public final class ControlRing {
    private final MemorySegment ring;
    private final int capacity;
    private final int maxMessageLength;
    private final ControlSender sender;
    private final ControlPoller poller;

    /**
     * Wraps the ring at the start of {@code ring}.
     *
     * @param ring     the ring's bytes (at least {@code capacity}), 8-byte aligned; may be read-only
     *                 for {@link ControlPoller#peek}
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
        this.capacity = capacity;
        this.maxMessageLength = ControlRingDescriptor.maxMessageLength(capacity);
        int area = ControlRingDescriptor.areaLength(capacity);
        this.sender = new ControlSender(ring, area, maxMessageLength);
        this.poller = new ControlPoller(ring, area);
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

    /** The send protocol: the reader owning the slot, one thread. */
    public ControlSender sender() {
        return sender;
    }

    /** The poll protocol: the producer (or a read-only inspector), one thread. */
    public ControlPoller poller() {
        return poller;
    }

    /** The ring's bytes. */
    public MemorySegment segment() {
        return ring;
    }

    /** The read counter, acquire load (pairs with the producer's release store). */
    public long readCounterAcquire() {
        return ControlRingDescriptor.readCounterAcquire(ring);
    }

    /** The write counter, acquire load (pairs with the sender's release store). */
    public long writeCounterAcquire() {
        return ControlRingDescriptor.writeCounterAcquire(ring);
    }

    /** Whether every byte sent has been consumed ({@code r == w}, both acquire loads). */
    public boolean isEmpty() {
        return readCounterAcquire() == writeCounterAcquire();
    }
}
