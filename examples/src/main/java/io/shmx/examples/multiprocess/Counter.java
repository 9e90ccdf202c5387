package io.shmx.examples.multiprocess;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

/**
 * A counter and a value derived from it, so a consumer can check every frame it reads.
 *
 * @param counter 0, 1, 2 ...
 * @param value   {@code counter * 3.14}
 */
@ShmxFrame
public record Counter(
        @Stream(id = 1, dtype = DType.U64) long counter,
        @Stream(id = 2, dtype = DType.F64) double value) {

    /** The value that goes with {@code counter}. */
    public static double valueOf(long counter) {
        return counter * 3.14;
    }
}
