package io.shmx.bench.frames;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

/**
 * The element-read benchmark frame: one F32 stream, read through the generated view's
 * {@code values(i)} against a loop over a {@code float[]}.
 *
 * @param values the floats
 */
@ShmxFrame(name = "bench_floats")
public record FloatsFrame(@Stream(id = 1, dtype = DType.F32) float[] values) {
}
