package io.shmx.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.Frame;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The values of frame {@code k} of {@link AllTypes}; {@code src/test/cpp/frame_recipe.hpp} is the
 * same recipe in C++. Every value is exact in its dtype (F16 and BF16 values included), so both
 * sides compare bit for bit. Arrays hold {@code 1 + k % 4} elements.
 */
final class Recipe {
    private Recipe() {}

    /** Blob size of frame k when a run does not fix it: 3 to 52 bytes. */
    static int defaultBlob(long k) {
        return (int) (3 + Long.remainderUnsigned(k, 50));
    }

    static AllTypes frame(long k, int blobBytes) {
        int n = (int) (1 + k % 4);
        float[] bf16 = new float[n * 2];
        for (int j = 0; j < bf16.length; j++) {
            bf16[j] = (float) ((k + j) % 64) + 0.5f;
        }
        float[] f32 = new float[n * 3];
        for (int j = 0; j < f32.length; j++) {
            f32[j] = (float) ((k + j) % 4096) * 0.25f;
        }
        double[] f64 = new double[n * 4];
        for (int j = 0; j < f64.length; j++) {
            f64[j] = (double) (k * 4 + j) / 8.0;
        }
        short[] pairs = new short[n * 2];
        for (int j = 0; j < pairs.length; j++) {
            pairs[j] = (short) (k * 31 + j * 7919L);
        }
        int[] triples = new int[n * 3];
        for (int j = 0; j < triples.length; j++) {
            triples[j] = (int) (k * 7 - j * 1000003L);
        }
        long[] quads = new long[n * 4];
        for (int j = 0; j < quads.length; j++) {
            quads[j] = k * 0x9E3779B97F4A7C15L + j;
        }
        boolean[] mask = new boolean[n];
        for (int j = 0; j < n; j++) {
            mask[j] = (k + j) % 3 == 0;
        }
        byte[] blob = new byte[blobBytes];
        for (int j = 0; j < blobBytes; j++) {
            blob[j] = (byte) (k + j * 31L);
        }
        return new AllTypes(k, (k & 1) == 1, (byte) (k * 7), (byte) (k * 13), (short) (k * 301 - 7), (short) (k * 977),
                (int) (k * 100003), (int) (k * 2654435761L), -k * 1000000007L, (float) (k % 512) + 0.5f,
                bf16, f32, f64, pairs, triples, quads, mask, "frame-" + k + "-\u00e9", blob);
    }

    /** Asserts that {@code got} is exactly frame {@code got.seq()} of the recipe. */
    static void assertExact(AllTypes got) {
        AllTypes want = frame(got.seq(), got.blob().length);
        String at = " of frame seq " + got.seq();
        assertEquals(want.flag(), got.flag(), "flag" + at);
        assertEquals(want.i8(), got.i8(), "i8" + at);
        assertEquals(want.u8(), got.u8(), "u8" + at);
        assertEquals(want.i16(), got.i16(), "i16" + at);
        assertEquals(want.u16(), got.u16(), "u16" + at);
        assertEquals(want.i32(), got.i32(), "i32" + at);
        assertEquals(want.u32(), got.u32(), "u32" + at);
        assertEquals(want.i64(), got.i64(), "i64" + at);
        assertEquals(Float.floatToRawIntBits(want.f16()), Float.floatToRawIntBits(got.f16()), "f16" + at);
        assertArrayEquals(want.bf16(), got.bf16(), "bf16" + at);
        assertArrayEquals(want.f32(), got.f32(), "f32" + at);
        assertArrayEquals(want.f64(), got.f64(), "f64" + at);
        assertArrayEquals(want.u16Pairs(), got.u16Pairs(), "u16Pairs" + at);
        assertArrayEquals(want.i32Triples(), got.i32Triples(), "i32Triples" + at);
        assertArrayEquals(want.u64Quads(), got.u64Quads(), "u64Quads" + at);
        assertArrayEquals(want.mask(), got.mask(), "mask" + at);
        assertEquals(want.label(), got.label(), "label" + at);
        assertArrayEquals(want.blob(), got.blob(), "blob" + at);
    }

    /**
     * Asserts, through the untyped API, that every stream of {@code f} holds exactly the bytes and
     * element count of frame {@code seq} of the recipe: copies every stream, validates the frame
     * (read, then validate), then compares. Returns seq, or -1 when the producer overwrote the
     * frame while it was copied (then nothing is asserted).
     */
    static long assertExactUntyped(Frame f) {
        byte[][] got = new byte[20][];
        long[] counts = new long[20];
        for (int id = 1; id <= 19; id++) {
            int i = f.indexOf(id);
            assertTrue(i >= 0, "stream " + id + " missing from frame " + f.frameId());
            got[id] = f.stream(id).toArray(ValueLayout.JAVA_BYTE);
            counts[id] = f.elemCountAt(i);
        }
        if (!f.isValid()) {
            return -1;
        }
        long seq = ByteBuffer.wrap(got[1]).order(ByteOrder.LITTLE_ENDIAN).getLong();
        AllTypes want = frame(seq, got[19].length);
        for (int id = 1; id <= 19; id++) {
            byte[] expected = wireBytes(want, id);
            assertArrayEquals(expected, got[id], "stream " + id + " of frame seq " + seq);
            assertEquals(expected.length / AllTypesSchema.streams().get(id - 1).bytesPerElem(), counts[id],
                    "elem_count of stream " + id + " of frame seq " + seq);
        }
        return seq;
    }

    /** The little-endian bytes of stream {@code id} of a frame, as the wire holds them. */
    static byte[] wireBytes(AllTypes r, int id) {
        return switch (id) {
            case 1 -> le(8).putLong(r.seq()).array();
            case 2 -> new byte[] {(byte) (r.flag() ? 1 : 0)};
            case 3 -> new byte[] {r.i8()};
            case 4 -> new byte[] {r.u8()};
            case 5 -> le(2).putShort(r.i16()).array();
            case 6 -> le(2).putShort(r.u16()).array();
            case 7 -> le(4).putInt(r.i32()).array();
            case 8 -> le(4).putInt(r.u32()).array();
            case 9 -> le(8).putLong(r.i64()).array();
            case 10 -> le(2).putShort(Float.floatToFloat16(r.f16())).array();
            case 11 -> {
                ByteBuffer b = le(2 * r.bf16().length);
                for (float v : r.bf16()) {
                    b.putShort((short) (Float.floatToRawIntBits(v) >>> 16));
                }
                yield b.array();
            }
            case 12 -> {
                ByteBuffer b = le(4 * r.f32().length);
                for (float v : r.f32()) {
                    b.putFloat(v);
                }
                yield b.array();
            }
            case 13 -> {
                ByteBuffer b = le(8 * r.f64().length);
                for (double v : r.f64()) {
                    b.putDouble(v);
                }
                yield b.array();
            }
            case 14 -> {
                ByteBuffer b = le(2 * r.u16Pairs().length);
                for (short v : r.u16Pairs()) {
                    b.putShort(v);
                }
                yield b.array();
            }
            case 15 -> {
                ByteBuffer b = le(4 * r.i32Triples().length);
                for (int v : r.i32Triples()) {
                    b.putInt(v);
                }
                yield b.array();
            }
            case 16 -> {
                ByteBuffer b = le(8 * r.u64Quads().length);
                for (long v : r.u64Quads()) {
                    b.putLong(v);
                }
                yield b.array();
            }
            case 17 -> {
                byte[] b = new byte[r.mask().length];
                for (int j = 0; j < b.length; j++) {
                    b[j] = (byte) (r.mask()[j] ? 1 : 0);
                }
                yield b;
            }
            case 18 -> r.label().getBytes(StandardCharsets.UTF_8);
            case 19 -> Arrays.copyOf(r.blob(), r.blob().length);
            default -> throw new IllegalArgumentException("no stream " + id);
        };
    }

    private static ByteBuffer le(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
