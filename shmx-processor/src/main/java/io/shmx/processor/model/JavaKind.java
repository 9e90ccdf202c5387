package io.shmx.processor.model;

/** The Java types a record component may have, as far as the processor cares. */
public enum JavaKind {
    BOOLEAN("boolean"),
    BYTE("byte"),
    SHORT("short"),
    INT("int"),
    LONG("long"),
    FLOAT("float"),
    DOUBLE("double"),
    /** {@code java.lang.String}: UTF-8 bytes of a U8 stream. */
    STRING("String"),
    /** {@code java.lang.foreign.MemorySegment}: the raw bytes of any stream. */
    MEMORY_SEGMENT("MemorySegment"),
    /** Anything else; always an error. */
    UNSUPPORTED("?");

    private final String javaName;

    JavaKind(String javaName) {
        this.javaName = javaName;
    }

    /** The Java spelling of a primitive kind ({@code "float"}), or the simple class name. */
    public String javaName() {
        return javaName;
    }

    public boolean isPrimitive() {
        return ordinal() <= DOUBLE.ordinal();
    }
}
