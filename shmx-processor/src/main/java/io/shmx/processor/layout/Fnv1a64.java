package io.shmx.processor.layout;

/** FNV-1a 64 as the shmx 2.0 format uses it (schema hash, static area hash, frame checksum). */
public final class Fnv1a64 {
    /** Offset basis. */
    public static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    /** Prime. */
    public static final long PRIME = 0x100000001b3L;

    private Fnv1a64() {}

    /** The hash of all of {@code bytes}, one byte at a time. */
    public static long hash(byte[] bytes) {
        long h = OFFSET_BASIS;
        for (byte b : bytes) {
            h ^= b & 0xFF;
            h *= PRIME;
        }
        return h;
    }
}
