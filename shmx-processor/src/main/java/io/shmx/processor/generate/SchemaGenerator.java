package io.shmx.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shmx.processor.model.StreamDef;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * {@code FooSchema}: per-stream constants, the static hash and directory length computed at
 * compile time, and {@code FRAME}, the runtime's {@code FrameSchema} of the streams, which the
 * directory bytes, frame-size arithmetic and the check of a channel's directory delegate to.
 */
final class SchemaGenerator {
    static final String FRAME = "FRAME";
    static final String FRAME_STREAM_BYTES = "frameStreamBytes";
    static final String VERIFY = "verify";

    private SchemaGenerator() {}

    static TypeSpec generate(GenerationContext ctx) {
        ClassName schema = ctx.schema();
        ClassName record = ctx.record();
        ClassName streamSpec = RuntimeTypes.STREAM_SPEC;
        TypeSpec.Builder b = ctx.topLevelClass(schema)
                .addJavadoc("The shmx schema of {@link $T}: one stream per record component, in this order.\n", record)
                .addJavadoc("\n<pre>\n$L</pre>\n", streamTable(ctx))
                .addJavadoc("\n<p>Writing: {@link $T}; reading: {@link $T}. A channel created from {@link #streams()}"
                        + " carries exactly {@link #directoryBytes()} as its static directory, so its header's"
                        + " {@code static_hash} equals {@link #SCHEMA_HASH}.\n", ctx.writer(), ctx.reader())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

        b.addField(constant(TypeName.get(String.class), "SCHEMA_NAME", CodeBlock.of("$S", ctx.frame().schemaName()),
                "Schema name (the record's simple name unless {@code @ShmxFrame(name)} sets one)."));
        b.addField(constant(TypeName.INT, "SCHEMA_VERSION", CodeBlock.of("$L", ctx.frame().version()),
                "Schema version from {@code @ShmxFrame(version)}."));
        b.addField(constant(TypeName.LONG, "SCHEMA_HASH", CodeBlock.of("0x$LL", hex(ctx.directory().hash())),
                "FNV-1a 64 (the format's basis) of {@link #directoryBytes()}: a channel's {@code static_hash}."));
        b.addField(constant(TypeName.INT, "DIRECTORY_LENGTH", CodeBlock.of("$L", ctx.directory().length()),
                "Bytes of the static directory: one 16-aligned TLV of type 0x1000 per stream."));
        b.addField(constant(TypeName.INT, "STREAM_COUNT", CodeBlock.of("$L", ctx.frame().streams().size()),
                "Number of streams."));

        for (StreamCodec c : ctx.codecs()) {
            addStreamConstants(b, c, record);
        }

        TypeName specList = ParameterizedTypeName.get(RuntimeTypes.LIST, streamSpec);
        CodeBlock.Builder streams = CodeBlock.builder().add("new $T($L, $S, $S, $L, $T.of(", RuntimeTypes.FRAME_SCHEMA,
                "SCHEMA_NAME", ctx.frame().qualifiedName(), ctx.frame().writerType(), "SCHEMA_HASH", RuntimeTypes.LIST)
                .indent();
        for (StreamCodec c : ctx.codecs()) {
            streams.add(c.index() == 0 ? "\n" : ",\n").add("new $T($L_SPEC, $T.$L)", RuntimeTypes.FRAME_SCHEMA_STREAM,
                    c.names().constantPrefix(), RuntimeTypes.STREAM_SHAPE, c.shape());
        }
        b.addField(FieldSpec.builder(RuntimeTypes.FRAME_SCHEMA, FRAME, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The streams as the runtime's typed bases read them; checks at class initialisation that this\n"
                        + "runtime encodes the directory to {@link #SCHEMA_HASH}.\n")
                .initializer(streams.unindent().add("))").build()).build());

        b.addMethod(MethodSpec.methodBuilder("streams")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(specList)
                .addJavadoc("The stream specs in directory order (an unmodifiable list), as {@code ShmxServer.create} takes them.\n")
                .addStatement("return $L.streams()", FRAME)
                .build());
        b.addMethod(MethodSpec.methodBuilder("directoryBytes")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(byte[].class)
                .addJavadoc("The static directory exactly as the shmx 2.0 format encodes it (a copy).\n")
                .addStatement("return $L.directoryBytes()", FRAME)
                .build());
        b.addMethod(MethodSpec.methodBuilder(FRAME_STREAM_BYTES)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeName.LONG)
                .addParameter(TypeName.LONG, "dataBytes")
                .addJavadoc("Payload bytes one stream with {@code dataBytes} of data occupies in a frame: the TLV header,\n"
                        + "the stream header and the data, padded to 16.\n")
                .addStatement("return $T.frameStreamBytes(dataBytes)", RuntimeTypes.SCHEMA_ENCODING)
                .build());
        b.addMethod(MethodSpec.methodBuilder(VERIFY)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String.class, "channel")
                .addParameter(specList, "channelStreams")
                .addJavadoc("Checks that a channel's directory carries every stream of this schema with the same dtype,\n"
                        + "components and bytes per element (matched by id; extra streams are fine).\n"
                        + "\n@param channel the channel's name, for the message\n"
                        + "@param channelStreams the channel's directory, e.g. {@code ShmxClient.streams()}\n"
                        + "@throws $T naming every stream that differs and how\n", RuntimeTypes.SCHEMA_MISMATCH)
                .addStatement("$L.verify(channel, channelStreams)", FRAME)
                .build());
        return b.build();
    }

    private static void addStreamConstants(TypeSpec.Builder b, StreamCodec c, ClassName record) {
        StreamDef s = c.stream();
        String p = c.names().constantPrefix();
        String component = s.component();
        b.addField(constant(TypeName.INT, p + "_ID", CodeBlock.of("$L", s.id()),
                "Stream id of {@link $T#$L()}.", record, component));
        b.addField(constant(TypeName.get(String.class), p + "_NAME", CodeBlock.of("$S", s.name()),
                "Directory name of {@link $T#$L()}.", record, component));
        b.addField(constant(RuntimeTypes.DTYPE, p + "_DTYPE", CodeBlock.of("$T.$L", RuntimeTypes.DTYPE, s.dtype()),
                "Element type of {@link $T#$L()}.", record, component));
        b.addField(constant(TypeName.INT, p + "_COMPONENTS", CodeBlock.of("$L", s.components()),
                "Scalars per element of {@link $T#$L()}.", record, component));
        b.addField(constant(TypeName.INT, p + "_BYTES_PER_ELEM", CodeBlock.of("$L", s.bytesPerElem()),
                "Bytes per element of {@link $T#$L()}.", record, component));
        b.addField(constant(RuntimeTypes.LAYOUT, p + "_LAYOUT", CodeBlock.of("$T.$L", RuntimeTypes.LAYOUT, s.layout()),
                "Wire layout of {@link $T#$L()}.", record, component));
        b.addField(constant(RuntimeTypes.STREAM_SPEC, p + "_SPEC",
                CodeBlock.of("$T.of($L_ID, $L_NAME, $L_DTYPE, $L_COMPONENTS, $L_LAYOUT, null)", RuntimeTypes.STREAM_SPEC,
                        p, p, p, p, p),
                "Directory entry of {@link $T#$L()}.", record, component));
    }

    private static FieldSpec constant(TypeName type, String name, CodeBlock init, String doc, Object... docArgs) {
        return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(doc + "\n", docArgs)
                .initializer(init)
                .build();
    }

    /** The stream table of the class's javadoc. */
    private static String streamTable(GenerationContext ctx) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-6s %-16s %-5s %-10s %-5s %-10s %s%n",
                "id", "name", "dtype", "components", "bytes", "layout", "Java type"));
        for (StreamDef s : ctx.frame().streams()) {
            out.append(String.format(Locale.ROOT, "%-6d %-16s %-5s %-10d %-5d %-10s %s%n", s.id(), s.name(), s.dtype(),
                    s.components(), s.bytesPerElem(), s.layout(), s.javaType().display()));
        }
        return Javadoc.escape(out.toString());
    }

    private static String hex(long value) {
        return String.format(Locale.ROOT, "%016x", value);
    }
}
