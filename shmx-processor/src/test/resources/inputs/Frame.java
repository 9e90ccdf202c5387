package io.example.names;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

/** A record whose name collides with the runtime's Frame and FrameWriter: the generated code must qualify them. */
@ShmxFrame
public record Frame(@Stream(id = 1, dtype = DType.F32, components = 2) float[] frames,
                    @Stream(id = 2, dtype = DType.I32) int writer,
                    @Stream(id = 3, dtype = DType.U8, name = "segment bytes") byte[] segmentBytes) {
}
