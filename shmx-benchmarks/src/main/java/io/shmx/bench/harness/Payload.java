package io.shmx.bench.harness;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Layout of the harness payload: {@code [seq u64][stamp u64][filler...]}, little-endian. */
final class Payload {
    static final int SEQ = 0;
    static final int STAMP = 8;
    static final int MIN_SIZE = 16;

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private Payload() {}

    /** A heap source of {@code size} bytes with a filler pattern. */
    static byte[] newSource(int size) {
        if (size < MIN_SIZE) {
            throw new IllegalArgumentException("frame size " + size + " is below " + MIN_SIZE
                    + " bytes, the harness needs room for its sequence number and stamp");
        }
        byte[] src = new byte[size];
        for (int i = MIN_SIZE; i < size; i++) {
            src[i] = (byte) i;
        }
        return src;
    }

    static void stamp(byte[] src, long seq) {
        LONG.set(src, SEQ, seq);
        LONG.set(src, STAMP, System.nanoTime());
    }
}
