package io.shmx.annotations;

/**
 * The version of these annotations, which the annotation processor checks before it generates
 * anything. The processor reads these constants from the annotations on the compiler's class path
 * and compares them with the ones it was built with: annotations of a higher {@link #API_LEVEL}
 * than the processor understands are a compile error ({@code [ShmxVersionMismatch]}) naming both
 * versions, never silently different or missing generated code.
 */
public final class ShmxVersion {
    /** This artifact's version, the Maven project version (a test keeps the two equal). */
    public static final String VERSION = "0.1.0-SNAPSHOT";

    /**
     * The level of the annotations' API. It grows by one whenever an annotation gains an element or
     * a meaning that a processor must understand to generate correct code; a processor accepts
     * annotations of its own level and older ones.
     */
    public static final int API_LEVEL = 1;

    private ShmxVersion() {}
}
