package io.shmx.processor.validate;

import io.shmx.DType;
import io.shmx.processor.model.JavaKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which Java types carry which dtypes. A {@code MemorySegment} carries any dtype as raw bytes; a
 * {@code String} carries U8 as UTF-8; primitives and primitive arrays carry the dtypes of their
 * width (unsigned ones keep the signed Java type), and F16/BF16 are carried by {@code float}
 * (converted) or {@code short} (raw bits).
 */
public final class TypeRules {
    private TypeRules() {}

    /** The primitive kind(s) carrying {@code dtype}. */
    public static Set<JavaKind> primitivesFor(DType dtype) {
        return switch (dtype) {
            case BOOL -> EnumSet.of(JavaKind.BOOLEAN);
            case I8, U8 -> EnumSet.of(JavaKind.BYTE);
            case I16, U16 -> EnumSet.of(JavaKind.SHORT);
            case I32, U32 -> EnumSet.of(JavaKind.INT);
            case I64, U64 -> EnumSet.of(JavaKind.LONG);
            case F32 -> EnumSet.of(JavaKind.FLOAT);
            case F64 -> EnumSet.of(JavaKind.DOUBLE);
            case F16, BF16 -> EnumSet.of(JavaKind.FLOAT, JavaKind.SHORT);
        };
    }

    /** Whether a component of {@code kind} may carry {@code dtype}. */
    public static boolean carries(JavaKind kind, DType dtype) {
        return switch (kind) {
            case MEMORY_SEGMENT -> true;
            case STRING -> dtype == DType.U8;
            case UNSUPPORTED -> false;
            default -> primitivesFor(dtype).contains(kind);
        };
    }

    /** The dtypes a component of {@code kind} may carry, in wire-code order. */
    public static List<DType> dtypesFor(JavaKind kind) {
        return Arrays.stream(DType.values()).filter(d -> carries(kind, d)).toList();
    }

    /** The dtype to suggest for a component of {@code kind} that has no {@code @Stream}. */
    public static DType suggestedDType(JavaKind kind) {
        return switch (kind) {
            case BOOLEAN -> DType.BOOL;
            case BYTE -> DType.I8;
            case SHORT -> DType.I16;
            case INT -> DType.I32;
            case LONG -> DType.I64;
            case FLOAT -> DType.F32;
            case DOUBLE -> DType.F64;
            case STRING, MEMORY_SEGMENT, UNSUPPORTED -> DType.U8;
        };
    }

    /** {@code "float or float[]"} / {@code "float, float[], short or short[]"} (plus MemorySegment), for messages. */
    public static String carriersText(DType dtype) {
        StringBuilder out = new StringBuilder();
        for (JavaKind k : primitivesFor(dtype)) {
            out.append(k.javaName()).append(", ").append(k.javaName()).append("[], ");
        }
        if (dtype == DType.U8) {
            out.append("String, ");
        }
        return out.append("or MemorySegment (raw bytes)").toString();
    }
}
