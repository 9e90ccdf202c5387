package io.shmx.internal.region;

import java.lang.foreign.MemorySegment;

/**
 * A file's size and a copy of its first {@link GlobalHeaderDescriptor#LENGTH} bytes (zeros past the
 * end of a shorter file), taken without mapping it.
 *
 * @param size   bytes in the file when it was read
 * @param header a 128-byte heap copy, 8-byte aligned (so acquire accessors work on it too)
 */
public record FileHead(long size, MemorySegment header) {
}
