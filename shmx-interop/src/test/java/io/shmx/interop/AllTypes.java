package io.shmx.interop;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

/**
 * The schema of the interop tests: every dtype, 1 to 4 components, a string and a byte blob (up to
 * 1 MiB). The processor generates the Java writer and reader and also the C++ header
 * ({@code META-INF/shmx/io.shmx.interop.AllTypes.hpp}) that the C++ peer is compiled with, so
 * both sides share this one definition. {@link Recipe} (and {@code frame_recipe.hpp}) give the
 * values of frame k.
 */
@ShmxFrame
public record AllTypes(
        @Stream(id = 1, dtype = DType.U64) long seq,
        @Stream(id = 2, dtype = DType.BOOL) boolean flag,
        @Stream(id = 3, dtype = DType.I8) byte i8,
        @Stream(id = 4, dtype = DType.U8) byte u8,
        @Stream(id = 5, dtype = DType.I16) short i16,
        @Stream(id = 6, dtype = DType.U16) short u16,
        @Stream(id = 7, dtype = DType.I32) int i32,
        @Stream(id = 8, dtype = DType.U32) int u32,
        @Stream(id = 9, dtype = DType.I64) long i64,
        @Stream(id = 10, dtype = DType.F16) float f16,
        @Stream(id = 11, dtype = DType.BF16, components = 2) float[] bf16,
        @Stream(id = 12, dtype = DType.F32, components = 3) float[] f32,
        @Stream(id = 13, dtype = DType.F64, components = 4) double[] f64,
        @Stream(id = 14, dtype = DType.U16, components = 2) short[] u16Pairs,
        @Stream(id = 15, dtype = DType.I32, components = 3) int[] i32Triples,
        @Stream(id = 16, dtype = DType.U64, components = 4) long[] u64Quads,
        @Stream(id = 17, dtype = DType.BOOL) boolean[] mask,
        @Stream(id = 18, dtype = DType.U8) String label,
        @Stream(id = 19, dtype = DType.U8) byte[] blob) {
}
