package behaviour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/** A frame with edge values of every dtype, and the comparison of two frames. */
final class Values {
    private Values() {}

    static AllTypes sample(int seed) {
        MemorySegment raw = MemorySegment.ofArray(new byte[8]);
        raw.set(ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 0, 1.25f + seed);
        raw.set(ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 4, -2.5f);
        return new AllTypes(
                new boolean[] {true, false, true},
                new byte[] {Byte.MIN_VALUE, -1, 0, Byte.MAX_VALUE},
                new byte[] {(byte) 0xFF, (byte) 0x80, 0, 1},
                new short[] {Short.MIN_VALUE, -1, Short.MAX_VALUE},
                new short[] {(short) 0xFFFF, (short) 0x8000, 7},
                new int[] {Integer.MIN_VALUE, -1, seed, Integer.MAX_VALUE},
                new int[] {-1, Integer.MIN_VALUE, 42},
                new long[] {Long.MIN_VALUE, -1L, Long.MAX_VALUE},
                new long[] {-1L, 1L << 63},
                new float[] {1.5f, 65504f, -0.0f, 1f / 3f, Float.POSITIVE_INFINITY},
                new float[] {1.00390625f, 1.01171875f, -3.0e38f, 0.1f},
                new float[] {0f, 1f, 2f, 3f + seed, 4f, 5f},
                new double[] {Math.PI, -Double.MAX_VALUE, Double.MIN_VALUE},
                new short[] {0x3C00, (short) 0xC000, 0x7BFF, 0x0001},
                "héllo ✓ " + seed,
                raw,
                6.02214076e23 + seed,
                -2,
                true,
                (short) 0x3F80);
    }

    /** Values as they come back: F16/BF16 floats rounded to their 16-bit precision. */
    static void assertRoundTrip(AllTypes sent, AllTypes got) {
        assertArrayEquals(sent.flags(), got.flags());
        assertArrayEquals(sent.i8(), got.i8());
        assertArrayEquals(sent.u8(), got.u8());
        assertArrayEquals(sent.i16(), got.i16());
        assertArrayEquals(sent.u16(), got.u16());
        assertArrayEquals(sent.i32(), got.i32());
        assertArrayEquals(sent.u32(), got.u32());
        assertArrayEquals(sent.i64(), got.i64());
        assertArrayEquals(sent.u64(), got.u64());
        float[] f16 = new float[sent.f16().length];
        for (int i = 0; i < f16.length; i++) {
            f16[i] = Float.float16ToFloat(Float.floatToFloat16(sent.f16()[i]));
        }
        assertArrayEquals(f16, got.f16());
        // BF16 rounds to nearest, ties to even: 1.00390625 (0x3F808000) -> 0x3F80 -> 1.0,
        // 1.01171875 (0x3F818000) -> 0x3F82 -> 1.015625; 0.1 (0x3DCCCCCD) -> 0x3DCD
        assertArrayEquals(new float[] {1.0f, 1.015625f, Float.intBitsToFloat(0xFF62 << 16),
                Float.intBitsToFloat(0x3DCD << 16)}, got.bf16());
        assertArrayEquals(sent.positions(), got.positions());
        assertArrayEquals(sent.f64(), got.f64());
        assertArrayEquals(sent.halfBits(), got.halfBits());
        assertEquals(sent.label(), got.label());
        assertArrayEquals(sent.raw().toArray(ValueLayout.JAVA_BYTE), got.raw().toArray(ValueLayout.JAVA_BYTE));
        assertEquals(sent.energy(), got.energy());
        assertEquals(sent.count(), got.count());
        assertEquals(sent.ok(), got.ok());
        assertEquals(sent.brainBits(), got.brainBits());
    }
}
