package io.shmx.typed;

import io.shmx.DType;

/** Conversions between {@code float} and the 16-bit float dtypes (F16 is IEEE half, BF16 is bfloat16). */
public final class HalfFloats {
    private HalfFloats() {}

    /**
     * The float a 16-bit value of {@code dtype} (F16 or BF16) holds.
     *
     * @param dtype the element type
     * @param bits the raw 16 bits (F16 or BF16)
     * @return the float a 16-bit value of {@code dtype} (F16 or BF16) holds
     */
    public static float toFloat(DType dtype, short bits) {
        return dtype == DType.BF16 ? bfloat16ToFloat(bits) : Float.float16ToFloat(bits);
    }

    /**
     * The 16-bit value of {@code dtype} (F16 or BF16) nearest to {@code value}.
     *
     * @param dtype the element type
     * @param value the value
     * @return the 16-bit value of {@code dtype} (F16 or BF16) nearest to {@code value}
     */
    public static short fromFloat(DType dtype, float value) {
        return dtype == DType.BF16 ? floatToBfloat16(value) : Float.floatToFloat16(value);
    }

    /**
     * The float a bfloat16 holds (exact).
     *
     * @param bits the raw 16 bits (F16 or BF16)
     * @return the float a bfloat16 holds (exact)
     */
    public static float bfloat16ToFloat(short bits) {
        return Float.intBitsToFloat(bits << 16);
    }

    /**
     * The bfloat16 nearest to {@code value} (ties to even); NaN stays a quiet NaN of the same sign.
     *
     * @param value the value
     * @return the bfloat16 nearest to {@code value} (ties to even); NaN stays a quiet NaN of the same sign
     */
    public static short floatToBfloat16(float value) {
        int bits = Float.floatToRawIntBits(value);
        if (Float.isNaN(value)) {
            return (short) ((bits >>> 16) | 0x0040);
        }
        return (short) ((bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16);
    }

    static boolean isHalf(DType dtype) {
        return dtype == DType.F16 || dtype == DType.BF16;
    }
}
