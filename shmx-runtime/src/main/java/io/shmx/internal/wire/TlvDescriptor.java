package io.shmx.internal.wire;

import java.lang.foreign.MemorySegment;

/**
 * The 8-byte TLV header shared by directory entries, frame streams and control messages.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |                          type (u32)                           |
 *  +---------------------------------------------------------------+
 *  |                         length (u32)                          |
 *  +---------------------------------------------------------------+
 *  |                     value: length bytes ...                  ...
 *  +---------------------------------------------------------------+
 *  |              padding to the next multiple of 16              ...
 *  +---------------------------------------------------------------+
 * </pre>
 *
 * The next TLV starts at {@code start + align16(8 + length)}. Lengths come from shared memory and
 * are untrusted: {@link #spanOf(long)} computes in 64 bits, so a length near 2^32 cannot wrap.
 */
public final class TlvDescriptor {
    public static final int TYPE_OFFSET = 0;
    public static final int LENGTH_OFFSET = 4;
    public static final int HEADER_LENGTH = 8;

    private TlvDescriptor() {}

    /** type and length in one u64 load (type in the low half); split it with {@link #typeOf} and {@link #lengthOf}. */
    public static long header(MemorySegment seg, long tlv) {
        return seg.get(Wire.U64, tlv + TYPE_OFFSET);
    }

    public static int typeOf(long header) {
        return (int) header;
    }

    public static long lengthOf(long header) {
        return header >>> 32;
    }

    /** Bytes a TLV with this (unsigned 32-bit) value length occupies, padding included. */
    public static long spanOf(long valueLength) {
        return Wire.align16(HEADER_LENGTH + valueLength);
    }
}
