package io.shmx.typed;

/** How a record component carries its stream: what a typed view prints and a writer checks. */
public enum StreamShape {
    /** A primitive: exactly one element per frame. */
    SCALAR,
    /** A primitive array: any number of elements, {@code components} scalars each. */
    ARRAY,
    /** A {@code String}: UTF-8 bytes of a U8 stream. */
    TEXT,
    /** A {@code MemorySegment}: the stream's raw bytes, whatever its dtype. */
    BYTES
}
