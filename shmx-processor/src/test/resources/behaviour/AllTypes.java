package behaviour;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;
import java.lang.foreign.MemorySegment;

/** Every dtype and every kind of Java type a stream can have. */
@ShmxFrame(name = "all-types", version = 3)
public record AllTypes(
        @Stream(id = 1, dtype = DType.BOOL) boolean[] flags,
        @Stream(id = 2, dtype = DType.I8) byte[] i8,
        @Stream(id = 3, dtype = DType.U8) byte[] u8,
        @Stream(id = 4, dtype = DType.I16) short[] i16,
        @Stream(id = 5, dtype = DType.U16) short[] u16,
        @Stream(id = 6, dtype = DType.I32) int[] i32,
        @Stream(id = 7, dtype = DType.U32) int[] u32,
        @Stream(id = 8, dtype = DType.I64) long[] i64,
        @Stream(id = 9, dtype = DType.U64) long[] u64,
        @Stream(id = 10, dtype = DType.F16) float[] f16,
        @Stream(id = 11, dtype = DType.BF16) float[] bf16,
        @Stream(id = 12, dtype = DType.F32, components = 3) float[] positions,
        @Stream(id = 13, dtype = DType.F64) double[] f64,
        @Stream(id = 14, dtype = DType.F16, components = 2) short[] halfBits,
        @Stream(id = 15, dtype = DType.U8) String label,
        @Stream(id = 16, dtype = DType.F32) MemorySegment raw,
        @Stream(id = 17, dtype = DType.F64) double energy,
        @Stream(id = 18, dtype = DType.U32) int count,
        @Stream(id = 19, dtype = DType.BOOL) boolean ok,
        @Stream(id = 20, dtype = DType.BF16) short brainBits) {
}
