package io.shmx.internal.readers;

import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte layout of one reader slot of the shmx 2.0 format (64 bytes, 64-aligned), and of the
 * {@code readers_connected} counter of the global header.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |                     reader_id (u64, 0 = none)                 |  0
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |             heartbeat (u64, CLOCK_MONOTONIC ns, 0 = none)     |  8
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |                     last_frame_seen (u64)                     | 16
 *  |                                                               |
 *  +-------------------------------+-------------------------------+
 *  |         in_use (u32)          |          pad (u32)            | 24
 *  +-------------------------------+-------------------------------+
 *  |              detaching_id (u64, reserved[0] of 2.0)           | 32
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |                  reserved[1..3] (3 x u64, zero)               | 40
 *  ...                                                           ...
 *  +---------------------------------------------------------------+ 64
 * </pre>
 *
 * <p>{@code detaching_id} is this library's addition inside the reserved words, which 2.0 peers
 * neither read nor write: a slot is <em>detaching</em> when {@code in_use != 0},
 * {@code reader_id != 0} and {@code detaching_id == reader_id}. Tying the mark to the id keeps a
 * stale mark harmless: a peer that claims the slot without clearing the word gets a new random id.
 *
 * <p><b>Who writes what, and how.</b> (The full protocol is on {@link ReaderSlotTable}.)
 * <ul>
 *   <li>{@code in_use}: compare-and-set 0 -> 1 by a claiming reader; release store of 0 by the
 *       party that freed the slot, as its very last write.</li>
 *   <li>{@code reader_id}: release store of the new id by the claimer, after every other field
 *       of the claim (the id is the ownership token and publishes them); compare-and-set
 *       id -> 0 by whoever frees the slot (the owner's release, the producer completing a
 *       detach, the reaper): exactly one of them wins.</li>
 *   <li>{@code heartbeat}: release store by the claimer before it publishes the id (a reader
 *       that acquires this value then sees the previous owner's id gone); compare-and-set
 *       previous -> now by the owner (each success proves the slot was not reaped);
 *       compare-and-set stale -> 0 by the reaper before it takes the id, so a reap and a
 *       heartbeat never both succeed; plain store of 0 by whoever frees the slot.</li>
 *   <li>{@code last_frame_seen}: opaque store by the owner after a successful heartbeat, or,
 *       between heartbeats, after it checked (acquire load) that {@code reader_id} is still its
 *       id.</li>
 *   <li>{@code detaching_id}: release store by the owner when it leaves with messages unread;
 *       zeroed (plain) by the claimer and by whoever frees the slot.</li>
 *   <li>{@code readers_connected} (header): atomic add of 1 by a claimer before it publishes the
 *       id; CAS decrement, stopping at 0, by whoever frees the slot.</li>
 * </ul>
 * Plain stores are published by the release store that follows them (the id on a claim,
 * {@code in_use = 0} on a free). Every other party reads these fields with acquire loads.
 */
public final class ReaderSlotDescriptor {
    /** Bytes of one reader slot ({@code reader_slot_stride}). */
    public static final int SLOT_LENGTH = 64;
    /** Offset of reader_id (u64). */
    public static final long READER_ID_OFFSET = 0;
    /** Offset of heartbeat (u64). */
    public static final long HEARTBEAT_OFFSET = 8;
    /** Offset of last_frame_seen (u64). */
    public static final long LAST_FRAME_SEEN_OFFSET = 16;
    /** Offset of in_use (u32). */
    public static final long IN_USE_OFFSET = 24;
    /** Offset of the pad word (u32), left untouched. */
    public static final long PAD_OFFSET = 28;
    /** Offset of detaching_id (u64, the first reserved word of the 2.0 slot). */
    public static final long DETACHING_ID_OFFSET = 32;
    /** Offset of the reserved words. */
    public static final long RESERVED_OFFSET = 32;
    /** Value of in_use for a claimed slot. */
    public static final int IN_USE = 1;
    /** Value of in_use for a free slot. */
    public static final int FREE = 0;

    /** Little-endian u64 field, 8-byte aligned. */
    static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** Little-endian u32 field, 4-byte aligned. */
    static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** {@code (MemorySegment, long offset) -> long}. */
    static final VarHandle U64_HANDLE = U64.varHandle();
    /** {@code (MemorySegment, long offset) -> int}. */
    static final VarHandle U32_HANDLE = U32.varHandle();

    private ReaderSlotDescriptor() {}

    /** Offset of slot {@code index} within the reader-slot array. */
    public static long slotOffset(int index) {
        return (long) index * SLOT_LENGTH;
    }
}
