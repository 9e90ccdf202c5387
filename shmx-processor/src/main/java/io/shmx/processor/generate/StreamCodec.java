package io.shmx.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.shmx.DType;
import io.shmx.processor.model.JavaKind;
import io.shmx.processor.model.MemberNames;
import io.shmx.processor.model.StreamDef;

/**
 * What the generators need to know of one stream: its position {@code k} in the record (the index
 * every runtime helper takes), its Java types, and which helper of the runtime's typed bases reads,
 * writes, claims and copies it. The conversions themselves live in the runtime.
 */
final class StreamCodec {
    private final StreamDef stream;
    private final int index;

    StreamCodec(StreamDef stream, int index) {
        this.stream = stream;
        this.index = index;
    }

    StreamDef stream() {
        return stream;
    }

    /** The stream's position in the record: the {@code k} of the runtime helpers. */
    int index() {
        return index;
    }

    MemberNames names() {
        return stream.members();
    }

    JavaKind kind() {
        return stream.javaType().kind();
    }

    /** The Java element type: {@code float} for {@code float[]} and {@code float}. */
    TypeName elementType() {
        return primitive(kind());
    }

    /** The record component's type. */
    TypeName componentType() {
        return switch (kind()) {
            case STRING -> ClassName.get(String.class);
            case MEMORY_SEGMENT -> RuntimeTypes.MEMORY_SEGMENT;
            default -> stream.javaType().array() ? ArrayTypeName.of(primitive(kind())) : primitive(kind());
        };
    }

    /** The {@code StreamShape} constant of the component. */
    String shape() {
        if (kind() == JavaKind.STRING) {
            return "TEXT";
        }
        if (kind() == JavaKind.MEMORY_SEGMENT) {
            return "BYTES";
        }
        return stream.javaType().array() ? "ARRAY" : "SCALAR";
    }

    boolean isHalfAsFloat() {
        return stream.isHalfFloat() && kind() == JavaKind.FLOAT;
    }

    /** {@code Float} for {@code float}: the suffix of the runtime helpers of this element type. */
    private String kindName() {
        return MemberNames.capitalize(kind().javaName());
    }

    /** The element at byte offset {@code at}, as its Java element type: {@code getFloat(at)}. */
    CodeBlock read(CodeBlock at) {
        return isHalfAsFloat() ? CodeBlock.of("getHalf($L, $L)", index, at) : CodeBlock.of("get$L($L)", kindName(), at);
    }

    /** The raw wire value at {@code at} (the 16 bits of a half float). */
    CodeBlock readBits(CodeBlock at) {
        return CodeBlock.of("getShort($L)", at);
    }

    /** The helper of {@code TypedFrame} that writes a scalar: {@code putDouble}. */
    String put() {
        return isHalfAsFloat() ? "putHalf" : "put" + kindName();
    }

    /** The helper of {@code TypedView} that copies the stream into a new array: {@code floatArray}. */
    String newArray() {
        return kind().javaName() + "Array";
    }

    /** The runtime's claim class of a primitive-array stream. */
    ClassName claim() {
        return RuntimeTypes.typed(isHalfAsFloat() ? "HalfFloatClaim" : kindName() + "Claim");
    }

    /** The unsigned reading's type: int for U8/U16, long for U32, BigInteger for U64. */
    TypeName unsignedType() {
        return switch (stream.dtype()) {
            case U8, U16 -> TypeName.INT;
            case U32 -> TypeName.LONG;
            default -> RuntimeTypes.BIG_INTEGER;
        };
    }

    /** The unsigned value of a raw element. */
    CodeBlock unsigned(CodeBlock raw) {
        return switch (stream.dtype()) {
            case U8 -> CodeBlock.of("$T.toUnsignedInt($L)", Byte.class, raw);
            case U16 -> CodeBlock.of("$T.toUnsignedInt($L)", Short.class, raw);
            case U32 -> CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, raw);
            case U64 -> CodeBlock.of("unsignedValue($L)", raw);
            default -> throw new IllegalStateException("not an unsigned dtype: " + stream.dtype());
        };
    }

    boolean isU64() {
        return stream.dtype() == DType.U64;
    }

    static TypeName primitive(JavaKind kind) {
        return switch (kind) {
            case BOOLEAN -> TypeName.BOOLEAN;
            case BYTE -> TypeName.BYTE;
            case SHORT -> TypeName.SHORT;
            case INT -> TypeName.INT;
            case LONG -> TypeName.LONG;
            case FLOAT -> TypeName.FLOAT;
            case DOUBLE -> TypeName.DOUBLE;
            default -> throw new IllegalArgumentException("not a primitive: " + kind);
        };
    }
}
