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
 *  |         in_use (u32)          | pad (u32): claim state + gen  | 24
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
 * <p><b>The claim word.</b> {@code in_use} and the {@code pad} word after it, read together as one
 * little-endian u64 at offset 24, are this library's <em>claim word</em>. 2.0 peers CAS
 * {@code in_use} alone (a 4-byte CAS) and store 0 into it to free a slot; they never touch
 * {@code pad}. This library keeps in {@code pad} the state of its own claims and a generation that
 * every claim of this library advances:
 *
 * <pre>
 *   pad: 31                                        3 2     0
 *       +-------------------------------------------+-------+
 *       |          claim generation (29 bits)       | state |
 *       +-------------------------------------------+-------+
 *   state: 0 NONE      free, or held by a 2.0 peer (whose claims leave pad as they found it)
 *          1 CLAIMING  a claim of this library under way: not yet the claimer's
 *          2 OWNED     the claim committed: the slot is the claimer's
 *          3 RETIRING  the producer is retiring an abandoned claim
 *          4 FREEING   the winner of the slot's id is freeing it (and has uncounted it, or will)
 * </pre>
 *
 * Every change of a Java claim's state is one 8-byte CAS of the whole word, so a claimer's commit
 * (CLAIMING -> OWNED) and the producer's retirement of the same claim (CLAIMING -> RETIRING) can
 * never both succeed, however long either party stalls; the generation makes a word from an
 * earlier claim of the slot never equal to a later one's. The 8-byte CAS and the 2.0 peers' 4-byte
 * accesses overlap in memory, which x86-64 and AArch64 keep coherent (mixed-size atomics); the
 * Java memory model does not describe them, the hardware does.
 *
 * <p><b>Who writes what, and how.</b> (The full protocol is on {@link ReaderSlotTable}.)
 * <ul>
 *   <li>claim word ({@code in_use} + {@code pad}): CAS FREE -> (1, generation + 1, CLAIMING) by a
 *       claiming reader, CAS CLAIMING -> OWNED by the same reader to commit; CAS
 *       (in use, any) -> (1, same generation, FREEING) by whoever won the id, before it uncounts
 *       the slot, and release store of (0, same generation, NONE) as its last step; CAS ->
 *       RETIRING and release store of (0, generation, NONE) by the producer retiring an abandoned
 *       claim. Read with acquire loads. ({@code in_use} alone: 4-byte CAS
 *       0 -> 1 and release store of 0 by 2.0 peers.)</li>
 *   <li>{@code reader_id}: CAS of the value it found -> the new id by the claimer, after it
 *       committed and after every other field of the claim (the id is the ownership token and
 *       publishes them); CAS id -> 0 by whoever frees the slot (the owner's release, the producer
 *       completing a detach, the reaper, a claimer that finds it was reaped while publishing):
 *       exactly one of them wins.</li>
 *   <li>{@code heartbeat}: CAS of the value it found -> now by the claimer after it committed and
 *       before it publishes the id; CAS previous -> now by the owner (each success proves the
 *       slot was not reaped); CAS stale -> 0 by the reaper before it takes the id, so a reap and a
 *       heartbeat never both succeed; CAS of the value found -> 0 by whoever frees the slot.</li>
 *   <li>{@code last_frame_seen}: CAS of the value it found before its heartbeat -> the frame id
 *       by the owner, after a successful heartbeat; CAS of the value found -> 0 by the claimer
 *       and by whoever frees the slot.</li>
 *   <li>{@code detaching_id}: release store by the owner when it leaves with messages unread;
 *       CAS of the value found -> 0 by the claimer and by whoever frees the slot.</li>
 *   <li>{@code readers_connected} (header): atomic add of 1 by a claimer that holds the slot
 *       (CLAIMING), before it commits (undone by the claimer if the commit fails); CAS decrement,
 *       stopping at 0, by whoever frees the slot once its CAS to FREEING succeeded, and by the
 *       producer retiring a committed claim, each before the slot is free again: the counter
 *       never exceeds the slots held.</li>
 * </ul>
 * Every write but the producer's clean-up of a claim it retired is conditional on the value the
 * writer found, so a party that stalls for longer than the reap timeout and resumes cannot
 * overwrite a later owner's fields with anything but a value that owner had itself. Every party
 * reads these fields with acquire loads.
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
    /** Offset of the pad word (u32): this library's claim state and generation. */
    public static final long PAD_OFFSET = 28;
    /** Offset of the claim word: in_use and pad read as one little-endian u64. */
    public static final long CLAIM_WORD_OFFSET = IN_USE_OFFSET;
    /** Claim state: free, or a 2.0 peer's claim. */
    public static final int STATE_NONE = 0;
    /** Claim state: a claim of this library under way. */
    public static final int STATE_CLAIMING = 1;
    /** Claim state: a committed claim of this library. */
    public static final int STATE_OWNED = 2;
    /** Claim state: the producer is retiring an abandoned claim. */
    public static final int STATE_RETIRING = 3;
    /** Claim state: the winner of the slot's id is freeing it. */
    public static final int STATE_FREEING = 4;
    private static final int STATE_BITS = 3;
    private static final int STATE_MASK = (1 << STATE_BITS) - 1;
    private static final int GENERATION_MASK = (1 << (32 - STATE_BITS)) - 1;
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

    /** A claim word: {@code in_use}, the claim generation (29 bits) and state. */
    public static long claimWord(int inUse, int generation, int state) {
        int pad = ((generation & GENERATION_MASK) << STATE_BITS) | (state & STATE_MASK);
        return Integer.toUnsignedLong(inUse) | ((long) pad << 32);
    }

    /** The {@code in_use} half of a claim word. */
    public static int inUse(long claimWord) {
        return (int) claimWord;
    }

    /** The claim state of a claim word ({@link #STATE_NONE} .. {@link #STATE_FREEING}; 5-7 are damage). */
    public static int state(long claimWord) {
        return (int) (claimWord >>> 32) & STATE_MASK;
    }

    /** The claim generation of a claim word. */
    public static int generation(long claimWord) {
        return (int) (claimWord >>> (32 + STATE_BITS)) & GENERATION_MASK;
    }

    /** Offset of slot {@code index} within the reader-slot array. */
    public static long slotOffset(int index) {
        return (long) index * SLOT_LENGTH;
    }
}
