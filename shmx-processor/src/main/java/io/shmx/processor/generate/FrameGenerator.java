package io.shmx.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.shmx.processor.model.StreamDef;
import javax.lang.model.element.Modifier;

/**
 * {@code FooWriter.Frame}: a {@code TypedFrame} with one typed setter per stream and, for array
 * streams, a claim to fill in place (a runtime claim class per dtype, registered once). Checks,
 * reservation and publishing live in the runtime.
 */
final class FrameGenerator {
    private FrameGenerator() {}

    static TypeSpec generate(GenerationContext ctx) {
        ClassName frame = ctx.writer().nestedClass("Frame");
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addStatement("super($L)", ctx.frameSchema());
        TypeSpec.Builder b = TypeSpec.classBuilder(frame)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(RuntimeTypes.TYPED_FRAME)
                .addJavadoc("A frame being written straight into its slot (see {@link $T}). Write each stream once (in any\n"
                        + "order), then {@link #publish(double)} or {@link #abort()}.\n", RuntimeTypes.TYPED_FRAME);
        for (StreamCodec c : ctx.codecs()) {
            if (c.stream().javaType().isPrimitiveArray()) {
                constructor.addStatement("registerClaim($L, new $T($L, $L))", c.index(), c.claim(), ctx.frameSchema(),
                        c.index());
            }
            addStreamMethods(b, frame, c);
        }
        return b.addMethod(constructor.build()).build();
    }

    private static void addStreamMethods(TypeSpec.Builder b, ClassName frame, StreamCodec c) {
        StreamDef s = c.stream();
        String name = c.names().accessor();
        String describe = Javadoc.escape(GenerationContext.describe(s));
        int k = c.index();
        switch (s.javaType().kind()) {
            case STRING -> b.addMethod(setter(frame, name, c, "value",
                    "Writes stream $L: the UTF-8 bytes of {@code value}, one element per byte, encoded straight into the slot.",
                    describe).addStatement("putText($L, value)", k).addStatement("return this").build());
            case MEMORY_SEGMENT -> {
                b.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.MEMORY_SEGMENT)
                        .addParameter(long.class, "count")
                        .addJavadoc("Claims stream $L for {@code count} elements ($L bytes each) and returns its bytes\n"
                                + "in the slot to fill in place (little-endian).\n", describe, s.bytesPerElem())
                        .addStatement("return claimBytes($L, count)", k).build());
                b.addMethod(setter(frame, name, c, "bytes",
                        "Writes stream $L: a copy of {@code bytes} (a whole number of $L-byte elements).", describe,
                        s.bytesPerElem()).addStatement("putBytes($L, bytes)", k).addStatement("return this").build());
            }
            default -> {
                if (!s.javaType().array()) {
                    b.addMethod(setter(frame, name, c, "value", "Writes stream $L: one element.", describe)
                            .addStatement("$L($L, value)", c.put(), k).addStatement("return this").build());
                    return;
                }
                b.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                        .returns(c.claim())
                        .addParameter(int.class, "count")
                        .addJavadoc("Claims stream $L for {@code count} elements in the slot; fill them through the\n"
                                + "returned claim (reused: one per stream and writer).\n", describe)
                        .addStatement("return claimArray($L, count)", k).build());
                b.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                        .returns(frame)
                        .addParameter(ArrayTypeName.of(c.elementType()), "values")
                        .addJavadoc("Writes stream $L: a copy of {@code values}, $L scalar(s) per element.\n", describe,
                                s.components())
                        .addStatement("$L(elementsOf($L, values)).copyFrom(values)", name, k)
                        .addStatement("return this").build());
            }
        }
    }

    private static MethodSpec.Builder setter(ClassName frame, String name, StreamCodec c, String param, String doc,
                                             Object... docArgs) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                .returns(frame)
                .addParameter(c.componentType(), param)
                .addJavadoc(doc + "\n", docArgs);
    }
}
