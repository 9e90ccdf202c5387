package io.shmx.examples.quickstart;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

/**
 * One frame of the quick start: a counter, a wall-clock timestamp and a few floats. The stream
 * names are the ones a Python or C++ shmx consumer of the original quick start looks up.
 *
 * @param sequence  the producer's counter (0, 1, 2 ...)
 * @param timestamp seconds since the epoch when the frame was written
 * @param data      any number of floats
 */
@ShmxFrame
public record Sample(
        @Stream(id = 1, dtype = DType.U64, name = "frame_id") long sequence,
        @Stream(id = 2, dtype = DType.F64) double timestamp,
        @Stream(id = 3, dtype = DType.F32) float[] data) {
}
