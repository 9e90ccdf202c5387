package io.shmx.internal.frame;

import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.wire.Wire;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;

/**
 * The 64-byte FrameHeader at the start of every frame slot, and the seqlock protocol that
 * publishes frames into slots.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |                    session_id_copy (u64)                      | 0
 *  +---------------------------------------------------------------+
 *  |       frame_id (u64, atomic; 0 = empty or being written)      | 8
 *  +---------------------------------------------------------------+
 *  |                        sim_time (f64)                         | 16
 *  +---------------------------------------------------------------+
 *  |   payload_bytes (u32)         |   tlv_count (u32)             | 24
 *  |   checksum (u32)              |   padding (zero)              | 32
 *  +---------------------------------------------------------------+
 *  |                     reserved (2 x u64, zero)                  | 40
 *  +---------------------------------------------------------------+
 *  |               payload: frame stream TLVs ...                 ...  64
 * </pre>
 *
 * <h2>Seqlock protocol (SEQLOCK writers, ext flag {@link GlobalHeaderDescriptor#FLAG_SEQLOCK})</h2>
 * The producer is the only writer of a slot. For frame {@code fid} (1-based, contiguous) it uses
 * slot {@code slotOf(fid)}; {@code reserve_index}/{@code write_index} carry the low 32 bits of fid.
 * <ol>
 *   <li>{@link #beginWrite}: {@code reserve_index = fid} and {@code frame_id = 0} (plain stores),
 *       then a store-store fence, so the "in progress" mark is visible before any byte of the
 *       payload or header changes.</li>
 *   <li>Payload TLVs and header fields (sim time, sizes, checksum in compatibility mode; the
 *       session copy and the zero words with the slot's first frame only, as they never change):
 *       plain stores.</li>
 *   <li>{@link #publish}: a release fence (every store above before what follows), {@code frame_id =
 *       fid}, a release fence, then {@code frame_seq = fid} and {@code write_index = fid} (opaque,
 *       the publish's last store). Each fence followed by the store is a release store, with one
 *       compiler barrier less than three release stores.</li>
 * </ol>
 * The 64-bit words of the protocol ({@code frame_id}, {@code frame_seq}) are 8-aligned, and a plain
 * aligned 64-bit access is one instruction on every 64-bit JVM (the interpreter's and C1's too:
 * {@code Unsafe.putLongUnaligned} takes its aligned branch), so it cannot tear; the fences, not the
 * access modes, carry the ordering. Ordered accesses are kept off these paths because the JIT
 * treats each as a barrier for every memory access, after which it reloads the mapped segment's
 * bounds and liveness state for the next access.
 * Readers (pairing each acquire with the release above):
 * <ol>
 *   <li>{@code s = frame_seq} (acquire; pairs with step 3) names the newest published frame;
 *       its slot is {@code slotOf(s)}.</li>
 *   <li>{@link #frameIdAcquire} {@code f1}; 0 means "being written": try older slots.</li>
 *   <li>Read header fields and the TLV directory with plain loads, bounds-checking everything.</li>
 *   <li>{@link #validate}: a load-load (acquire) fence, then {@code f2 = frame_id} again (a plain
 *       load: nothing after it needs ordering); the read is consistent iff {@code f1 == f2 && f1 != 0}. If the writer had begun overwriting the slot,
 *       step 1 of its next write made {@code frame_id} 0 (and then a larger id) before any payload
 *       store, so {@code f2 != f1}.</li>
 * </ol>
 * A {@code Frame} handed to the user is checked the same way after use (read, then
 * {@link #validate}). Frame ids only grow, so {@code f2 == f1} cannot be an ABA.
 *
 * <h2>Original writers (no SEQLOCK flag)</h2>
 * The original library never marks a slot: it reserves with {@code ++reserve_index} (atomic), writes,
 * then publishes {@code frame_id} and {@code write_index}. A frame published under reservation
 * {@code w} stays untouched until reservation {@code w + slots} begins, so readers validate with
 * {@link #reservationIntact}: {@code (reserve_index - w) < slots} (unsigned 32-bit) after an acquire
 * fence, in addition to the frame's checksum, which is verified once per (slot, frame id,
 * reservation). {@code latest} takes {@code w} from {@code write_index}; {@code next}, which reads
 * older slots, takes the slot's newest settled reservation ({@code FrameReader.settledReservation}):
 * reservations run ahead of frame ids once the producer abandons one (begins a frame, never
 * publishes it), so a frame id never stands in for a reservation.
 *
 * <h2>32-bit indices</h2>
 * {@code write_index}/{@code reserve_index} are u32 and wrap after 2^32 frames. The slot is always
 * computed from the low 32 bits ({@link #slotOf}), exactly as the original does, so original readers
 * keep finding our frames across the wrap except for the single frame whose index is 0, which they
 * read as "no frame yet". SEQLOCK readers use the 64-bit {@code frame_seq} and are not affected.
 */
public final class FrameHeaderDescriptor {
    public static final int LENGTH = 64;

    public static final int SESSION_ID_COPY_OFFSET = 0;
    public static final int FRAME_ID_OFFSET = 8;
    public static final int SIM_TIME_OFFSET = 16;
    public static final int PAYLOAD_BYTES_OFFSET = 24;
    public static final int TLV_COUNT_OFFSET = 28;
    public static final int CHECKSUM_OFFSET = 32;
    public static final int PADDING_OFFSET = 36;
    public static final int RESERVED_OFFSET = 40;
    public static final int PAYLOAD_OFFSET = LENGTH;

    private FrameHeaderDescriptor() {}

    /** The slot of frame/reservation {@code n} (1-based): {@code (u32(n) - 1) mod slots}, unsigned. */
    public static int slotOf(long n, int slots) {
        return Integer.remainderUnsigned((int) n - 1, slots);
    }

    /**
     * {@link #slotOf}{@code (n)} given {@code slotOfM = slotOf(m)} for an earlier frame {@code m >= 1},
     * without the division when {@code m <= n < m + slots} and no wrap of the u32 index lies
     * between them (the common case: the next frame, or the same one); {@link #slotOf} otherwise.
     */
    public static int slotAfter(long n, long m, int slotOfM, int slots) {
        long d = n - m;
        if (m >= 1 && d >= 0 && d < slots && Integer.compareUnsigned((int) n - 1, (int) m - 1) >= 0) {
            int s = slotOfM + (int) d;
            return s >= slots ? s - slots : s;
        }
        return slotOf(n, slots);
    }

    /** A plain aligned 64-bit load of a slot's frame_id (one instruction, no tearing), for a caller that ordered it itself. */
    public static long frameIdPlain(MemorySegment region, long slotOffset) {
        return region.get(Wire.U64, slotOffset + FRAME_ID_OFFSET);
    }

    public static long frameIdAcquire(MemorySegment region, long slotOffset) {
        return (long) Wire.LONG.getAcquire(region, slotOffset + FRAME_ID_OFFSET);
    }

    /**
     * Writer step 1: mark the slot in progress before touching it. Both stores only need to be
     * visible before the slot's first new byte, which the store-store fence after them ensures
     * (the previous frame was published with release fences already): plain stores, frame_id an
     * aligned 64-bit one (no tearing, see above). {@code slot} is the slot's own segment.
     */
    public static void beginWrite(MemorySegment region, MemorySegment slot, long fid) {
        GlobalHeaderDescriptor.putReserveIndex(region, (int) fid);
        slot.set(Wire.U64, (long) FRAME_ID_OFFSET, 0L);
        VarHandle.storeStoreFence();
    }

    /**
     * Writer step 3: make frame {@code fid} visible. Two release fences: the first orders every
     * store of the frame before {@code frame_id}; the second orders {@code frame_id} before
     * {@code frame_seq} (read by SEQLOCK readers) and {@code write_index} (read by readers of the
     * original library), whose order between themselves no reader relies on. The stores after the
     * fences are plain aligned 64-bit stores, except the last ({@code write_index}, opaque), which
     * is not left for the JIT to sink. {@code slot} is the slot's own segment (header included).
     */
    public static void publish(MemorySegment region, MemorySegment slot, long fid) {
        VarHandle.releaseFence();
        slot.set(Wire.U64, (long) FRAME_ID_OFFSET, fid);
        VarHandle.releaseFence();
        GlobalHeaderDescriptor.putFrameSeqPlain(region, fid);
        GlobalHeaderDescriptor.putWriteIndexOpaque(region, (int) fid);
    }

    /** Reader step 4: after reading, is the slot still holding frame {@code f1}? */
    public static boolean validate(MemorySegment region, long slotOffset, long f1) {
        VarHandle.acquireFence();
        return f1 != 0 && frameIdPlain(region, slotOffset) == f1;
    }

    /**
     * For original writers: after reading, has reservation {@code w + slots} (the one that reuses
     * this slot) not begun yet?
     */
    public static boolean reservationIntact(MemorySegment region, int w, int slots) {
        VarHandle.acquireFence();
        int r = GlobalHeaderDescriptor.reserveIndexAcquire(region);
        return Integer.compareUnsigned(r - w, slots) < 0;
    }

    public static long sessionIdCopy(MemorySegment region, long slotOffset) {
        return region.get(Wire.U64, slotOffset + SESSION_ID_COPY_OFFSET);
    }

    public static double simTime(MemorySegment region, long slotOffset) {
        return region.get(Wire.F64, slotOffset + SIM_TIME_OFFSET);
    }

    /**
     * payload_bytes and tlv_count in one u64 load (payload_bytes in the low half); split it with
     * {@link #payloadBytesOf} and {@link #tlvCountOf}.
     */
    public static long sizes(MemorySegment region, long slotOffset) {
        return region.get(Wire.U64, slotOffset + PAYLOAD_BYTES_OFFSET);
    }

    public static long payloadBytesOf(long sizes) {
        return sizes & Wire.U32_MAX;
    }

    public static long tlvCountOf(long sizes) {
        return sizes >>> 32;
    }

    public static long payloadBytes(MemorySegment region, long slotOffset) {
        return Wire.u32(region, slotOffset + PAYLOAD_BYTES_OFFSET);
    }

    public static long tlvCount(MemorySegment region, long slotOffset) {
        return Wire.u32(region, slotOffset + TLV_COUNT_OFFSET);
    }

    public static long checksum(MemorySegment region, long slotOffset) {
        return Wire.u32(region, slotOffset + CHECKSUM_OFFSET);
    }

    /**
     * Writer step 2, the fields that are the same in every frame of a region: session_id_copy, and
     * zeros in checksum, padding and the reserved words (plain u64 stores). The producer is the
     * only writer of its slots, so it writes them into each slot once, with the slot's first frame.
     */
    public static void putConstantFields(MemorySegment region, long slotOffset, long sessionId) {
        region.set(Wire.U64, slotOffset + SESSION_ID_COPY_OFFSET, sessionId);
        region.set(Wire.U64, slotOffset + CHECKSUM_OFFSET, 0L); // checksum (u32) and padding (u32)
        region.set(Wire.U64, slotOffset + RESERVED_OFFSET, 0L);
        region.set(Wire.U64, slotOffset + RESERVED_OFFSET + 8, 0L);
    }

    /**
     * Writer step 2, the fields of this frame: sim_time, and payload_bytes with tlv_count (one u64
     * store); both sizes must fit a u32. Plain stores.
     */
    public static void putFrameFields(MemorySegment region, long slotOffset, double simTime, long payloadBytes,
                                      long tlvCount) {
        region.set(Wire.F64, slotOffset + SIM_TIME_OFFSET, simTime);
        region.set(Wire.U64, slotOffset + PAYLOAD_BYTES_OFFSET, (payloadBytes & Wire.U32_MAX) | tlvCount << 32);
    }

    /** Writer step 2 in compatibility mode: the payload's checksum (plain u32 store). */
    public static void putChecksum(MemorySegment region, long slotOffset, long checksum) {
        Wire.putU32(region, slotOffset + CHECKSUM_OFFSET, checksum);
    }
}
