package io.shmx.examples.sensors;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

/**
 * One reading of three sensors.
 *
 * @param temperature degrees Celsius
 * @param pressure    hectopascals
 * @param humidity    percent
 */
@ShmxFrame(name = "sensors")
public record SensorReading(
        @Stream(id = 1, dtype = DType.F32) float temperature,
        @Stream(id = 2, dtype = DType.F32) float pressure,
        @Stream(id = 3, dtype = DType.F32) float humidity) {

    /** The {@code n}-th reading since the start or the last reset. */
    public static SensorReading nth(int n) {
        return new SensorReading(25.0f + n * 0.1f, 1013.25f + n * 0.01f, 45.0f + n * 0.05f);
    }
}
