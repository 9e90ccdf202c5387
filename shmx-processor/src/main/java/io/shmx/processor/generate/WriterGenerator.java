package io.shmx.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.shmx.processor.model.StreamDef;
import javax.lang.model.element.Modifier;

/**
 * {@code FooWriter}: a {@code TypedWriter} that creates the channel from the schema and publishes
 * frames, either a whole record ({@code publish(Foo, simTime)}) or stream by stream straight into
 * the slot ({@code begin()} ... {@code publish(simTime)}). Both go through the same {@code Frame}.
 */
final class WriterGenerator {
    private WriterGenerator() {}

    static TypeSpec generate(GenerationContext ctx) {
        ClassName writer = ctx.writer();
        ClassName frame = writer.nestedClass("Frame");
        TypeSpec.Builder b = ctx.topLevelClass(writer)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.TYPED_WRITER, frame))
                .addJavadoc("The producer of a channel of {@link $T} frames (see {@link $T}). One writer per channel;\n"
                        + "not thread-safe.\n", ctx.record(), RuntimeTypes.TYPED_WRITER)
                .addJavadoc("\n<pre>{@code\ntry ($T writer = $T.create(\"my-channel\")) {\n"
                        + "    long frameId = writer.publish(frame, simTime);           // copies the record's arrays\n"
                        + "    writer.begin()$L.publish(simTime);  // zero-copy: fill the slot in place\n"
                        + "}\n}</pre>\n", writer, writer, zeroCopyExample(ctx))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(RuntimeTypes.SHMX_SERVER, "server")
                        .addStatement("super(server, new $T())", frame)
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
        b.addMethod(bytesNeeded(ctx));
        b.addMethod(publishRecord(ctx, frame));
        b.addType(FrameGenerator.generate(ctx));
        return b.build();
    }

    private static String zeroCopyExample(GenerationContext ctx) {
        StreamDef s = ctx.codecs().getFirst().stream();
        String call = switch (s.javaType().kind()) {
            case STRING -> "." + s.component() + "(\"text\")";
            case MEMORY_SEGMENT -> "." + s.component() + "(bytes)";
            default -> s.javaType().array() ? "." + s.component() + "(n).set(...)" : "." + s.component() + "(value)";
        };
        return call + (ctx.codecs().size() > 1 ? "..." : "");
    }

    private static MethodSpec bytesNeeded(GenerationContext ctx) {
        CodeBlock.Builder sum = CodeBlock.builder();
        for (StreamCodec c : ctx.codecs()) {
            sum.add(c.index() == 0 ? "" : "\n+ ");
            if (c.stream().javaType().isPrimitiveScalar()) {
                sum.add("streamBytes($L, $L)", ctx.frameSchema(), c.index());
            } else {
                sum.add("streamBytes($L, $L, frame.$L())", ctx.frameSchema(), c.index(), c.stream().component());
            }
        }
        return MethodSpec.methodBuilder("bytesNeeded")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(long.class)
                .addParameter(ctx.record(), "frame")
                .addJavadoc("Payload bytes {@code frame} needs in a slot, TLV headers and padding included; compare with\n"
                        + "{@code ChannelConfig.frameBytesCap()}. Allocates nothing.\n"
                        + "\n@throws IllegalArgumentException when a component is null or its length does not fit the stream\n")
                .addStatement("return $L", sum.build())
                .build();
    }

    private static MethodSpec publishRecord(GenerationContext ctx, ClassName frame) {
        CodeBlock.Builder chain = CodeBlock.builder().add("return open");
        for (StreamCodec c : ctx.codecs()) {
            chain.add("\n.$L(frame.$L())", c.stream().component(), c.stream().component());
        }
        return MethodSpec.methodBuilder("publish")
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addParameter(ctx.record(), "frame")
                .addParameter(double.class, "simTime")
                .addJavadoc("Publishes {@code frame}, copying each component into the slot (a String is encoded once,\n"
                        + "straight into it); returns its frame id. Allocates nothing.\n"
                        + "\n@throws $T when the frame needs more than {@link #frameBytesCap()} bytes\n"
                        + "@throws IllegalArgumentException when a component is null or its length does not fit the stream\n",
                        RuntimeTypes.FRAME_TOO_LARGE)
                .addStatement("$T open = begin(bytesNeeded(frame))", frame)
                .beginControlFlow("try")
                .addStatement(chain.add("\n.publish(simTime)").build())
                .nextControlFlow("finally")
                .addStatement("open.abort()")
                .endControlFlow()
                .build();
    }
}
