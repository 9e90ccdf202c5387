package io.shmx.bridge;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

import java.lang.foreign.MemorySegment;

/**
 * The 3-stream record the bridge tests carry: a sequence number, a payload of 64 B to 4 MiB whose
 * bytes follow from the sequence number, and a few floats.
 */
@ShmxFrame(name = "bridged")
public record Bridged(
        @Stream(id = 1, dtype = DType.U64) long seq,
        @Stream(id = 2, dtype = DType.U8) MemorySegment payload,
        @Stream(id = 3, dtype = DType.F32) float[] values) {
}
