package io.shmx.internal.region;

import io.shmx.HeaderInfo;
import io.shmx.internal.frame.FrameHeaderDescriptor;
import io.shmx.internal.wire.Wire;
import java.lang.foreign.MemorySegment;

/**
 * The 128-byte GlobalHeader at offset 0 of every region, with this implementation's extensions in
 * the padding words.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |                 magic "HINA_SHM" (u64)       written LAST     | 0
 *  +---------------------------------------------------------------+
 *  |   ver_major (u32) = 2         |   ver_minor (u32) = 0         | 8
 *  +---------------------------------------------------------------+
 *  |   endianness 0x01020304       |   ext_flags (u32)   [EXT]     | 16
 *  +---------------------------------------------------------------+
 *  |                       session_id (u64)                        | 24
 *  +---------------------------------------------------------------+
 *  |   static_gen (u32, atomic)    |   ext_magic (u32)   [EXT]     | 32
 *  +---------------------------------------------------------------+
 *  |                       static_hash (u64)                       | 40
 *  +---------------------------------------------------------------+
 *  |   static_offset               |   static_bytes_cap            | 48
 *  |   static_bytes_used           |   slots                       | 56
 *  |   slot_stride                 |   slots_offset                | 64
 *  |   frame_bytes_cap             |   reader_slots                | 72
 *  |   reader_slot_stride = 64     |   readers_offset              | 80
 *  |   control_offset              |   control_per_reader          | 88
 *  |   control_stride              |   producer_pid (u32)  [EXT]   | 96
 *  +---------------------------------------------------------------+
 *  |                   frame_seq (u64, atomic)                     | 104
 *  +---------------------------------------------------------------+
 *  |   write_index (u32, atomic)   |   readers_connected (atomic)  | 112
 *  |   reserve_index (u32, atomic) |   reserved (u32, zero) [EXT]  | 120
 *  +---------------------------------------------------------------+
 * </pre>
 *
 * <h2>Extensions</h2>
 * The original library leaves offsets 20, 36, 100 and 124 zero and never reads them. This
 * implementation uses them; a region written by the original has zeros there, which reads as
 * "no extensions", i.e. exactly the original's semantics.
 * <ul>
 *   <li>36 {@code ext_magic}: {@link #EXT_MAGIC} when the words below are meaningful; any other
 *       value means they are ignored.</li>
 *   <li>20 {@code ext_flags}: {@link #FLAG_SEQLOCK}, {@link #FLAG_CHECKSUMS},
 *       {@link #FLAG_LIVENESS_LOCK}, {@link #FLAG_CLOSED}, {@link #FLAG_REPLACED}.</li>
 *   <li>100 {@code producer_pid}: the creating process id, for display only (liveness is the
 *       lock, never the pid, which can be reused).</li>
 *   <li>124: reserved, written zero.</li>
 * </ul>
 *
 * <h2>Who writes what</h2>
 * The producer writes every field. Creation writes all fields with plain stores, then
 * {@code magic} with a release store ({@link #putMagicRelease}); a reader loads {@code magic}
 * with acquire ({@link #magicAcquire}) before anything else, so it never sees a half-built header.
 * {@code frame_seq} and {@code write_index} are stored after a release fence (see
 * {@link FrameHeaderDescriptor#publish}), {@code static_gen} with release,
 * {@code reserve_index} with a plain store followed by a store-store fence, and all are read with
 * acquire (see {@link FrameHeaderDescriptor} for the publish order).
 * {@code ext_flags} is updated with an atomic OR (the producer sets CLOSED, a later producer sets
 * REPLACED on the old region) and read with acquire. {@code readers_connected} is raised by
 * a claiming reader with an atomic add and lowered with a CAS by whoever frees a slot (the
 * reader, or the producer completing a detach or reaping); see {@link io.shmx.internal.readers.ReaderSlotTable}.
 */
public final class GlobalHeaderDescriptor {
    public static final int LENGTH = 128;

    public static final long MAGIC = 0x48494E415F53484DL;
    public static final int VERSION_MAJOR = 2;
    public static final int VERSION_MINOR = 0;
    public static final int ENDIANNESS_TAG = 0x01020304;
    public static final int READER_SLOT_STRIDE = 64;

    public static final int MAGIC_OFFSET = 0;
    public static final int VER_MAJOR_OFFSET = 8;
    public static final int VER_MINOR_OFFSET = 12;
    public static final int ENDIANNESS_OFFSET = 16;
    public static final int EXT_FLAGS_OFFSET = 20;
    public static final int SESSION_ID_OFFSET = 24;
    public static final int STATIC_GEN_OFFSET = 32;
    public static final int EXT_MAGIC_OFFSET = 36;
    public static final int STATIC_HASH_OFFSET = 40;
    public static final int STATIC_OFFSET_OFFSET = 48;
    public static final int STATIC_BYTES_CAP_OFFSET = 52;
    public static final int STATIC_BYTES_USED_OFFSET = 56;
    public static final int SLOTS_OFFSET = 60;
    public static final int SLOT_STRIDE_OFFSET = 64;
    public static final int SLOTS_OFFSET_OFFSET = 68;
    public static final int FRAME_BYTES_CAP_OFFSET = 72;
    public static final int READER_SLOTS_OFFSET = 76;
    public static final int READER_SLOT_STRIDE_OFFSET = 80;
    public static final int READERS_OFFSET_OFFSET = 84;
    public static final int CONTROL_OFFSET_OFFSET = 88;
    public static final int CONTROL_PER_READER_OFFSET = 92;
    public static final int CONTROL_STRIDE_OFFSET = 96;
    public static final int PRODUCER_PID_OFFSET = 100;
    public static final int FRAME_SEQ_OFFSET = 104;
    public static final int WRITE_INDEX_OFFSET = 112;
    public static final int READERS_CONNECTED_OFFSET = 116;
    public static final int RESERVE_INDEX_OFFSET = 120;
    public static final int EXT_RESERVED_OFFSET = 124;

    /** "JSHX" read as a little-endian u32: marks the extension words as written by this implementation. */
    public static final int EXT_MAGIC = 0x5848534A;

    /** Frames are published with the seqlock protocol; {@code frame_seq} is the 64-bit truth. */
    public static final int FLAG_SEQLOCK = 1;
    /** Frame checksums are written (compatibility mode). */
    public static final int FLAG_CHECKSUMS = 1 << 1;
    /** The producer holds an exclusive lock on the region file for its lifetime (liveness). */
    public static final int FLAG_LIVENESS_LOCK = 1 << 2;
    /** The producer closed the channel; no more frames will come. */
    public static final int FLAG_CLOSED = 1 << 3;
    /** A newer region took this name; readers re-open by name. */
    public static final int FLAG_REPLACED = 1 << 4;

    private GlobalHeaderDescriptor() {}

    // --- ordered accessors ------------------------------------------------------------------

    public static long magicAcquire(MemorySegment region) {
        return (long) Wire.LONG.getAcquire(region, (long) MAGIC_OFFSET);
    }

    public static void putMagicRelease(MemorySegment region, long magic) {
        Wire.LONG.setRelease(region, (long) MAGIC_OFFSET, magic);
    }

    public static long frameSeqAcquire(MemorySegment region) {
        return (long) Wire.LONG.getAcquire(region, (long) FRAME_SEQ_OFFSET);
    }

    public static void putFrameSeqRelease(MemorySegment region, long seq) {
        Wire.LONG.setRelease(region, (long) FRAME_SEQ_OFFSET, seq);
    }

    /**
     * A plain aligned 64-bit store (one instruction, no tearing), for a caller that issued the
     * release fence itself and an ordered store after it ({@link FrameHeaderDescriptor#publish}).
     */
    public static void putFrameSeqPlain(MemorySegment region, long seq) {
        region.set(Wire.U64, (long) FRAME_SEQ_OFFSET, seq);
    }

    public static int writeIndexAcquire(MemorySegment region) {
        return (int) Wire.INT.getAcquire(region, (long) WRITE_INDEX_OFFSET);
    }

    public static void putWriteIndexRelease(MemorySegment region, int index) {
        Wire.INT.setRelease(region, (long) WRITE_INDEX_OFFSET, index);
    }

    /** For a caller that issued the release fence itself ({@link FrameHeaderDescriptor#publish}). */
    public static void putWriteIndexOpaque(MemorySegment region, int index) {
        Wire.INT.setOpaque(region, (long) WRITE_INDEX_OFFSET, index);
    }

    public static int reserveIndexAcquire(MemorySegment region) {
        return (int) Wire.INT.getAcquire(region, (long) RESERVE_INDEX_OFFSET);
    }

    /** Plain store; the caller orders it (see {@link FrameHeaderDescriptor#beginWrite}). */
    public static void putReserveIndex(MemorySegment region, int index) {
        Wire.INT.set(region, (long) RESERVE_INDEX_OFFSET, index);
    }

    public static int staticGenAcquire(MemorySegment region) {
        return (int) Wire.INT.getAcquire(region, (long) STATIC_GEN_OFFSET);
    }

    public static void putStaticGenRelease(MemorySegment region, int gen) {
        Wire.INT.setRelease(region, (long) STATIC_GEN_OFFSET, gen);
    }

    public static int staticBytesUsedAcquire(MemorySegment region) {
        return (int) Wire.INT.getAcquire(region, (long) STATIC_BYTES_USED_OFFSET);
    }

    public static void putStaticBytesUsedRelease(MemorySegment region, int used) {
        Wire.INT.setRelease(region, (long) STATIC_BYTES_USED_OFFSET, used);
    }

    public static int readersConnectedAcquire(MemorySegment region) {
        return (int) Wire.INT.getAcquire(region, (long) READERS_CONNECTED_OFFSET);
    }

    /** ext_flags when {@code ext_magic} marks them valid, else 0 (a region from the original library). */
    public static int extFlagsAcquire(MemorySegment region) {
        if (region.get(Wire.U32, EXT_MAGIC_OFFSET) != EXT_MAGIC) {
            return 0;
        }
        return (int) Wire.INT.getAcquire(region, (long) EXT_FLAGS_OFFSET);
    }

    /** Sets flag bits with an atomic OR (release semantics are implied by the volatile RMW). */
    public static void orExtFlagsAtomic(MemorySegment region, int bits) {
        Wire.INT.getAndBitwiseOr(region, (long) EXT_FLAGS_OFFSET, bits);
    }

    /** The producer pid stored by this implementation, or 0 when unknown. */
    public static long producerPid(MemorySegment region) {
        if (region.get(Wire.U32, EXT_MAGIC_OFFSET) != EXT_MAGIC) {
            return 0;
        }
        return Wire.u32(region, PRODUCER_PID_OFFSET);
    }

    public static long sessionId(MemorySegment region) {
        return region.get(Wire.U64, SESSION_ID_OFFSET);
    }

    /** A snapshot of every wire field (counters read with acquire). */
    public static HeaderInfo snapshot(MemorySegment region) {
        long magic = magicAcquire(region);
        return new HeaderInfo(
                magic,
                Wire.u32(region, VER_MAJOR_OFFSET),
                Wire.u32(region, VER_MINOR_OFFSET),
                Wire.u32(region, ENDIANNESS_OFFSET),
                region.get(Wire.U64, SESSION_ID_OFFSET),
                Integer.toUnsignedLong(staticGenAcquire(region)),
                region.get(Wire.U64, STATIC_HASH_OFFSET),
                Wire.u32(region, STATIC_OFFSET_OFFSET),
                Wire.u32(region, STATIC_BYTES_CAP_OFFSET),
                Integer.toUnsignedLong(staticBytesUsedAcquire(region)),
                Wire.u32(region, SLOTS_OFFSET),
                Wire.u32(region, SLOT_STRIDE_OFFSET),
                Wire.u32(region, SLOTS_OFFSET_OFFSET),
                Wire.u32(region, FRAME_BYTES_CAP_OFFSET),
                Wire.u32(region, READER_SLOTS_OFFSET),
                Wire.u32(region, READER_SLOT_STRIDE_OFFSET),
                Wire.u32(region, READERS_OFFSET_OFFSET),
                Wire.u32(region, CONTROL_OFFSET_OFFSET),
                Wire.u32(region, CONTROL_PER_READER_OFFSET),
                Wire.u32(region, CONTROL_STRIDE_OFFSET),
                frameSeqAcquire(region),
                Integer.toUnsignedLong(writeIndexAcquire(region)),
                Integer.toUnsignedLong(readersConnectedAcquire(region)),
                Integer.toUnsignedLong(reserveIndexAcquire(region)));
    }
}
