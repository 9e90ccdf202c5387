package io.shmx.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** {@code FooReader}: opens a channel, checks its directory against the schema, hands out the view. */
final class ReaderGenerator {
    /** The one private path both {@code open} methods take once the channel is open. */
    private static final String VERIFIED = "verified";

    private ReaderGenerator() {}

    static TypeSpec generate(GenerationContext ctx) {
        ClassName reader = ctx.reader();
        ClassName view = ctx.view();
        TypeSpec.Builder b = ctx.topLevelClass(reader)
                .addSuperinterface(RuntimeTypes.AUTO_CLOSEABLE)
                .addJavadoc("A reader of a channel of {@link $T} frames. Each call returns the reader's single\n"
                        + "{@link $T}, re-pointed at the frame (nothing is allocated per frame). Not thread-safe.\n"
                        + "\n<pre>{@code\ntry ($T reader = $T.open(\"my-channel\")) {\n"
                        + "    $T view = reader.latest();\n"
                        + "    if (view != null) { ... read ...; if (view.isValid()) { use what was read } }\n"
                        + "}\n}</pre>\n", ctx.record(), view, reader, reader, view)
                .addField(RuntimeTypes.SHMX_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(view, "view", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T()", view).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(RuntimeTypes.SHMX_CLIENT, "client")
                        .addStatement("this.client = client")
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
                .addStatement("return $L(channel, $T.open(channel))", VERIFIED, RuntimeTypes.SHMX_CLIENT)
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
                .addStatement("return $L(channel, $T.open(channel, waitForProducer))", VERIFIED,
                        RuntimeTypes.SHMX_CLIENT)
                .build());
        b.addMethod(MethodSpec.methodBuilder(VERIFIED)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(reader)
                .addParameter(String.class, "channel")
                .addParameter(RuntimeTypes.SHMX_CLIENT, "client")
                .addJavadoc("Checks {@code client}'s directory against the schema; closes it when it does not match.\n")
                .beginControlFlow("try")
                .addStatement("$T.$L(channel, client.streams())", ctx.schema(), SchemaGenerator.VERIFY)
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("client.close()")
                .addStatement("throw e")
                .endControlFlow()
                .addStatement("return new $T(client)", reader)
                .build());
        b.addMethod(MethodSpec.methodBuilder("latest")
                .addModifiers(Modifier.PUBLIC)
                .returns(view)
                .addJavadoc("The newest valid frame, or {@code null} when there is none.\n")
                .addStatement("$T frame = client.latest()", RuntimeTypes.FRAME)
                .addStatement("return frame == null ? null : view.wrap(frame)")
                .build());
        b.addMethod(MethodSpec.methodBuilder("next")
                .addModifiers(Modifier.PUBLIC)
                .returns(view)
                .addJavadoc("The frame after the last one returned, or {@code null} when none is new;\n"
                        + "{@link $T#missedBefore()} counts the frames published after this reader attached that the\n"
                        + "producer overwrote just before this one, those before its first read included.\n", view)
                .addStatement("$T frame = client.next()", RuntimeTypes.FRAME)
                .addStatement("return frame == null ? null : view.wrap(frame)")
                .build());
        b.addMethod(MethodSpec.methodBuilder("awaitNext")
                .addModifiers(Modifier.PUBLIC)
                .returns(view)
                .addParameter(RuntimeTypes.DURATION, "timeout")
                .addJavadoc("Waits up to {@code timeout} for {@link #next()} to return a frame; {@code null} on timeout.\n")
                .addStatement("$T frame = client.awaitNext(timeout)", RuntimeTypes.FRAME)
                .addStatement("return frame == null ? null : view.wrap(frame)")
                .build());
        b.addMethod(MethodSpec.methodBuilder("missedTotal")
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addJavadoc("Frames this reader missed since it opened the channel: the sum of the views'\n"
                        + "{@code missedBefore()}; see {@link $T#missedTotal()}.\n", RuntimeTypes.SHMX_CLIENT)
                .addStatement("return client.missedTotal()")
                .build());
        b.addMethod(MethodSpec.methodBuilder("client")
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.SHMX_CLIENT)
                .addJavadoc("The underlying client (header info, control messages).\n")
                .addStatement("return client")
                .build());
        b.addMethod(MethodSpec.methodBuilder("channel")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The channel name.\n")
                .addStatement("return client.name()")
                .build());
        b.addMethod(MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Releases the reader slot and unmaps the channel; views handed out become unusable.\n")
                .addStatement("client.close()")
                .build());
        return b.build();
    }
}
