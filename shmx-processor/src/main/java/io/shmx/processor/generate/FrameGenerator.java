package io.shmx.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.shmx.processor.model.StreamDef;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code FooWriter.Frame}: the frame being written, one reusable instance per writer. Each
 * stream is written once, either claimed and filled in place or copied from a value; publish
 * checks that every stream is there.
 */
final class FrameGenerator {
    private FrameGenerator() {}

    static TypeSpec generate(GenerationContext ctx) {
        ClassName frame = ctx.writer().nestedClass("Frame");
        TypeSpec.Builder b = TypeSpec.classBuilder(frame)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("A frame being written straight into its slot. Write each stream once (in any order), then\n"
                        + "{@link #publish(double)} or {@link #abort()}. Claims and segments handed out are valid until then.\n")
                .addField(RuntimeTypes.FRAME_WRITER, "writer", Modifier.PRIVATE);
        for (StreamCodec c : ctx.codecs()) {
            if (c.names().claimType() != null) {
                ClassName claim = ctx.writer().nestedClass(c.names().claimType());
                b.addField(FieldSpec.builder(claim, claimField(c), Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T()", claim).build());
            }
            b.addField(boolean.class, writtenField(c), Modifier.PRIVATE);
        }
        b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

        MethodSpec.Builder open = MethodSpec.methodBuilder("open")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(RuntimeTypes.FRAME_WRITER, "writer")
                .addStatement("this.writer = writer");
        MethodSpec.Builder close = MethodSpec.methodBuilder("close")
                .addModifiers(Modifier.PRIVATE)
                .addStatement("writer = null");
        for (StreamCodec c : ctx.codecs()) {
            open.addStatement("$L = false", writtenField(c));
            if (c.names().claimType() != null) {
                close.addStatement("$L.$L()", claimField(c), ClaimGenerator.RELEASE);
            }
        }
        b.addMethod(open.build()).addMethod(close.build());

        b.addMethod(MethodSpec.methodBuilder("isOpen")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addJavadoc("Whether the frame is begun and neither published nor aborted.\n")
                .addStatement("return writer != null")
                .build());
        for (StreamCodec c : ctx.codecs()) {
            addStreamMethods(ctx, b, frame, c);
        }
        b.addMethod(MethodSpec.methodBuilder("payloadBytes")
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addJavadoc("Payload bytes used so far, TLV headers and padding included.\n")
                .addStatement("return requireOpen().payloadBytes()")
                .build());
        b.addMethod(publish(ctx));
        b.addMethod(MethodSpec.methodBuilder("abort")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Drops the frame: readers never see it. Does nothing when no frame is open.\n")
                .beginControlFlow("if (writer != null)")
                .addStatement("$T aborted = writer", RuntimeTypes.FRAME_WRITER)
                .addStatement("close()")
                .addStatement("aborted.abort()")
                .endControlFlow()
                .build());
        b.addMethod(MethodSpec.methodBuilder("requireOpen")
                .addModifiers(Modifier.PRIVATE)
                .returns(RuntimeTypes.FRAME_WRITER)
                .beginControlFlow("if (writer == null)")
                .addStatement("throw new $T($S)", IllegalStateException.class,
                        "no frame is open: call " + ctx.frame().writerType() + ".begin() first (a frame ends with publish or abort)")
                .endControlFlow()
                .addStatement("return writer")
                .build());
        b.addMethod(reserve(ctx));
        return b.build();
    }

    static String claimField(StreamCodec c) {
        return c.stream().component() + "Claim";
    }

    static String writtenField(StreamCodec c) {
        return c.stream().component() + "Written";
    }

    private static void addStreamMethods(GenerationContext ctx, TypeSpec.Builder b, ClassName frame, StreamCodec c) {
        StreamDef s = c.stream();
        String name = s.component();
        String describe = Javadoc.escape(GenerationContext.describe(s));
        CodeBlock reserveArgs = CodeBlock.of("$L, $L, $L", c.constant("_ID"), c.constant("_BYTES_PER_ELEM"),
                c.constant("_NAME"));
        switch (s.javaType().kind()) {
            case STRING -> b.addMethod(MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(frame)
                    .addParameter(String.class, "value")
                    .addJavadoc("Writes stream $L: the UTF-8 bytes of {@code value}, one element per byte.\n", describe)
                    .addStatement("byte[] bytes = $T.utf8(value, $L)", ctx.writer(), c.constant("_NAME"))
                    .addStatement("long at = reserve($L, bytes.length, $L)", writtenField(c), reserveArgs)
                    .addStatement("$T.copy(bytes, 0, writer.segment(), $L, at, bytes.length)", RuntimeTypes.MEMORY_SEGMENT,
                            c.wire().ref(c.schema()))
                    .addStatement("$L = true", writtenField(c))
                    .addStatement("return this")
                    .build());
            case MEMORY_SEGMENT -> {
                b.addMethod(MethodSpec.methodBuilder(name)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.MEMORY_SEGMENT)
                        .addParameter(long.class, "count")
                        .addJavadoc("Claims stream $L for {@code count} elements ($L bytes each) and returns its bytes\n"
                                + "in the slot to fill in place (little-endian).\n", describe, s.bytesPerElem())
                        .addStatement("long at = reserve($L, count, $L)", writtenField(c), reserveArgs)
                        .addStatement("$L = true", writtenField(c))
                        .addStatement("return writer.segment().asSlice(at, count * $L)", c.constant("_BYTES_PER_ELEM"))
                        .build());
                b.addMethod(MethodSpec.methodBuilder(name)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(frame)
                        .addParameter(RuntimeTypes.MEMORY_SEGMENT, "bytes")
                        .addJavadoc("Writes stream $L: a copy of {@code bytes} (a whole number of $L-byte elements).\n",
                                describe, s.bytesPerElem())
                        .addStatement("long count = $T.segmentElements($T.requireNonNull(bytes, $L), $L, $L)",
                                ctx.writer(), RuntimeTypes.OBJECTS, c.constant("_NAME"), c.constant("_BYTES_PER_ELEM"),
                                c.constant("_NAME"))
                        .addStatement("$T.copy(bytes, 0, this.$L(count), 0, bytes.byteSize())", RuntimeTypes.MEMORY_SEGMENT, name)
                        .addStatement("return this")
                        .build());
            }
            default -> {
                if (s.javaType().array()) {
                    ClassName claim = ctx.writer().nestedClass(c.names().claimType());
                    b.addMethod(MethodSpec.methodBuilder(name)
                            .addModifiers(Modifier.PUBLIC)
                            .returns(claim)
                            .addParameter(int.class, "count")
                            .addJavadoc("Claims stream $L for {@code count} elements in the slot; fill them through the\n"
                                    + "returned claim (reused: one per stream and writer).\n", describe)
                            .addStatement("long at = reserve($L, count, $L)", writtenField(c), reserveArgs)
                            .addStatement("$L = true", writtenField(c))
                            .addStatement("return $L.$L(writer.segment(), at, count)", claimField(c), ClaimGenerator.WRAP)
                            .build());
                    b.addMethod(MethodSpec.methodBuilder(name)
                            .addModifiers(Modifier.PUBLIC)
                            .returns(frame)
                            .addParameter(ArrayTypeName.of(c.elementType()), "values")
                            .addJavadoc("Writes stream $L: a copy of {@code values}, $L scalar(s) per element.\n",
                                    describe, s.components())
                            .addStatement("this.$L($T.elements($T.requireNonNull(values, $L).length, $L, $L)).$L(values)", name,
                                    ctx.writer(), RuntimeTypes.OBJECTS, c.constant("_NAME"), c.constant("_COMPONENTS"),
                                    c.constant("_NAME"), ClaimGenerator.COPY_FROM)
                            .addStatement("return this")
                            .build());
                } else {
                    b.addMethod(MethodSpec.methodBuilder(name)
                            .addModifiers(Modifier.PUBLIC)
                            .returns(frame)
                            .addParameter(c.elementType(), "value")
                            .addJavadoc("Writes stream $L: one element.\n", describe)
                            .addStatement("long at = reserve($L, 1, $L)", writtenField(c), reserveArgs)
                            .addStatement(c.write("writer.segment()", "at", "value"))
                            .addStatement("$L = true", writtenField(c))
                            .addStatement("return this")
                            .build());
                }
            }
        }
    }

    private static MethodSpec publish(GenerationContext ctx) {
        List<StreamCodec> codecs = ctx.codecs();
        CodeBlock.Builder allWritten = CodeBlock.builder();
        for (int i = 0; i < codecs.size(); i++) {
            allWritten.add(i == 0 ? "$L" : " && $L", writtenField(codecs.get(i)));
        }
        MethodSpec.Builder m = MethodSpec.methodBuilder("publish")
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addParameter(double.class, "simTime")
                .addJavadoc("Publishes the frame with {@code simTime}; returns its frame id.\n"
                        + "\n@throws IllegalStateException when a stream was not written (the frame stays open)\n")
                .addStatement("$T open = requireOpen()", RuntimeTypes.FRAME_WRITER)
                .beginControlFlow("if (!($L))", allWritten.build())
                .addStatement("$T missing = new $T()", StringBuilder.class, StringBuilder.class);
        for (StreamCodec c : codecs) {
            m.beginControlFlow("if (!$L)", writtenField(c))
                    .addStatement("missing.append(missing.isEmpty() ? \"\" : \", \").append($S)", c.stream().name())
                    .endControlFlow();
        }
        m.addStatement("throw new $T($S + missing + $S)", IllegalStateException.class,
                        "the frame lacks stream(s) ", ": write every stream of " + ctx.frame().recordSimpleName()
                                + " before publish, or abort()")
                .endControlFlow()
                .addStatement("close()")
                .addStatement("return open.publish(simTime)");
        return m.build();
    }

    private static MethodSpec reserve(GenerationContext ctx) {
        return MethodSpec.methodBuilder("reserve")
                .addModifiers(Modifier.PRIVATE)
                .returns(long.class)
                .addParameter(boolean.class, "written")
                .addParameter(long.class, "count")
                .addParameter(int.class, "streamId")
                .addParameter(int.class, "bytesPerElem")
                .addParameter(String.class, "stream")
                .addJavadoc("Claims a stream's bytes after checking the frame is open, the stream new and the frame within the cap.\n")
                .addStatement("$T open = requireOpen()", RuntimeTypes.FRAME_WRITER)
                .beginControlFlow("if (written)")
                .addStatement("throw new $T(\"stream '\" + stream + \"' is already in this frame; each stream is written once\")",
                        IllegalStateException.class)
                .endControlFlow()
                .beginControlFlow("if (count < 0)")
                .addStatement("throw new $T(\"stream '\" + stream + \"': element count \" + count + \" is negative\")",
                        IllegalArgumentException.class)
                .endControlFlow()
                .addStatement("long needed = open.payloadBytes() + $T.$L(count * bytesPerElem)", ctx.schema(),
                        SchemaGenerator.FRAME_STREAM_BYTES)
                .beginControlFlow("if (needed > frameBytesCap)")
                .addStatement("throw $T.this.tooLarge(needed, \", counting the streams written so far and '\" + stream + \"'\")",
                        ctx.writer())
                .endControlFlow()
                .addStatement("return open.claimOffset(streamId, count)")
                .build();
    }
}
