package io.shmx.processor.model;

import java.util.Objects;

/**
 * The Java type of a record component: a kind, whether it is a one-dimensional array of that kind
 * (only for primitives), and the type as the user wrote it, for messages.
 *
 * @param kind    the element kind
 * @param array   whether the component is a primitive array
 * @param display the type as javac prints it ({@code float[]}, {@code java.util.List<Float>})
 */
public record JavaType(JavaKind kind, boolean array, String display) {

    public JavaType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(display, "display");
    }

    /** A primitive scalar such as {@code float}. */
    public static JavaType scalar(JavaKind kind) {
        return new JavaType(kind, false, kind.javaName());
    }

    /** A primitive array such as {@code float[]}. */
    public static JavaType arrayOf(JavaKind kind) {
        return new JavaType(kind, true, kind.javaName() + "[]");
    }

    public static JavaType string() {
        return new JavaType(JavaKind.STRING, false, "String");
    }

    public static JavaType memorySegment() {
        return new JavaType(JavaKind.MEMORY_SEGMENT, false, "MemorySegment");
    }

    public static JavaType unsupported(String display) {
        return new JavaType(JavaKind.UNSUPPORTED, false, display);
    }

    /** A primitive that is not an array: the stream carries exactly one element. */
    public boolean isPrimitiveScalar() {
        return kind.isPrimitive() && !array;
    }

    /** A primitive array: the stream carries {@code length / components} elements. */
    public boolean isPrimitiveArray() {
        return kind.isPrimitive() && array;
    }
}
