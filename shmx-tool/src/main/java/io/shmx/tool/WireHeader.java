package io.shmx.tool;

/**
 * The few GlobalHeader offsets the tool reads itself, before or beside the runtime's inspector:
 * to recognise a shmx file among others in {@code /dev/shm}, and to watch {@code static_gen} and
 * the frame counters while copying a live region. Offsets and values are those of the shmx 2.0
 * wire format (GlobalHeader, 128 bytes, little-endian).
 *
 * <pre>
 *   0                   8         12        16        20      24
 *   +-------------------+---------+---------+---------+-------+----------------+
 *   | magic (u64)       | ver_maj | ver_min | endian  | pad   | session_id ... |
 *   +-------------------+---------+---------+---------+-------+----------------+
 *   32 static_gen (u32, atomic)  ...  60 slots  64 slot_stride  68 slots_offset
 *   104 frame_seq (u64, atomic)  112 write_index (u32, atomic)  120 reserve_index (u32, atomic)
 * </pre>
 *
 * The producer writes every atomic field with release stores; the tool reads them with acquire
 * loads and writes nothing.
 */
final class WireHeader {
    static final int SIZE = 128;

    static final long MAGIC = 0x48494E415F53484DL;
    static final int VERSION_MAJOR = 2;
    static final int ENDIANNESS = 0x01020304;

    static final int MAGIC_OFFSET = 0;
    static final int VER_MAJOR_OFFSET = 8;
    static final int VER_MINOR_OFFSET = 12;
    static final int ENDIANNESS_OFFSET = 16;
    static final int STATIC_GEN_OFFSET = 32;
    static final int SLOTS_OFFSET = 60;
    static final int SLOT_STRIDE_OFFSET = 64;
    static final int SLOTS_START_OFFSET = 68;
    static final int FRAME_SEQ_OFFSET = 104;
    static final int WRITE_INDEX_OFFSET = 112;
    static final int RESERVE_INDEX_OFFSET = 120;

    /** FrameHeader: {@code frame_id} (u64, atomic) and {@code payload_bytes} (u32) within a slot. */
    static final int FRAME_ID_IN_SLOT = 8;
    static final int PAYLOAD_BYTES_IN_SLOT = 24;
    static final int FRAME_HEADER_SIZE = 64;

    private WireHeader() {}
}
