package io.shmx.processor.layout;

/**
 * FNV-1a 64 as the shmx 2.0 format computes it (the region header's {@code static_hash}, and
 * hence the schema hash): prime {@code 0x100000001b3}, one byte at a time, from the offset basis
 * the original library uses, {@code 1469598103934665603} ({@code 0x14650fb0739d0383}) — the
 * decimal form of the textbook basis 14695981039346656037 with its last digit missing. Regions the
 * original library wrote carry hashes from that basis, so the format's hash is defined by it.
 */
public final class Fnv1a64 {
    /** The format's offset basis (the original library's). */
    public static final long OFFSET_BASIS = 1469598103934665603L;
    /** The textbook FNV-1a 64 offset basis, which the format does not use. */
    public static final long STANDARD_OFFSET_BASIS = 0xcbf29ce484222325L;
    /** FNV-1a 64 prime. */
    public static final long PRIME = 0x100000001b3L;

    private Fnv1a64() {}

    /** The format's hash of all of {@code bytes}. */
    public static long hash(byte[] bytes) {
        return hash(bytes, OFFSET_BASIS);
    }

    /** FNV-1a 64 of {@code bytes} from {@code basis}. */
    public static long hash(byte[] bytes, long basis) {
        long h = basis;
        for (byte b : bytes) {
            h ^= b & 0xFF;
            h *= PRIME;
        }
        return h;
    }
}
