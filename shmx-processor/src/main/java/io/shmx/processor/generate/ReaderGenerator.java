package io.shmx.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * {@code FooReader}: a {@code TypedReader} of the record's view; it adds only the two
 * {@code open} methods, which check the channel's directory against the schema.
 */
final class ReaderGenerator {
    private ReaderGenerator() {}

    static TypeSpec generate(GenerationContext ctx) {
        ClassName reader = ctx.reader();
        ClassName view = ctx.view();
        TypeSpec.Builder b = ctx.topLevelClass(reader)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.TYPED_READER, view))
                .addJavadoc("A reader of a channel of {@link $T} frames: {@code latest()}, {@code next()} and\n"
                        + "{@code awaitNext(...)} return its single {@link $T}, re-pointed at the frame (see\n"
                        + "{@link $T}). Not thread-safe.\n", ctx.record(), view, RuntimeTypes.TYPED_READER)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(RuntimeTypes.SHMX_CLIENT, "client")
                        .addStatement("super(client, new $T())", view)
                        .build());
        b.addMethod(MethodSpec.methodBuilder("open")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(reader)
                .addParameter(String.class, "channel")
                .addJavadoc("Opens {@code channel} and checks that its directory carries every stream of {@link $T}\n"
                        + "with the same dtype, components and bytes per element (extra streams are fine).\n"
                        + "A channel that does not exist fails at once; {@link #open(String, $T)} waits for it.\n"
                        + "\n@throws $T listing every difference\n"
                        + "@throws $T if the channel does not exist\n",
                        ctx.schema(), RuntimeTypes.DURATION, RuntimeTypes.SCHEMA_MISMATCH, RuntimeTypes.CHANNEL_NOT_FOUND)
                .addStatement("return new $T(verified(channel, $T.open(channel), $L))", reader, RuntimeTypes.SHMX_CLIENT,
                        ctx.frameSchema())
                .build());
        b.addMethod(MethodSpec.methodBuilder("open")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(reader)
                .addParameter(String.class, "channel")
                .addParameter(RuntimeTypes.DURATION, "waitForProducer")
                .addJavadoc("Opens {@code channel} as {@link #open(String)} does, waiting up to {@code waitForProducer}\n"
                        + "for its producer to create it, so a reader may start before its producer\n"
                        + "(see {@link $T#open(String, $T)}).\n"
                        + "\n<pre>{@code\ntry ($T reader = $T.open(\"my-channel\", Duration.ofSeconds(10))) { ... }\n}</pre>\n"
                        + "\n@throws $T listing every difference\n"
                        + "@throws $T if the channel did not appear in time; the message names the channel\n"
                        + "        and the time waited\n",
                        RuntimeTypes.SHMX_CLIENT, RuntimeTypes.DURATION, reader, reader, RuntimeTypes.SCHEMA_MISMATCH,
                        RuntimeTypes.CHANNEL_NOT_FOUND)
                .addStatement("return new $T(verified(channel, $T.open(channel, waitForProducer), $L))", reader,
                        RuntimeTypes.SHMX_CLIENT, ctx.frameSchema())
                .build());
        return b.build();
    }
}
