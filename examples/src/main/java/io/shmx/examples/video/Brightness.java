package io.shmx.examples.video;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Mean brightness of RGB bytes, read where they lie (in the shared slot), eight bytes at a time. */
public final class Brightness {
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final long LOW_BYTES = 0x00FF00FF00FF00FFL;

    private Brightness() {}

    /** The mean of the unsigned bytes of {@code pixels}; 0 for an empty segment. */
    public static double mean(MemorySegment pixels) {
        long size = pixels.byteSize();
        if (size == 0) {
            return 0;
        }
        long sum = 0;
        long i = 0;
        for (; i + Long.BYTES <= size; i += Long.BYTES) {
            long word = pixels.get(LONG, i);
            // add the eight bytes pairwise in 16-bit lanes, then fold the four lanes
            long pairs = (word & LOW_BYTES) + ((word >>> 8) & LOW_BYTES);
            pairs = (pairs & 0x0000FFFF0000FFFFL) + ((pairs >>> 16) & 0x0000FFFF0000FFFFL);
            sum += (pairs & 0xFFFFFFFFL) + (pairs >>> 32);
        }
        for (; i < size; i++) {
            sum += Byte.toUnsignedInt(pixels.get(ValueLayout.JAVA_BYTE, i));
        }
        return (double) sum / size;
    }
}
