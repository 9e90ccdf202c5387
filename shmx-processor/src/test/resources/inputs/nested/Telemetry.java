package io.example.nested;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

final class Telemetry {
    private Telemetry() {}

    @ShmxFrame
    record Tick(@Stream(id = 7, dtype = DType.U16) short channelCount,
                @Stream(id = 8, dtype = DType.I8, components = 4) byte[] flags) {
    }
}
