package io.shmx;

/** TLV type codes of the shmx 2.0 format. Every TLV is {@code u32 type, u32 length}, then the bytes, padded to 16. */
public final class TlvType {
    /** Padding record inside a control ring (readers skip it). */
    public static final int PADDING = 0;
    /** Static directory entry describing one stream. */
    public static final int STATIC_DIR = 0x1000;
    /** One stream's data inside a frame payload. */
    public static final int FRAME_STREAM = 0x2000;
    /** The conventional type of a user control message; any non-zero type is delivered. */
    public static final int CONTROL_USER = 0x3000;

    private TlvType() {}
}
