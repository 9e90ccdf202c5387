package io.shmx;

/**
 * A snapshot of a region's GlobalHeader, every field by its wire-format name. Unsigned 32-bit
 * fields are widened to {@code long}; unsigned 64-bit fields are kept in a {@code long} and must be
 * printed with {@link Long#toUnsignedString(long)}.
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
