package io.shmx.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import io.shmx.DType;
import javax.lang.model.element.Modifier;

/**
 * The little-endian, unaligned value layouts generated code reads and writes stream data with
 * (stream data is 8-byte aligned on the wire, but an element of a vector stream need not be).
 * Each schema declares the ones its streams use, once, as package-private constants.
 */
enum WireLayout {
    BYTE("JAVA_BYTE", "OfByte", TypeName.BYTE),
    LE_SHORT("JAVA_SHORT_UNALIGNED", "OfShort", TypeName.SHORT),
    LE_INT("JAVA_INT_UNALIGNED", "OfInt", TypeName.INT),
    LE_LONG("JAVA_LONG_UNALIGNED", "OfLong", TypeName.LONG),
    LE_FLOAT("JAVA_FLOAT_UNALIGNED", "OfFloat", TypeName.FLOAT),
    LE_DOUBLE("JAVA_DOUBLE_UNALIGNED", "OfDouble", TypeName.DOUBLE);

    private final String base;
    private final String layoutType;
    private final TypeName carrier;

    WireLayout(String base, String layoutType, TypeName carrier) {
        this.base = base;
        this.layoutType = layoutType;
        this.carrier = carrier;
    }

    /** The layout a dtype's scalars are stored with. */
    static WireLayout of(DType dtype) {
        return switch (dtype) {
            case BOOL, I8, U8 -> BYTE;
            case I16, U16, F16, BF16 -> LE_SHORT;
            case I32, U32 -> LE_INT;
            case I64, U64 -> LE_LONG;
            case F32 -> LE_FLOAT;
            case F64 -> LE_DOUBLE;
        };
    }

    /** The Java type {@code get} returns with this layout. */
    TypeName carrier() {
        return carrier;
    }

    /** The constant's declaration in the schema class. */
    FieldSpec field() {
        ClassName type = RuntimeTypes.VALUE_LAYOUT.nestedClass(layoutType);
        CodeBlock init = this == BYTE
                ? CodeBlock.of("$T.$L", RuntimeTypes.VALUE_LAYOUT, base)
                : CodeBlock.of("$T.$L.withOrder($T.LITTLE_ENDIAN)", RuntimeTypes.VALUE_LAYOUT, base,
                        RuntimeTypes.BYTE_ORDER);
        return FieldSpec.builder(type, name(), Modifier.STATIC, Modifier.FINAL).initializer(init).build();
    }

    /** A reference to the constant from another generated class of the same frame. */
    CodeBlock ref(ClassName schema) {
        return CodeBlock.of("$T.$L", schema, name());
    }
}
