package io.shmx.examples.sensors;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The control messages a sensor client sends to the producer, and their payloads. */
public final class SensorControl {
    /** Set the publishing rate; payload: the new rate in Hz, one little-endian f32. */
    public static final int SET_RATE = 0x1001;
    /** Start the readings over; no payload. */
    public static final int RESET = 0x1002;

    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private SensorControl() {}

    /** The payload of a {@link #SET_RATE} message. */
    public static byte[] rate(float hertz) {
        return ByteBuffer.allocate(Float.BYTES).order(ByteOrder.LITTLE_ENDIAN).putFloat(hertz).array();
    }

    /** The rate a {@link #SET_RATE} payload carries, or NaN when it is not 4 bytes long. */
    public static float rateOf(MemorySegment payload) {
        return payload.byteSize() == Float.BYTES ? payload.get(F32, 0) : Float.NaN;
    }
}
