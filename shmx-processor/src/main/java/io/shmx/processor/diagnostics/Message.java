package io.shmx.processor.diagnostics;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every message the processor prints, in one place: a stable tag (tests and users can grep for
 * it), the diagnostic kind, and a format that says the rule, what was found and how to fix it.
 * Arguments are formatted with {@link String#format}; the tag is prepended as {@code [Tag] }.
 */
public enum Message {
    NOT_RECORD("ShmxNotRecord",
            "@ShmxFrame applies to records only, but %s is %s; declare it as 'record %s(...)' with one"
                    + " @Stream component per stream"),
    GENERIC_RECORD("ShmxGenericRecord",
            "@ShmxFrame record %s declares type parameters <%s>; a frame's streams need concrete types:"
                    + " remove the type parameters"),
    INACCESSIBLE_RECORD("ShmxInaccessibleRecord",
            "@ShmxFrame record %s cannot be used by the classes generated next to it because %s; make it"
                    + " (and every type enclosing it) at least package-private"),
    NO_STREAMS("ShmxNoStreams",
            "@ShmxFrame record %s has no components; a frame needs at least one stream: add a component"
                    + " such as '@Stream(id = 1, dtype = DType.F32) float[] values'"),
    MISSING_STREAM("ShmxMissingStream",
            "record component '%s' of @ShmxFrame record %s has no @Stream; every component is a stream:"
                    + " annotate it, e.g. '@Stream(id = %d, dtype = DType.%s) %s %s'"),
    UNSUPPORTED_JAVA_TYPE("ShmxUnsupportedJavaType",
            "component '%s' has type %s, which no stream can carry; use a primitive (boolean, byte, short,"
                    + " int, long, float, double), a one-dimensional primitive array, String (dtype U8) or"
                    + " java.lang.foreign.MemorySegment"),
    UNRESOLVED_TYPE("ShmxUnresolvedType",
            "component '%s' of @ShmxFrame record %s has type %s, which did not resolve by the end of"
                    + " annotation processing; fix or import that type"),
    INCOMPATIBLE_DTYPE("ShmxIncompatibleDType",
            "component '%s' is %s but @Stream says dtype = %s; dtype %s is carried by %s: change the"
                    + " component's type, or pick a dtype that %s carries (%s)"),
    INVALID_COMPONENTS("ShmxInvalidComponents",
            "@Stream(components = %d) on '%s': components (scalars per element) must be at least 1; use 1"
                    + " for a scalar stream or the vector width, e.g. components = 3 for xyz"),
    COMPONENTS_MISMATCH("ShmxComponentsMismatch",
            "component '%s' is %s, which holds %s, but @Stream says components = %d; %s"),
    INVALID_STREAM_ID("ShmxInvalidStreamId",
            "@Stream(id = %d) on '%s': stream ids must be between 0 and 2147483647; use a non-negative id"),
    DUPLICATE_STREAM_ID("ShmxDuplicateStreamId",
            "@Stream id %d is used by both '%s' and '%s'; ids must be unique within a @ShmxFrame: give '%s'"
                    + " another id (%d is free)"),
    INVALID_STREAM_NAME("ShmxInvalidStreamName",
            "stream name '%s' of component '%s' is %d UTF-8 bytes; a stream name must be 1 to 255 bytes:"
                    + " set a shorter @Stream(name = ...)"),
    DUPLICATE_STREAM_NAME("ShmxDuplicateStreamName",
            "stream name '%s' is used by both '%s' and '%s'; stream names must be unique within a @ShmxFrame:"
                    + " set another @Stream(name = ...) on '%s'"),
    MEMBER_NAME_CLASH("ShmxMemberNameClash",
            "component '%s' would generate %s, which clashes with %s; rename the component (the stream"
                    + " can keep its name with @Stream(name = \"%s\"))"),
    GENERATED_NAME_CLASH("ShmxGeneratedNameClash",
            "type %s already exists, but the processor generates a type of that name for @ShmxFrame record"
                    + " %s; rename or move the existing type, or rename the record"),
    GENERATION_FAILED("ShmxGenerationFailed",
            "could not write %s for @ShmxFrame record %s: %s"),
    VERSION_MISMATCH("ShmxVersionMismatch",
            "@ShmxFrame record %s: the annotations on the class path are shmx-annotations %s (annotation API"
                    + " level %d), newer than this shmx-processor %s (it understands level %d and older), so it"
                    + " would generate nothing or the wrong code; use shmx-processor %s in the compiler's"
                    + " annotationProcessorPaths, the same version as shmx-annotations");

    private final String tag;
    private final String format;

    Message(String tag, String format) {
        this.tag = tag;
        this.format = format;
    }

    /** The stable tag, without brackets: {@code ShmxDuplicateStreamId}. */
    public String tag() {
        return tag;
    }

    /** Every message is an error: each one stops the record's generation. */
    public Diagnostic.Kind kind() {
        return Diagnostic.Kind.ERROR;
    }

    /** {@code [Tag] formatted text}. */
    public String format(Object... args) {
        return "[" + tag + "] " + String.format(Locale.ROOT, format, args);
    }
}
