package io.shmx.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shmx.processor.model.StreamDef;
import javax.lang.model.element.Modifier;

/**
 * {@code FooWriter.PositionsClaim}: the typed, reusable handle on a stream's bytes claimed in
 * the slot, for a primitive-array stream. Writes go straight to shared memory; every index is
 * checked against the claimed count so that a write never lands in another stream.
 */
final class ClaimGenerator {
    static final String WRAP = "wrap";
    static final String RELEASE = "release";
    static final String COPY_FROM = "copyFrom";

    private ClaimGenerator() {}

    static TypeSpec generate(GenerationContext ctx, StreamCodec c) {
        StreamDef s = c.stream();
        ClassName claim = ctx.writer().nestedClass(c.names().claimType());
        TypeName element = c.elementType();
        boolean vector = s.components() > 1;
        TypeSpec.Builder b = TypeSpec.classBuilder(claim)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The elements of stream $L claimed in the frame being written, filled in place.\n"
                        + "Valid until the frame is published or aborted; after that every write fails.\n",
                        Javadoc.escape(GenerationContext.describe(s)))
                .addField(FieldSpec.builder(RuntimeTypes.MEMORY_SEGMENT, "segment", Modifier.PRIVATE)
                        .initializer("$T.NULL", RuntimeTypes.MEMORY_SEGMENT).build())
                .addField(long.class, "offset", Modifier.PRIVATE)
                .addField(int.class, "count", Modifier.PRIVATE)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

        b.addMethod(MethodSpec.methodBuilder(WRAP)
                .addModifiers(Modifier.PRIVATE)
                .returns(claim)
                .addParameter(RuntimeTypes.MEMORY_SEGMENT, "segment")
                .addParameter(long.class, "offset")
                .addParameter(int.class, "count")
                .addStatement("this.segment = segment")
                .addStatement("this.offset = offset")
                .addStatement("this.count = count")
                .addStatement("return this")
                .build());
        b.addMethod(MethodSpec.methodBuilder(RELEASE)
                .addModifiers(Modifier.PRIVATE)
                .addStatement("segment = $T.NULL", RuntimeTypes.MEMORY_SEGMENT)
                .addStatement("count = 0")
                .build());
        b.addMethod(MethodSpec.methodBuilder("count")
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addJavadoc("Elements claimed ($L scalars each).\n", s.components())
                .addStatement("return count")
                .build());
        b.addMethod(MethodSpec.methodBuilder("segment")
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.MEMORY_SEGMENT)
                .addJavadoc("The slot the claimed bytes live in; they start at {@link #offset()} and span\n"
                        + "{@code count() * $L} bytes, little-endian.\n", s.bytesPerElem())
                .addStatement("return segment")
                .build());
        b.addMethod(MethodSpec.methodBuilder("offset")
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addJavadoc("Offset of the first claimed byte within {@link #segment()}.\n")
                .addStatement("return offset")
                .build());

        // set(index[, component], value) and its variants
        b.addMethod(setter(claim, "set", vector, element, "value", c.write("segment", "at", "value"),
                "Stores element {@code index}" + (vector ? ", component {@code component}" : "") + "."));
        if (c.names().unsigned() != null) {
            CodeBlock store = c.writeWire("segment", "at", c.narrowUnsigned("value"));
            MethodSpec.Builder m = setterBuilder(claim, "setUnsigned", vector, c.unsignedType(), "value",
                    "Stores an unsigned value (0 to " + c.unsignedMax() + ")" + ".");
            m.beginControlFlow("if (value < 0 || value > $LL)", c.unsignedMax())
                    .addStatement("throw new $T($S + value + $S)", IllegalArgumentException.class,
                            "unsigned value ", " does not fit stream '" + s.name() + "' (" + s.dtype() + ", 0 to "
                                    + c.unsignedMax() + ")")
                    .endControlFlow();
            b.addMethod(finishSetter(m, vector, store));
        }
        if (c.isHalfAsFloat()) {
            b.addMethod(setter(claim, "setBits", vector, TypeName.SHORT, "bits",
                    c.writeWire("segment", "at", CodeBlock.of("bits")), "Stores raw " + s.dtype() + " bits."));
        }
        if (c.isHalfAsShort()) {
            b.addMethod(setter(claim, "setFloat", vector, TypeName.FLOAT, "value",
                    c.writeWire("segment", "at", c.floatToHalf("value")),
                    "Stores a float converted to " + s.dtype() + " (round to nearest even)."));
        }
        b.addMethod(copyFrom(claim, c));
        b.addMethod(at(c, vector));
        return b.build();
    }

    private static MethodSpec setter(ClassName claim, String name, boolean vector, TypeName type, String param,
                                     CodeBlock store, String doc) {
        return finishSetter(setterBuilder(claim, name, vector, type, param, doc), vector, store);
    }

    private static MethodSpec.Builder setterBuilder(ClassName claim, String name, boolean vector, TypeName type,
                                                    String param, String doc) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(claim)
                .addJavadoc(doc + "\n")
                .addParameter(int.class, "index");
        if (vector) {
            m.addParameter(int.class, "component");
        }
        return m.addParameter(type, param);
    }

    private static MethodSpec finishSetter(MethodSpec.Builder m, boolean vector, CodeBlock store) {
        return m.addStatement("long at = at(index$L)", vector ? ", component" : "")
                .addStatement(store)
                .addStatement("return this")
                .build();
    }

    private static MethodSpec copyFrom(ClassName claim, StreamCodec c) {
        StreamDef s = c.stream();
        MethodSpec.Builder m = MethodSpec.methodBuilder(COPY_FROM)
                .addModifiers(Modifier.PUBLIC)
                .returns(claim)
                .addParameter(ArrayTypeName.of(c.elementType()), "values")
                .addJavadoc("Stores all claimed elements from {@code values}, $L scalar(s) per element\n"
                        + "({@code values.length} must be {@code count() * $L}).\n", s.components(), s.components())
                .beginControlFlow("if (values.length != (long) count * $L)", c.constant("_COMPONENTS"))
                .addStatement("throw new $T($S + count + $S + values.length)", IllegalArgumentException.class,
                        "stream '" + s.name() + "' claimed ",
                        " elements of " + s.components() + " scalar(s), but the array holds ")
                .endControlFlow();
        if (c.converts()) {
            m.beginControlFlow("for (int i = 0; i < values.length; i++)")
                    .addStatement("long at = offset + (long) i * $L", s.dtype().size())
                    .addStatement(c.write("segment", "at", "values[i]"))
                    .endControlFlow();
        } else {
            m.addStatement("$T.copy(values, 0, segment, $L, offset, values.length)", RuntimeTypes.MEMORY_SEGMENT,
                    c.wire().ref(c.schema()));
        }
        return m.addStatement("return this").build();
    }

    /** {@code at(index[, component])}: the checked byte offset of an element (or one of its scalars). */
    private static MethodSpec at(StreamCodec c, boolean withComponent) {
        StreamDef s = c.stream();
        MethodSpec.Builder m = MethodSpec.methodBuilder("at")
                .addModifiers(Modifier.PRIVATE)
                .returns(long.class)
                .addParameter(int.class, "index");
        if (withComponent) {
            m.addParameter(int.class, "component");
        }
        m.beginControlFlow("if ($T.compareUnsigned(index, count) >= 0)", Integer.class)
                .addStatement("throw new $T(count == 0 ? $S : $S + index + $S + count + $S)",
                        IndexOutOfBoundsException.class,
                        "the claim of stream '" + s.name() + "' is closed: its frame was published or aborted",
                        "index ", " is outside the claim of stream '" + s.name() + "' (", " elements)")
                .endControlFlow();
        if (withComponent) {
            m.beginControlFlow("if ($T.compareUnsigned(component, $L) >= 0)", Integer.class, s.components())
                    .addStatement("throw new $T($S + component + $S)", IndexOutOfBoundsException.class,
                            "component ", " is outside 0.." + (s.components() - 1) + " of stream '" + s.name() + "'")
                    .endControlFlow()
                    .addStatement("return offset + (long) index * $L + (long) component * $L", s.bytesPerElem(),
                            s.dtype().size());
        } else {
            m.addStatement("return offset + (long) index * $L", s.bytesPerElem());
        }
        return m.build();
    }
}
