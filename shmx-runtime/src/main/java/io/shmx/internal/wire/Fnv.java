package io.shmx.internal.wire;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The format's hash: FNV-1a 64 as the original library computes it (prime 0x100000001b3, one byte
 * at a time), and its 32-bit frame checksum {@code (h >>> 32) ^ (h & 0xFFFFFFFF)}.
 *
 * <p><b>Offset basis.</b> The original library starts from {@code 1469598103934665603}
 * ({@code 0x14650fb0739d0383}): the decimal form of the standard FNV basis 14695981039346656037
 * ({@code 0xcbf29ce484222325}) with its last digit missing. Every {@code static_hash} and frame
 * checksum in regions it wrote is computed from that value (checked against all fixtures), so this
 * class uses it too; with the textbook basis no original reader would accept our checksums.
 *
 * <p>Used for the static area hash and, in compatibility mode only, the per-frame checksum. It is
 * O(bytes) and byte-serial (about 1 GB/s), which is why SEQLOCK writers skip it by default.
 */
public final class Fnv {
    /** The original library's basis (see the class comment). */
    public static final long OFFSET_BASIS = 1469598103934665603L;
    /** The textbook FNV-1a 64 basis, for reference; the format does not use it. */
    public static final long STANDARD_OFFSET_BASIS = 0xcbf29ce484222325L;
    public static final long PRIME = 0x100000001b3L;

    private Fnv() {}

    /** FNV-1a 64 of {@code length} bytes of {@code seg} starting at {@code offset}. */
    public static long hash64(MemorySegment seg, long offset, long length) {
        long h = OFFSET_BASIS;
        long end = offset + length;
        for (long i = offset; i < end; i++) {
            h ^= seg.get(ValueLayout.JAVA_BYTE, i) & 0xFF;
            h *= PRIME;
        }
        return h;
    }

    /** FNV-1a 64 of a byte array range. */
    public static long hash64(byte[] bytes, int offset, int length) {
        long h = OFFSET_BASIS;
        for (int i = offset, end = offset + length; i < end; i++) {
            h ^= bytes[i] & 0xFF;
            h *= PRIME;
        }
        return h;
    }

    /** The frame checksum: the two halves of the FNV-1a 64 hash xor-folded, as an unsigned u32 in a long. */
    public static long checksum32(MemorySegment seg, long offset, long length) {
        return fold(hash64(seg, offset, length));
    }

    /** Folds a 64-bit hash to the format's 32-bit checksum. */
    public static long fold(long h) {
        return ((h >>> 32) ^ (h & 0xFFFF_FFFFL)) & 0xFFFF_FFFFL;
    }
}
