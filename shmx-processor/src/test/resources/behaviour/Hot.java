package behaviour;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

/** The streams of a typical hot loop: vectors, ids, half floats, scalars and a label. */
@ShmxFrame
public record Hot(
        @Stream(id = 1, dtype = DType.F32, components = 3) float[] positions,
        @Stream(id = 2, dtype = DType.U32) int[] ids,
        @Stream(id = 3, dtype = DType.F16) float[] temperatures,
        @Stream(id = 4, dtype = DType.F64) double energy,
        @Stream(id = 5, dtype = DType.BOOL) boolean ok,
        @Stream(id = 6, dtype = DType.U8) String label) {
}
