package io.shmx;

/**
 * Element types of a stream, with the wire codes of the shmx 2.0 format.
 *
 * <p>{@link #size()} is the byte size of one scalar of this type; an element of a stream with
 * {@code components} scalars is {@code components * size()} bytes.
 */
public enum DType {
    BOOL(1, 1),
    I8(2, 1),
    U8(3, 1),
    I16(4, 2),
    U16(5, 2),
    I32(6, 4),
    U32(7, 4),
    I64(8, 8),
    U64(9, 8),
    F16(10, 2),
    BF16(11, 2),
    F32(12, 4),
    F64(13, 8);

    private static final DType[] BY_CODE = new DType[14];

    static {
        for (DType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    private final int code;
    private final int size;

    DType(int code, int size) {
        this.code = code;
        this.size = size;
    }

    /** The wire code (BOOL = 1 ... F64 = 13). */
    public int code() {
        return code;
    }

    /** Bytes of one scalar of this type. */
    public int size() {
        return size;
    }

    /** The type with this wire code, or {@code null} when the code is not one of the 13 known codes. */
    public static DType fromCode(int code) {
        return code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /**
     * The name of a wire code: {@code "F32"} for 12; codes outside the known set read
     * {@code "UNKNOWN(<code>)"} so that a region from a newer peer can still be listed.
     */
    public static String nameOf(int code) {
        DType t = fromCode(code);
        return t != null ? t.name() : "UNKNOWN(" + Integer.toUnsignedString(code) + ")";
    }
}
