package io.shmx.processor.parse;

/** Qualified names of the types the parser looks for. */
public final class Names {
    public static final String SHMX_FRAME = "io.shmx.annotations.ShmxFrame";
    public static final String STREAM = "io.shmx.annotations.Stream";
    public static final String STRING = "java.lang.String";
    public static final String MEMORY_SEGMENT = "java.lang.foreign.MemorySegment";
    public static final String GENERATED = "javax.annotation.processing.Generated";

    private Names() {}
}
