package io.shmx.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.shmx.processor.model.JavaKind;
import io.shmx.processor.model.StreamDef;
import javax.lang.model.element.Modifier;

/**
 * {@code FooWriter}: creates the channel from the schema and publishes frames, either a whole
 * record ({@code publish(Foo, simTime)}) or stream by stream straight into the slot
 * ({@code begin()} ... {@code publish(simTime)}). Both go through the same {@code Frame} code.
 */
final class WriterGenerator {
    private WriterGenerator() {}

    static TypeSpec generate(GenerationContext ctx) {
        ClassName writer = ctx.writer();
        ClassName record = ctx.record();
        ClassName frame = writer.nestedClass("Frame");
        TypeSpec.Builder b = ctx.topLevelClass(writer)
                .addSuperinterface(RuntimeTypes.AUTO_CLOSEABLE)
                .addJavadoc("The producer of a channel of {@link $T} frames. One writer per channel; not thread-safe.\n", record)
                .addJavadoc("\n<pre>{@code\ntry ($T writer = $T.create(\"my-channel\")) {\n"
                        + "    long frameId = writer.publish(frame, simTime);           // copies the record's arrays\n"
                        + "    writer.begin()$L.publish(simTime);  // zero-copy: fill the slot in place\n"
                        + "}\n}</pre>\n", writer, writer, zeroCopyExample(ctx))
                .addField(RuntimeTypes.SHMX_SERVER, "server", Modifier.PRIVATE, Modifier.FINAL)
                .addField(long.class, "frameBytesCap", Modifier.PRIVATE, Modifier.FINAL)
                .addField(frame, "frame", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(RuntimeTypes.SHMX_SERVER, "server")
                        .addStatement("this.server = server")
                        .addStatement("this.frameBytesCap = server.config().frameBytesCap()")
                        .addStatement("this.frame = new Frame()")
                        .build());

        b.addMethod(MethodSpec.methodBuilder("create")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(writer)
                .addParameter(String.class, "channel")
                .addJavadoc("Creates the channel {@code channel} ({@code /dev/shm/<channel>}) with the default config.\n")
                .addStatement("return create(channel, $T.defaults())", RuntimeTypes.CHANNEL_CONFIG)
                .build());
        b.addMethod(MethodSpec.methodBuilder("create")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(writer)
                .addParameter(String.class, "channel")
                .addParameter(RuntimeTypes.CHANNEL_CONFIG, "config")
                .addJavadoc("Creates the channel {@code channel} with {@code config} and the streams of {@link $T}.\n",
                        ctx.schema())
                .addStatement("return new $T($T.create(channel, config, $T.streams()))", writer,
                        RuntimeTypes.SHMX_SERVER, ctx.schema())
                .build());
        b.addMethod(getter("server", RuntimeTypes.SHMX_SERVER, "server",
                "The underlying server (header info, control messages, readers)."));
        b.addMethod(getter("channel", ClassName.get(String.class), "server.name()", "The channel name."));
        b.addMethod(getter("frameBytesCap", TypeName.LONG, "frameBytesCap",
                "Largest payload of one frame in bytes, TLV headers and padding included."));

        b.addMethod(bytesNeeded(ctx));
        b.addMethod(publishRecord(ctx));
        b.addMethod(MethodSpec.methodBuilder("begin")
                .addModifiers(Modifier.PUBLIC)
                .returns(frame)
                .addJavadoc("Begins a frame written in place; fill every stream, then {@link Frame#publish(double)}\n"
                        + "or {@link Frame#abort()}. Returns this writer's single reusable {@link Frame}.\n"
                        + "\n@throws IllegalStateException when a frame is already begun\n")
                .beginControlFlow("if (frame.isOpen())")
                .addStatement("throw new $T($S)", IllegalStateException.class,
                        "a frame is already begun on this writer: publish or abort it first")
                .endControlFlow()
                .addStatement("frame.open(server.beginFrame())")
                .addStatement("return frame")
                .build());
        b.addMethod(MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Aborts a begun frame and closes the channel (readers see no new frames; the region stays).\n")
                .addStatement("frame.abort()")
                .addStatement("server.close()")
                .build());
        b.addMethod(MethodSpec.methodBuilder("destroy")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Aborts a begun frame, closes the channel and removes its region.\n")
                .addStatement("frame.abort()")
                .addStatement("server.destroy()")
                .build());
        b.addMethod(tooLarge(ctx));
        b.addMethod(present(ctx));
        b.addMethod(elements());
        if (ctx.codecs().stream().anyMatch(c -> c.stream().javaType().kind() == JavaKind.STRING)) {
            b.addMethod(utf8());
        }
        if (ctx.codecs().stream().anyMatch(c -> c.stream().javaType().kind() == JavaKind.MEMORY_SEGMENT)) {
            b.addMethod(segmentElements());
        }
        b.addType(FrameGenerator.generate(ctx));
        for (StreamCodec c : ctx.codecs()) {
            if (c.names().claimType() != null) {
                b.addType(ClaimGenerator.generate(ctx, c));
            }
        }
        return b.build();
    }

    private static String zeroCopyExample(GenerationContext ctx) {
        StreamCodec first = ctx.codecs().getFirst();
        StreamDef s = first.stream();
        String call = switch (s.javaType().kind()) {
            case STRING -> "." + s.component() + "(\"text\")";
            case MEMORY_SEGMENT -> "." + s.component() + "(bytes)";
            default -> s.javaType().array() ? "." + s.component() + "(n).set(...)" : "." + s.component() + "(value)";
        };
        return call + (ctx.codecs().size() > 1 ? "..." : "");
    }

    private static MethodSpec getter(String name, TypeName type, String expr, String doc) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addJavadoc(doc + "\n")
                .addStatement("return $L", expr)
                .build();
    }

    /** The data bytes of one stream of {@code frame}, validating its shape. */
    static CodeBlock dataBytes(GenerationContext ctx, StreamCodec c) {
        StreamDef s = c.stream();
        CodeBlock value = CodeBlock.of("present(frame.$L(), $S)", s.component(), s.component());
        return switch (s.javaType().kind()) {
            case STRING -> CodeBlock.of("(long) utf8($L, $L).length", value, c.constant("_NAME"));
            case MEMORY_SEGMENT -> CodeBlock.of("segmentElements($L, $L, $L) * $L", value, c.constant("_BYTES_PER_ELEM"),
                    c.constant("_NAME"), c.constant("_BYTES_PER_ELEM"));
            default -> s.javaType().array()
                    ? CodeBlock.of("(long) elements($L.length, $L, $L) * $L", value, c.constant("_COMPONENTS"),
                            c.constant("_NAME"), c.constant("_BYTES_PER_ELEM"))
                    : c.constant("_BYTES_PER_ELEM");
        };
    }

    private static MethodSpec bytesNeeded(GenerationContext ctx) {
        CodeBlock.Builder sum = CodeBlock.builder();
        for (int i = 0; i < ctx.codecs().size(); i++) {
            StreamCodec c = ctx.codecs().get(i);
            sum.add(i == 0 ? "$T.$L($L)" : "\n+ $T.$L($L)", ctx.schema(), SchemaGenerator.FRAME_STREAM_BYTES,
                    dataBytes(ctx, c));
        }
        return MethodSpec.methodBuilder("bytesNeeded")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(long.class)
                .addParameter(ctx.record(), "frame")
                .addJavadoc("Payload bytes {@code frame} needs in a slot, TLV headers and padding included; compare with\n"
                        + "{@code ChannelConfig.frameBytesCap()}.\n"
                        + "\n@throws IllegalArgumentException when a component is null or its length does not fit the stream\n")
                .addStatement("$T.requireNonNull(frame, $S)", RuntimeTypes.OBJECTS, "frame")
                .addStatement("return $L", sum.build())
                .build();
    }

    private static MethodSpec publishRecord(GenerationContext ctx) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("publish")
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addParameter(ctx.record(), "frame")
                .addParameter(double.class, "simTime")
                .addJavadoc("Publishes {@code frame}, copying each component into the slot; returns its frame id.\n"
                        + "\n@throws $T when the frame needs more than {@link #frameBytesCap()} bytes\n"
                        + "@throws IllegalArgumentException when a component is null or its length does not fit the stream\n",
                        RuntimeTypes.FRAME_TOO_LARGE)
                .addStatement("long needed = bytesNeeded(frame)")
                .beginControlFlow("if (needed > frameBytesCap)")
                .addStatement("throw tooLarge(needed, $S)", "")
                .endControlFlow()
                .addStatement("$T open = begin()", ctx.writer().nestedClass("Frame"))
                .beginControlFlow("try");
        CodeBlock.Builder chain = CodeBlock.builder().add("return open");
        for (StreamCodec c : ctx.codecs()) {
            chain.add("\n.$L(frame.$L())", c.stream().component(), c.stream().component());
        }
        m.addStatement(chain.add("\n.publish(simTime)").build());
        m.nextControlFlow("finally")
                .addStatement("open.abort()")
                .endControlFlow();
        return m.build();
    }

    private static MethodSpec tooLarge(GenerationContext ctx) {
        return MethodSpec.methodBuilder("tooLarge")
                .addModifiers(Modifier.PRIVATE)
                .returns(RuntimeTypes.FRAME_TOO_LARGE)
                .addParameter(long.class, "needed")
                .addParameter(String.class, "detail")
                .addStatement("return new $T($S + needed + $S + detail + $S + server.name() + $S + frameBytesCap\n"
                                + "+ $S + server.name() + $S + needed + $S, needed, frameBytesCap)",
                        RuntimeTypes.FRAME_TOO_LARGE,
                        "a " + ctx.frame().recordSimpleName() + " frame needs ",
                        " payload bytes (TLV headers and 16-byte padding included",
                        ") but channel '",
                        "' takes at most ",
                        "; create the writer with " + ctx.frame().writerType() + ".create(\"",
                        "\", ChannelConfig.defaults().withFrameBytesCap(",
                        ")) or larger")
                .build();
    }

    private static MethodSpec present(GenerationContext ctx) {
        TypeVariableName t = TypeVariableName.get("T");
        return MethodSpec.methodBuilder("present")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(t)
                .returns(t)
                .addParameter(t, "value")
                .addParameter(String.class, "component")
                .beginControlFlow("if (value == null)")
                .addStatement("throw new $T($S + component + $S)", IllegalArgumentException.class,
                        ctx.frame().recordSimpleName() + ".", "() is null; every component of a frame is a stream")
                .endControlFlow()
                .addStatement("return value")
                .build();
    }

    private static MethodSpec elements() {
        return MethodSpec.methodBuilder("elements")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int.class)
                .addParameter(int.class, "scalars")
                .addParameter(int.class, "components")
                .addParameter(String.class, "stream")
                .addJavadoc("Elements in a flat array of {@code scalars} values, {@code components} per element.\n")
                .beginControlFlow("if (scalars % components != 0)")
                .addStatement("throw new $T(\"stream '\" + stream + \"' has \" + components + \" scalars per element, but"
                        + " the array holds \" + scalars + \", not a multiple of \" + components)",
                        IllegalArgumentException.class)
                .endControlFlow()
                .addStatement("return scalars / components")
                .build();
    }

    private static MethodSpec segmentElements() {
        return MethodSpec.methodBuilder("segmentElements")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(long.class)
                .addParameter(RuntimeTypes.MEMORY_SEGMENT, "bytes")
                .addParameter(int.class, "bytesPerElem")
                .addParameter(String.class, "stream")
                .addJavadoc("Elements in a segment of raw stream bytes.\n")
                .beginControlFlow("if (bytes.byteSize() % bytesPerElem != 0)")
                .addStatement("throw new $T(\"stream '\" + stream + \"' has \" + bytesPerElem + \" bytes per element, but"
                        + " the segment holds \" + bytes.byteSize() + \" bytes, not a multiple of \" + bytesPerElem)",
                        IllegalArgumentException.class)
                .endControlFlow()
                .addStatement("return bytes.byteSize() / bytesPerElem")
                .build();
    }

    private static MethodSpec utf8() {
        return MethodSpec.methodBuilder("utf8")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(byte[].class)
                .addParameter(String.class, "value")
                .addParameter(String.class, "stream")
                .addJavadoc("The UTF-8 bytes a String stream carries.\n")
                .addStatement("return $T.requireNonNull(value, stream).getBytes($T.UTF_8)", RuntimeTypes.OBJECTS,
                        RuntimeTypes.STANDARD_CHARSETS)
                .build();
    }
}
