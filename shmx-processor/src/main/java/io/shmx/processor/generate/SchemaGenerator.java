package io.shmx.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shmx.DType;
import io.shmx.processor.layout.WireFormat;
import io.shmx.processor.model.StreamDef;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * {@code FooSchema}: per-stream constants, the stream specs, the static directory bytes and
 * their hash, the frame-size arithmetic and the check of a channel's directory.
 */
final class SchemaGenerator {
    static final String FLOAT_TO_BFLOAT16 = "floatToBfloat16";
    static final String FRAME_STREAM_BYTES = "frameStreamBytes";
    static final String VERIFY = "verify";
    private static final int HEX_BYTES_PER_LINE = 16;

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
        CodeBlock.Builder specs = CodeBlock.builder().add("$T.of(", RuntimeTypes.LIST);
        for (int i = 0; i < ctx.codecs().size(); i++) {
            specs.add(i == 0 ? "$L" : ", $L", ctx.codecs().get(i).names().constantPrefix() + "_SPEC");
        }
        b.addField(FieldSpec.builder(specList, "STREAMS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(specs.add(")").build()).build());
        b.addField(FieldSpec.builder(byte[].class, "DIRECTORY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(directoryInitializer(ctx.directory().bytes())).build());
        for (WireLayout layout : usedLayouts(ctx)) {
            b.addField(layout.field());
        }

        b.addMethod(MethodSpec.methodBuilder("streams")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(specList)
                .addJavadoc("The stream specs in directory order (an unmodifiable list), as {@code ShmxServer.create} takes them.\n")
                .addStatement("return STREAMS")
                .build());
        b.addMethod(MethodSpec.methodBuilder("directoryBytes")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(byte[].class)
                .addJavadoc("The static directory exactly as the shmx 2.0 format encodes it (a copy).\n")
                .addStatement("return DIRECTORY.clone()")
                .build());
        b.addMethod(frameStreamBytes());
        b.addMethod(verify(ctx, specList));
        if (needsBfloat16(ctx)) {
            b.addMethod(floatToBfloat16());
        }
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

    /** {@code HexFormat.of().parseHex("..." + "...")}, 16 bytes (one directory row) per line. */
    private static CodeBlock directoryInitializer(byte[] bytes) {
        CodeBlock.Builder b = CodeBlock.builder().add("$T.of().parseHex(", RuntimeTypes.HEX_FORMAT).indent();
        HexFormat hex = HexFormat.of();
        if (bytes.length == 0) {
            b.add("$S", "");
        }
        for (int i = 0; i < bytes.length; i += HEX_BYTES_PER_LINE) {
            String line = hex.formatHex(bytes, i, Math.min(bytes.length, i + HEX_BYTES_PER_LINE));
            b.add(i == 0 ? "\n$S" : "\n+ $S", line);
        }
        return b.unindent().add(")").build();
    }

    private static MethodSpec frameStreamBytes() {
        return MethodSpec.methodBuilder(FRAME_STREAM_BYTES)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeName.LONG)
                .addParameter(TypeName.LONG, "dataBytes")
                .addJavadoc("Payload bytes one stream with {@code dataBytes} of data occupies in a frame: the $L-byte TLV\n"
                        + "header, the $L-byte stream header and the data, padded to $L.\n",
                        WireFormat.TLV_HEADER_BYTES, WireFormat.FRAME_STREAM_HEADER_BYTES, WireFormat.TLV_ALIGN)
                .addStatement("return (dataBytes + $L) & -$L",
                        WireFormat.TLV_HEADER_BYTES + WireFormat.FRAME_STREAM_HEADER_BYTES + WireFormat.TLV_ALIGN - 1,
                        WireFormat.TLV_ALIGN)
                .build();
    }

    private static MethodSpec verify(GenerationContext ctx, TypeName specList) {
        ClassName spec = RuntimeTypes.STREAM_SPEC;
        return MethodSpec.methodBuilder(VERIFY)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String.class, "channel")
                .addParameter(specList, "channelStreams")
                .addJavadoc("Checks that a channel's directory carries every stream of this schema with the same dtype,\n"
                        + "components and bytes per element (matched by id; extra streams are fine).\n"
                        + "\n@param channel the channel's name, for the message\n"
                        + "@param channelStreams the channel's directory, e.g. {@code ShmxClient.streams()}\n"
                        + "@throws $T naming every stream that differs and how\n", RuntimeTypes.SCHEMA_MISMATCH)
                .addStatement("$T<$T> differences = new $T<>()", RuntimeTypes.LIST, String.class, RuntimeTypes.ARRAY_LIST)
                .beginControlFlow("for ($T expected : STREAMS)", spec)
                .addStatement("$T actual = null", spec)
                .beginControlFlow("for ($T candidate : channelStreams)", spec)
                .beginControlFlow("if (candidate.id() == expected.id())")
                .addStatement("actual = candidate")
                .addStatement("break")
                .endControlFlow()
                .endControlFlow()
                .addStatement("$T stream = \"stream '\" + expected.name() + \"' (id \" + expected.id() + \")\"", String.class)
                .beginControlFlow("if (actual == null)")
                .addStatement("differences.add(stream + \" is missing\")")
                .addStatement("continue")
                .endControlFlow()
                .beginControlFlow("if (actual.dtypeCode() != expected.dtypeCode())")
                .addStatement("differences.add(stream + \" has dtype \" + $T.nameOf(actual.dtypeCode()) + \", expected \""
                        + " + $T.nameOf(expected.dtypeCode()))", RuntimeTypes.DTYPE, RuntimeTypes.DTYPE)
                .endControlFlow()
                .beginControlFlow("if (actual.components() != expected.components())")
                .addStatement("differences.add(stream + \" has \" + actual.components() + \" components, expected \""
                        + " + expected.components())")
                .endControlFlow()
                .beginControlFlow("if (actual.bytesPerElem() != expected.bytesPerElem())")
                .addStatement("differences.add(stream + \" has \" + actual.bytesPerElem() + \" bytes per element,"
                        + " expected \" + expected.bytesPerElem())")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (!differences.isEmpty())")
                .addStatement("throw new $T(\"channel '\" + channel + \"' does not match schema \" + SCHEMA_NAME"
                        + " + \" ($L): \" + $T.join(\"; \", differences) + \". Open it with the reader generated for the"
                        + " producer's record, or publish it with $L\")",
                        RuntimeTypes.SCHEMA_MISMATCH, ctx.frame().qualifiedName(), String.class, ctx.frame().writerType())
                .endControlFlow()
                .build();
    }

    private static MethodSpec floatToBfloat16() {
        return MethodSpec.methodBuilder(FLOAT_TO_BFLOAT16)
                .addModifiers(Modifier.STATIC)
                .returns(TypeName.SHORT)
                .addParameter(TypeName.FLOAT, "value")
                .addJavadoc("The bfloat16 nearest to {@code value} (ties to even); NaN stays a quiet NaN of the same sign.\n")
                .addStatement("int bits = $T.floatToRawIntBits(value)", Float.class)
                .beginControlFlow("if ($T.isNaN(value))", Float.class)
                .addStatement("return (short) ((bits >>> 16) | 0x0040)")
                .endControlFlow()
                .addStatement("return (short) ((bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16)")
                .build();
    }

    private static Set<WireLayout> usedLayouts(GenerationContext ctx) {
        Set<WireLayout> used = EnumSet.noneOf(WireLayout.class);
        for (StreamCodec c : ctx.codecs()) {
            used.add(c.wire());
            if (c.stream().javaType().kind() == io.shmx.processor.model.JavaKind.STRING) {
                used.add(WireLayout.BYTE);
            }
        }
        return used;
    }

    private static boolean needsBfloat16(GenerationContext ctx) {
        return ctx.codecs().stream().anyMatch(c -> c.stream().dtype() == DType.BF16 && c.stream().hasElementAccess());
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
