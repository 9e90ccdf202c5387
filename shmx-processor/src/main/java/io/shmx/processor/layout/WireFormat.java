package io.shmx.processor.layout;

/**
 * The sizes of the shmx 2.0 records the processor lays out (see the wire-format spec): every
 * TLV is an 8-byte header {@code u32 type, u32 length} plus {@code length} bytes, padded so that
 * the next TLV starts 16-aligned.
 */
public final class WireFormat {
    /** TLV header bytes ({@code u32 type, u32 length}). */
    public static final int TLV_HEADER_BYTES = 8;
    /** TLV alignment. */
    public static final int TLV_ALIGN = 16;
    /** TLV type of a static directory entry. */
    public static final int TLV_STATIC_DIR = 0x1000;
    /** TLV type of a stream inside a frame payload. */
    public static final int TLV_FRAME_STREAM = 0x2000;
    /** Fixed part of a directory entry, before the name: eight u32 fields. */
    public static final int DIR_ENTRY_FIXED_BYTES = 32;
    /** Stream header inside a frame TLV: {@code u32 stream_id, elem_count, bytes_payload, reserved}. */
    public static final int FRAME_STREAM_HEADER_BYTES = 16;
    /** Longest stream name a directory entry carries, in UTF-8 bytes. */
    public static final int MAX_NAME_BYTES = 255;

    private WireFormat() {}

    /** {@code (x + 15) & ~15}. */
    public static long align16(long x) {
        return (x + (TLV_ALIGN - 1)) & -TLV_ALIGN;
    }

    /** Bytes a TLV with {@code length} value bytes occupies, header and padding included. */
    public static long tlvFootprint(long length) {
        return align16(TLV_HEADER_BYTES + length);
    }

    /** Bytes one stream with {@code dataBytes} of data occupies in a frame payload. */
    public static long frameStreamFootprint(long dataBytes) {
        return tlvFootprint(FRAME_STREAM_HEADER_BYTES + dataBytes);
    }
}
