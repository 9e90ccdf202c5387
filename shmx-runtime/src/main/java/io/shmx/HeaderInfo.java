package io.shmx;

/**
 * A snapshot of a region's GlobalHeader, every field by its wire-format name. Unsigned 32-bit
 * fields are widened to {@code long}; unsigned 64-bit fields are kept in a {@code long} and must be
 * printed with {@link Long#toUnsignedString(long)}.
 *
 * @param magic the format's magic number
 * @param verMajor format major version (2)
 * @param verMinor format minor version
 * @param endianness endianness marker (0x01020304 as written)
 * @param sessionId random id of this region's creation (unsigned 64-bit)
 * @param staticGen generation of the static directory: grows when it changes
 * @param staticHash FNV-1a hash of the static directory (unsigned 64-bit)
 * @param staticOffset byte offset of the static area
 * @param staticBytesCap static area capacity in bytes
 * @param staticBytesUsed bytes of the static area in use
 * @param slots frame slots in the ring, at least 1
 * @param slotStride bytes from one frame slot to the next
 * @param slotsOffset byte offset of frame slot 0
 * @param frameBytesCap frame payload capacity in bytes
 * @param readerSlots reader slots, at least 1
 * @param readerSlotStride bytes from one reader slot to the next
 * @param readersOffset byte offset of reader slot 0
 * @param controlOffset byte offset of the control rings
 * @param controlPerReader control ring bytes per reader (0: no control rings)
 * @param controlStride bytes from one control ring to the next
 * @param frameSeq id of the newest published frame (64-bit)
 * @param writeIndex low 32 bits of the newest published frame id
 * @param readersConnected reader slots in use
 * @param reserveIndex low 32 bits of the frame id being written
 */
public record HeaderInfo(
        long magic,
        long verMajor,
        long verMinor,
        long endianness,
        long sessionId,
        long staticGen,
        long staticHash,
        long staticOffset,
        long staticBytesCap,
        long staticBytesUsed,
        long slots,
        long slotStride,
        long slotsOffset,
        long frameBytesCap,
        long readerSlots,
        long readerSlotStride,
        long readersOffset,
        long controlOffset,
        long controlPerReader,
        long controlStride,
        long frameSeq,
        long writeIndex,
        long readersConnected,
        long reserveIndex) {
}
