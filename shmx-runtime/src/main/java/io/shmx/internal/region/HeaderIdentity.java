package io.shmx.internal.region;

import static io.shmx.internal.region.GlobalHeaderDescriptor.*;

import io.shmx.internal.wire.Wire;
import java.lang.foreign.MemorySegment;

/**
 * The first question about any file: do its first 128 bytes say "shmx 2.x region of this byte
 * order"? Only the identity fields are looked at (magic, major version, endianness); whether the
 * layout the header describes is consistent and fits the file is {@link RegionLayout#fromHeader}'s
 * question. Both the opening path ({@link RegionLayout#fromHeader}) and the file probe
 * ({@link RegionProber}) ask it here, so the checks exist once.
 */
public enum HeaderIdentity {
    /** Magic, major version 2 and the little-endian marker: a shmx 2.x header. */
    SHMX_2,
    /** The file is shorter than the 128-byte header. */
    TOO_SHORT,
    /** The magic is zero: not a region, or one whose producer has not finished creating it. */
    NO_MAGIC,
    /** The magic is some other value: not a shmx region. */
    OTHER_MAGIC,
    /** The shmx magic with a major version other than 2. */
    OTHER_VERSION,
    /** The shmx magic and version written in the other byte order. */
    OTHER_ENDIANNESS;

    /**
     * Classifies a header copy (plain reads; any segment of at least 128 bytes).
     *
     * @param fileSize the size of the file the header was read from
     */
    public static HeaderIdentity of(MemorySegment header, long fileSize) {
        if (fileSize < LENGTH) {
            return TOO_SHORT;
        }
        long magic = header.get(Wire.U64, MAGIC_OFFSET);
        if (magic == 0) {
            return NO_MAGIC;
        }
        if (magic != MAGIC) {
            return OTHER_MAGIC;
        }
        if (Wire.u32(header, VER_MAJOR_OFFSET) != VERSION_MAJOR) {
            return OTHER_VERSION;
        }
        return Wire.u32(header, ENDIANNESS_OFFSET) == ENDIANNESS_TAG ? SHMX_2 : OTHER_ENDIANNESS;
    }
}
