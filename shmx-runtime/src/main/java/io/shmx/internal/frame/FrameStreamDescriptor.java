package io.shmx.internal.frame;

import io.shmx.TlvType;
import io.shmx.internal.wire.TlvDescriptor;
import io.shmx.internal.wire.Wire;
import java.lang.foreign.MemorySegment;

/**
 * One stream's data inside a frame payload: a TLV of type {@link TlvType#FRAME_STREAM}.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |   type = 0x2000               |   length = 16 + data bytes    | 0  (16-aligned in the payload)
 *  +---------------------------------------------------------------+
 *  |   stream_id                   |   elem_count                  | 8
 *  |   bytes_payload               |   reserved (0)                | 16
 *  +---------------------------------------------------------------+
 *  |   data: bytes_payload bytes (8-aligned) ...                  ... 24
 *  +---------------------------------------------------------------+
 *  |   zero padding to a multiple of 16                           ...
 *  +---------------------------------------------------------------+
 * </pre>
 *
 * Offsets here are relative to the TLV start. The writer fills the TLV (zeroing the padding, so
 * compatibility checksums never cover stale bytes); readers accept a stream TLV only when
 * {@code length >= 16}, {@code bytes_payload <= length - 16} and the TLV lies inside
 * {@code payload_bytes}.
 */
public final class FrameStreamDescriptor {
    public static final int STREAM_ID_OFFSET = 8;
    public static final int ELEM_COUNT_OFFSET = 12;
    public static final int BYTES_PAYLOAD_OFFSET = 16;
    public static final int RESERVED_OFFSET = 20;
    public static final int DATA_OFFSET = 24;
    /** Value bytes before the data (stream_id, elem_count, bytes_payload, reserved). */
    public static final int FIXED_LENGTH = DATA_OFFSET - TlvDescriptor.HEADER_LENGTH;

    private FrameStreamDescriptor() {}

    /** stream_id and elem_count in one u64 load (stream_id in the low half). */
    public static long idAndCount(MemorySegment seg, long tlv) {
        return seg.get(Wire.U64, tlv + STREAM_ID_OFFSET);
    }

    /** bytes_payload and reserved in one u64 load (bytes_payload in the low half). */
    public static long bytesWord(MemorySegment seg, long tlv) {
        return seg.get(Wire.U64, tlv + BYTES_PAYLOAD_OFFSET);
    }

    /** bytes_payload (u32) of the TLV at {@code tlv}. */
    public static long dataBytes(MemorySegment seg, long tlv) {
        return Wire.u32(seg, tlv + BYTES_PAYLOAD_OFFSET);
    }

    /** Payload bytes a stream TLV with {@code dataBytes} of data occupies, padding included. */
    public static long spanOf(long dataBytes) {
        return TlvDescriptor.spanOf(FIXED_LENGTH + dataBytes);
    }

    /**
     * Writes the TLV of a stream at {@code tlv} in {@code seg}, all but its data: zeroes its last
     * 16 bytes (which hold all of its padding, since a TLV is at least 32 bytes and pads to 16),
     * then writes the 24-byte header over its start, as three u64 stores. The caller then writes
     * the data over the zeroes that lie inside it. Plain stores. {@code elemCount} and
     * {@code dataBytes} must fit a u32 (the caller checked them against the frame cap).
     */
    public static void putZeroedTlv(MemorySegment seg, long tlv, int streamId, long elemCount, long dataBytes) {
        long end = tlv + spanOf(dataBytes);
        seg.set(Wire.U64, end - 16, 0L);
        seg.set(Wire.U64, end - 8, 0L);
        seg.set(Wire.U64, tlv + TlvDescriptor.TYPE_OFFSET,
                Integer.toUnsignedLong(TlvType.FRAME_STREAM) | (FIXED_LENGTH + dataBytes) << 32);
        seg.set(Wire.U64, tlv + STREAM_ID_OFFSET, Integer.toUnsignedLong(streamId) | elemCount << 32);
        seg.set(Wire.U64, tlv + BYTES_PAYLOAD_OFFSET, dataBytes & Wire.U32_MAX); // reserved (u32) = 0
    }
}
