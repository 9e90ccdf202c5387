package io.shmx;

/**
 * Element types of a stream, with the wire codes of the shmx 2.0 format.
 *
 * <p>{@link #size()} is the byte size of one scalar of this type; an element of a stream with
 * {@code components} scalars is {@code components * size()} bytes.
 */
public enum DType {
    /** Boolean, one byte (0 or 1): wire code 1, 1 byte per scalar. */
    BOOL(1, 1),
    /** Signed 8-bit integer: wire code 2, 1 byte per scalar. */
    I8(2, 1),
    /** Unsigned 8-bit integer: wire code 3, 1 byte per scalar. */
    U8(3, 1),
    /** Signed 16-bit integer: wire code 4, 2 bytes per scalar. */
    I16(4, 2),
    /** Unsigned 16-bit integer: wire code 5, 2 bytes per scalar. */
    U16(5, 2),
    /** Signed 32-bit integer: wire code 6, 4 bytes per scalar. */
    I32(6, 4),
    /** Unsigned 32-bit integer: wire code 7, 4 bytes per scalar. */
    U32(7, 4),
    /** Signed 64-bit integer: wire code 8, 8 bytes per scalar. */
    I64(8, 8),
    /** Unsigned 64-bit integer: wire code 9, 8 bytes per scalar. */
    U64(9, 8),
    /** IEEE 754 half-precision float (binary16): wire code 10, 2 bytes per scalar. */
    F16(10, 2),
    /** bfloat16: the upper 16 bits of a float: wire code 11, 2 bytes per scalar. */
    BF16(11, 2),
    /** IEEE 754 single-precision float: wire code 12, 4 bytes per scalar. */
    F32(12, 4),
    /** IEEE 754 double-precision float: wire code 13, 8 bytes per scalar. */
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

    /** {@return the wire code (BOOL = 1 ... F64 = 13)} */
    public int code() {
        return code;
    }

    /** {@return bytes of one scalar of this type} */
    public int size() {
        return size;
    }

    /**
     * The type with this wire code, or {@code null} when the code is not one of the 13 known codes.
     *
     * @param code the wire code
     * @return the constant, or {@code null}
     */
    public static DType fromCode(int code) {
        return code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /**
     * The name of a wire code: {@code "F32"} for 12; codes outside the known set read
     * {@code "UNKNOWN(<code>)"} so that a region from a newer peer can still be listed.
     *
     * @param code the wire code
     * @return the name, or {@code "UNKNOWN(<code>)"}
     */
    public static String nameOf(int code) {
        DType t = fromCode(code);
        return t != null ? t.name() : "UNKNOWN(" + Integer.toUnsignedString(code) + ")";
    }
}
