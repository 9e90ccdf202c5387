package io.example.robot;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

/**
 * A 7-stream record (a robot's state as a control loop publishes it): the reference input for the
 * generated-code size that docs/generated-code.md reports, and a golden case.
 */
@ShmxFrame(name = "robot_state")
public record RobotState(
        @Stream(id = 1, dtype = DType.F64) double[] jointPositions,
        @Stream(id = 2, dtype = DType.F32) float[] jointTorques,
        @Stream(id = 3, dtype = DType.F32, components = 7) float[] pose,
        @Stream(id = 4, dtype = DType.BOOL) boolean[] contacts,
        @Stream(id = 5, dtype = DType.U8) String mode,
        @Stream(id = 6, dtype = DType.U64) long timestampNanos,
        @Stream(id = 7, dtype = DType.F16) float battery) {
}
