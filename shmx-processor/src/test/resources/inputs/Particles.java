package io.example;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;
import io.shmx.annotations.StreamLayout;
import java.lang.foreign.MemorySegment;

@ShmxFrame(name = "particles", version = 2)
public record Particles(
        @Stream(id = 1, dtype = DType.F32, components = 3) float[] positions,
        @Stream(id = 2, dtype = DType.U32) int[] ids,
        @Stream(id = 3, dtype = DType.F64) double energy,
        @Stream(id = 4, dtype = DType.F16) float[] temperatures,
        @Stream(id = 5, dtype = DType.BF16, components = 2, layout = StreamLayout.AOS_VECTOR) short[] weights,
        @Stream(id = 6, dtype = DType.U8) String label,
        @Stream(id = 7, dtype = DType.BOOL) boolean[] alive,
        @Stream(id = 8, dtype = DType.I64, name = "step_index") long step,
        @Stream(id = 9, dtype = DType.U16) MemorySegment raw) {
}
