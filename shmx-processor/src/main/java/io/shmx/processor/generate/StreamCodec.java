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
 * How one stream's elements move between Java values and wire bytes: the code fragments the
 * writer, claim and view generators share, so each conversion is written once.
 */
final class StreamCodec {
    private final StreamDef stream;
    private final ClassName schema;
    private final WireLayout wire;

    StreamCodec(StreamDef stream, ClassName schema) {
        this.stream = stream;
        this.schema = schema;
        this.wire = WireLayout.of(stream.dtype());
    }

    StreamDef stream() {
        return stream;
    }

    MemberNames names() {
        return stream.members();
    }

    ClassName schema() {
        return schema;
    }

    WireLayout wire() {
        return wire;
    }

    /** {@code FooSchema.POSITIONS_ID} and friends. */
    CodeBlock constant(String suffix) {
        return CodeBlock.of("$T.$L$L", schema, names().constantPrefix(), suffix);
    }

    /** The Java element type: {@code float} for {@code float[]} and {@code float}. */
    TypeName elementType() {
        return primitive(stream.javaType().kind());
    }

    /** The record component's type. */
    TypeName componentType() {
        JavaKind kind = stream.javaType().kind();
        return switch (kind) {
            case STRING -> ClassName.get(String.class);
            case MEMORY_SEGMENT -> RuntimeTypes.MEMORY_SEGMENT;
            default -> stream.javaType().array() ? ArrayTypeName.of(primitive(kind)) : primitive(kind);
        };
    }

    /** Whether Java values convert on the way (F16/BF16 as float, BOOL as boolean): no bulk copy then. */
    boolean converts() {
        return stream.dtype() == DType.BOOL || isHalfAsFloat();
    }

    boolean isHalfAsFloat() {
        return stream.isHalfFloat() && stream.javaType().kind() == JavaKind.FLOAT;
    }

    boolean isHalfAsShort() {
        return stream.isHalfFloat() && stream.javaType().kind() == JavaKind.SHORT;
    }

    /** The wire value at {@code offset}: {@code segment.get(FooSchema.LE_FLOAT, offset)}. */
    CodeBlock readWire(String segment, String offset) {
        return CodeBlock.of("$L.get($L, $L)", segment, wire.ref(schema), offset);
    }

    /** The element at {@code offset} as its Java element type. */
    CodeBlock read(String segment, String offset) {
        CodeBlock raw = readWire(segment, offset);
        if (stream.dtype() == DType.BOOL) {
            return CodeBlock.of("$L != 0", raw);
        }
        if (isHalfAsFloat()) {
            return halfToFloat(raw);
        }
        return raw;
    }

    /** A half-float's raw bits converted to float. */
    CodeBlock halfToFloat(CodeBlock bits) {
        return stream.dtype() == DType.F16
                ? CodeBlock.of("$T.float16ToFloat($L)", Float.class, bits)
                : CodeBlock.of("$T.intBitsToFloat($L << 16)", Float.class, bits);
    }

    /** A float converted to half-float raw bits (BF16 rounds to nearest even). */
    CodeBlock floatToHalf(String value) {
        return stream.dtype() == DType.F16
                ? CodeBlock.of("$T.floatToFloat16($L)", Float.class, value)
                : CodeBlock.of("$T.$L($L)", schema, SchemaGenerator.FLOAT_TO_BFLOAT16, value);
    }

    /** Statement that stores a Java element value at {@code offset}. */
    CodeBlock write(String segment, String offset, String value) {
        CodeBlock wireValue;
        if (stream.dtype() == DType.BOOL) {
            wireValue = CodeBlock.of("(byte) ($L ? 1 : 0)", value);
        } else if (isHalfAsFloat()) {
            wireValue = floatToHalf(value);
        } else {
            wireValue = CodeBlock.of("$L", value);
        }
        return writeWire(segment, offset, wireValue);
    }

    /** Statement that stores a wire value at {@code offset}. */
    CodeBlock writeWire(String segment, String offset, CodeBlock wireValue) {
        return CodeBlock.of("$L.set($L, $L, $L)", segment, wire.ref(schema), offset, wireValue);
    }

    /** The unsigned reading of a U8/U16/U32 element: int, int, long. */
    TypeName unsignedType() {
        return stream.dtype() == DType.U32 ? TypeName.LONG : TypeName.INT;
    }

    /** Largest unsigned value of U8/U16/U32. */
    long unsignedMax() {
        return switch (stream.dtype()) {
            case U8 -> 0xFFL;
            case U16 -> 0xFFFFL;
            case U32 -> 0xFFFF_FFFFL;
            default -> throw new IllegalStateException("not a widened unsigned dtype: " + stream.dtype());
        };
    }

    CodeBlock unsigned(CodeBlock raw) {
        return switch (stream.dtype()) {
            case U8 -> CodeBlock.of("$T.toUnsignedInt($L)", Byte.class, raw);
            case U16 -> CodeBlock.of("$T.toUnsignedInt($L)", Short.class, raw);
            case U32 -> CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, raw);
            default -> throw new IllegalStateException("not a widened unsigned dtype: " + stream.dtype());
        };
    }

    /** Cast of an unsigned value (already range-checked) to the wire carrier. */
    CodeBlock narrowUnsigned(String value) {
        return CodeBlock.of("($T) $L", wire.carrier(), value);
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
