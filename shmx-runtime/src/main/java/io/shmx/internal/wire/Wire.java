package io.shmx.internal.wire;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Value layouts and var handles for the little-endian wire format, and the alignment helpers every
 * descriptor uses.
 *
 * <p>Plain reads of untrusted offsets use the {@code *_UNALIGNED} layouts so that a malformed
 * region can never trigger an alignment exception; atomic accesses use the aligned layouts at
 * offsets that were checked to be 8-aligned when the region was validated.
 */
public final class Wire {
    /** Plain little-endian u32 at any offset. */
    public static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** Plain little-endian u64 at any offset. */
    public static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** Plain little-endian f64 at any offset. */
    public static final ValueLayout.OfDouble F64 =
            ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /** Aligned u32 for atomic access modes (native order, which {@link #requireLittleEndian()} checks). */
    public static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();
    /** Aligned u64 for atomic access modes. */
    public static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    /** Largest size or offset the format can express (every size field is a u32). */
    public static final long U32_MAX = 0xFFFF_FFFFL;

    private Wire() {}

    /** Fails unless this machine is little-endian: the atomic var handles use native order. */
    public static void requireLittleEndian() {
        if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
            throw new UnsupportedOperationException("shmx regions are little-endian and this machine is "
                    + ByteOrder.nativeOrder() + "; run on a little-endian machine (x86-64, aarch64)");
        }
    }

    /** {@code (x + 15) & ~15} for a non-negative {@code x}. */
    public static long align16(long x) {
        return (x + 15) & ~15L;
    }

    /** {@code (x + 63) & ~63} for a non-negative {@code x}. */
    public static long align64(long x) {
        return (x + 63) & ~63L;
    }

    /** Reads an unsigned u32 widened to a long. */
    public static long u32(MemorySegment seg, long offset) {
        return Integer.toUnsignedLong(seg.get(U32, offset));
    }

    /** Writes the low 32 bits of {@code value}. */
    public static void putU32(MemorySegment seg, long offset, long value) {
        seg.set(U32, offset, (int) value);
    }
}
