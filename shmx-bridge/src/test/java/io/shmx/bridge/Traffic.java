package io.shmx.bridge;

import io.shmx.typed.FloatClaim;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The frames the tests send: frame {@code seq} carries a payload whose size follows from seq
 * (cycling through {@link #sizes}) and whose every 8-byte word follows from seq and its index,
 * and {@code seq % 7} floats; {@link #verify} checks a received frame word by word.
 */
final class Traffic {
    static final int[] SMALL = {64, 256, 4096, 65_536};
    static final int[] FULL = {64, 4096, 65_536, 1 << 20, 4 << 20};
    static final long MAX_FRAME = (4 << 20) + 4096;

    private Traffic() {}

    static int sizeOf(long seq, int[] sizes) {
        return sizes[(int) (seq % sizes.length)];
    }

    static long word(long seq, long index) {
        return seq * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L;
    }

    /** Publishes frame {@code seq} through the generated writer, filling the slot in place. */
    static void publish(BridgedWriter w, long seq, int[] sizes) {
        BridgedWriter.Frame f = w.begin();
        f.seq(seq);
        int n = sizeOf(seq, sizes);
        MemorySegment p = f.payload(n);
        for (long j = 0; j < n / 8; j++) {
            p.set(ValueLayout.JAVA_LONG_UNALIGNED, j * 8, word(seq, j));
        }
        FloatClaim v = f.values((int) (seq % 7));
        for (int i = 0; i < v.count(); i++) {
            v.set(i, seq + i * 0.5f);
        }
        f.publish(seq * 0.001);
    }

    /** Checks every byte of a received frame; returns its seq. */
    static long verify(BridgedView v, int[] sizes) {
        long seq = v.seq();
        MemorySegment p = v.payloadSegment();
        int n = sizeOf(seq, sizes);
        if (p.byteSize() != n) {
            throw new AssertionError("frame " + seq + ": payload of " + p.byteSize() + " bytes, expected " + n);
        }
        for (long j = 0; j < n / 8; j++) {
            long got = p.get(ValueLayout.JAVA_LONG_UNALIGNED, j * 8);
            if (got != word(seq, j)) {
                throw new AssertionError("frame " + seq + ": word " + j + " is " + Long.toHexString(got) + ", expected "
                        + Long.toHexString(word(seq, j)));
            }
        }
        if (v.valuesCount() != seq % 7) {
            throw new AssertionError("frame " + seq + ": " + v.valuesCount() + " values, expected " + seq % 7);
        }
        for (int i = 0; i < v.valuesCount(); i++) {
            if (v.values(i) != seq + i * 0.5f) {
                throw new AssertionError("frame " + seq + ": value " + i + " is " + v.values(i));
            }
        }
        if (v.simTime() != seq * 0.001) {
            throw new AssertionError("frame " + seq + ": sim time " + v.simTime());
        }
        return seq;
    }
}
