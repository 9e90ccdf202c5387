package io.shmx.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shmx.processor.model.JavaKind;
import io.shmx.processor.model.MemberNames;
import io.shmx.processor.model.StreamDef;
import javax.lang.model.element.Modifier;

/**
 * {@code FooView}: the reader's one reusable flyweight over the current frame. Typed accessors
 * read the slot in place (little-endian, unaligned layouts at checked offsets, no slices); the
 * producer may overwrite the slot at any time, so callers check {@code isValid()} after reading,
 * and {@code toRecord()} copies and validates in one step.
 */
final class ViewGenerator {
    private ViewGenerator() {}

    static TypeSpec generate(GenerationContext ctx) {
        ClassName view = ctx.view();
        ClassName record = ctx.record();
        TypeSpec.Builder b = ctx.topLevelClass(view)
                .addJavadoc("A zero-copy view of the current {@link $T} frame of a {@link $T}: one instance per reader,\n"
                        + "re-pointed by every {@code latest()} / {@code next()}, never allocated per frame.\n"
                        + "\n<p>Accessors read shared memory in place. The producer may overwrite the slot once it laps the\n"
                        + "ring, so read, then call {@link #isValid()}: when it returns false, discard what was read.\n"
                        + "{@link #toRecord()} copies and validates in one step.\n"
                        + "\n<p>Unsigned streams keep the signed Java type; their {@code ...Unsigned} accessors widen.\n"
                        + "F16/BF16 streams convert to float on access; {@code ...Bits} gives the raw bits. String streams\n"
                        + "are UTF-8 bytes: the accessor decodes a copy, {@code ...Segment()} is zero-copy.\n",
                        record, ctx.reader())
                .addField(RuntimeTypes.FRAME, "frame", Modifier.PRIVATE)
                .addField(FieldSpec.builder(RuntimeTypes.MEMORY_SEGMENT, "segment", Modifier.PRIVATE)
                        .initializer("$T.NULL", RuntimeTypes.MEMORY_SEGMENT).build());
        for (StreamCodec c : ctx.codecs()) {
            MemberNames n = c.names();
            b.addField(long.class, n.offset(), Modifier.PRIVATE);
            b.addField(int.class, n.count(), Modifier.PRIVATE);
            b.addField(boolean.class, presentField(c), Modifier.PRIVATE);
        }
        b.addMethod(MethodSpec.constructorBuilder().build());
        b.addMethod(wrap(ctx));

        b.addMethod(MethodSpec.methodBuilder("frameId").addModifiers(Modifier.PUBLIC).returns(long.class)
                .addJavadoc("The frame id (1-based, in publish order).\n")
                .addStatement("return frame.frameId()").build());
        b.addMethod(MethodSpec.methodBuilder("simTime").addModifiers(Modifier.PUBLIC).returns(double.class)
                .addJavadoc("The producer's sim time for this frame.\n")
                .addStatement("return frame.simTime()").build());
        b.addMethod(MethodSpec.methodBuilder("missedBefore").addModifiers(Modifier.PUBLIC).returns(long.class)
                .addJavadoc("The gap just before this frame (not a running total): frames this reader skipped between\n"
                        + "the frame it returned before and this one; see {@link $T#missedBefore()}. The total is\n"
                        + "{@code missedTotal()} on the reader.\n", RuntimeTypes.FRAME)
                .addStatement("return frame.missedBefore()").build());
        b.addMethod(MethodSpec.methodBuilder("missed").addModifiers(Modifier.PUBLIC).returns(long.class)
                .addAnnotation(AnnotationSpec.builder(Deprecated.class).addMember("since", "$S", "0.1.0").build())
                .addJavadoc("The same number as {@link #missedBefore()}.\n\n"
                        + "@deprecated it reads like a running total; use {@link #missedBefore()}, or the reader's\n"
                        + "    {@code missedTotal()} for the total\n")
                .addStatement("return frame.missedBefore()").build());
        b.addMethod(MethodSpec.methodBuilder("isValid").addModifiers(Modifier.PUBLIC).returns(boolean.class)
                .addJavadoc("Whether everything read from this view so far is consistent: the producer has not started\n"
                        + "overwriting the slot. Cheap (one acquire load).\n")
                .addStatement("return frame != null && frame.isValid()").build());
        b.addMethod(MethodSpec.methodBuilder("frame").addModifiers(Modifier.PUBLIC).returns(RuntimeTypes.FRAME)
                .addJavadoc("The runtime frame behind this view.\n")
                .addStatement("return frame").build());
        b.addMethod(MethodSpec.methodBuilder("segment").addModifiers(Modifier.PUBLIC).returns(RuntimeTypes.MEMORY_SEGMENT)
                .addJavadoc("The read-only slot segment the {@code ...Offset()} values refer to.\n")
                .addStatement("return segment").build());

        for (StreamCodec c : ctx.codecs()) {
            addStreamAccessors(b, c);
        }
        b.addMethod(toRecord(ctx));
        b.addMethod(toStringMethod(ctx));
        b.addMethod(elementCount());
        b.addMethod(elementOffset());
        if (ctx.codecs().stream().anyMatch(c -> c.stream().components() > 1 && c.stream().hasElementAccess())) {
            b.addMethod(componentOffset());
        }
        b.addMethod(copyBytes());
        b.addMethod(problem("missing", "\"frame \" + frame.frameId() + \" has no stream '\" + stream + \"' (id \" + id"
                + " + \"); it was not written by a producer of this schema\""));
        b.addMethod(problem("empty", "\"frame \" + frame.frameId() + \" carries no element of stream '\" + stream"
                + " + \"' (id \" + id + \")\""));
        return b.build();
    }

    static String presentField(StreamCodec c) {
        return c.stream().component() + "Present";
    }

    private static MethodSpec wrap(GenerationContext ctx) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("wrap")
                .returns(ctx.view())
                .addParameter(RuntimeTypes.FRAME, "frame")
                .addJavadoc("Points this view at {@code frame}; stream offsets and counts are looked up once here.\n")
                .addStatement("this.frame = frame")
                .addStatement("this.segment = frame.segment()")
                .addStatement("int index");
        for (StreamCodec c : ctx.codecs()) {
            MemberNames n = c.names();
            m.addStatement("index = frame.indexOf($L)", c.constant("_ID"))
                    .addStatement("$L = index >= 0", presentField(c))
                    .addStatement("$L = index >= 0 ? frame.offsetAt(index) : 0", n.offset())
                    .addStatement("$L = index >= 0 ? elementCount(frame, index, $L) : 0", n.count(),
                            c.constant("_BYTES_PER_ELEM"));
        }
        return m.addStatement("return this").build();
    }

    private static void addStreamAccessors(TypeSpec.Builder b, StreamCodec c) {
        StreamDef s = c.stream();
        MemberNames n = c.names();
        String describe = Javadoc.escape(GenerationContext.describe(s));
        String unit = s.javaType().kind() == JavaKind.STRING ? "bytes" : "elements";
        b.addMethod(MethodSpec.methodBuilder(n.present()).addModifiers(Modifier.PUBLIC).returns(boolean.class)
                .addJavadoc("Whether this frame carries stream $L.\n", describe)
                .addStatement("return $L", presentField(c)).build());
        b.addMethod(MethodSpec.methodBuilder(n.count()).addModifiers(Modifier.PUBLIC).returns(int.class)
                .addJavadoc("Number of $L of stream $L in this frame (0 when absent).\n", unit, describe)
                .addStatement("return $L", n.count()).build());
        b.addMethod(MethodSpec.methodBuilder(n.offset()).addModifiers(Modifier.PUBLIC).returns(long.class)
                .addJavadoc("Offset of stream $L's data within {@link #segment()}.\n", describe)
                .addStatement("return $L", n.offset()).build());
        b.addMethod(MethodSpec.methodBuilder(n.segment()).addModifiers(Modifier.PUBLIC).returns(RuntimeTypes.MEMORY_SEGMENT)
                .addJavadoc("Zero-copy slice of stream $L's data ($L bytes per element, little-endian).\n", describe,
                        s.bytesPerElem())
                .addStatement("return segment.asSlice($L, (long) $L * $L)", n.offset(), n.count(),
                        c.constant("_BYTES_PER_ELEM"))
                .build());
        switch (s.javaType().kind()) {
            case STRING -> b.addMethod(MethodSpec.methodBuilder(n.accessor()).addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addJavadoc("Stream $L decoded from UTF-8 (a copy; malformed bytes become U+FFFD).\n", describe)
                    .beginControlFlow("if (!$L)", presentField(c))
                    .addStatement("throw missing($L, $L)", c.constant("_NAME"), c.constant("_ID"))
                    .endControlFlow()
                    .addStatement("return new $T(copyBytes($L, $L), $T.UTF_8)", String.class, n.offset(), n.count(),
                            RuntimeTypes.STANDARD_CHARSETS)
                    .build());
            case MEMORY_SEGMENT -> {
                // raw bytes: the segment accessor above is the accessor
            }
            default -> addElementAccessors(b, c, describe);
        }
    }

    private static void addElementAccessors(TypeSpec.Builder b, StreamCodec c, String describe) {
        StreamDef s = c.stream();
        MemberNames n = c.names();
        CodeBlock raw = c.readWire("segment", "at");
        addElementAccessor(b, c, n.accessor(), c.elementType(), c.read("segment", "at"),
                "Element of stream " + describe + ".");
        if (n.unsigned() != null) {
            addElementAccessor(b, c, n.unsigned(), c.unsignedType(), c.unsigned(raw),
                    "Element of stream " + describe + " read as unsigned.");
        }
        if (n.bits() != null) {
            addElementAccessor(b, c, n.bits(), TypeName.SHORT, raw,
                    "Raw " + s.dtype() + " bits of an element of stream " + describe + ".");
        }
        if (n.asFloat() != null) {
            addElementAccessor(b, c, n.asFloat(), TypeName.FLOAT, c.halfToFloat(raw),
                    "Element of stream " + describe + " converted from " + s.dtype() + " to float.");
        }
    }

    private static void addElementAccessor(TypeSpec.Builder b, StreamCodec c, String name, TypeName type,
                                           CodeBlock value, String doc) {
        StreamDef s = c.stream();
        MemberNames n = c.names();
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(type)
                .addJavadoc(doc + "\n");
        if (!s.javaType().array()) {
            m.beginControlFlow("if ($L == 0)", n.count())
                    .addStatement("throw empty($L, $L)", c.constant("_NAME"), c.constant("_ID"))
                    .endControlFlow()
                    .addStatement("long at = $L", n.offset());
        } else {
            m.addParameter(int.class, "index");
            CodeBlock at = CodeBlock.of("elementOffset($L, index, $L, $L, $L)", n.offset(), n.count(),
                    c.constant("_BYTES_PER_ELEM"), c.constant("_NAME"));
            if (s.components() > 1) {
                m.addParameter(int.class, "component");
                at = CodeBlock.of("$L\n+ componentOffset(component, $L, $L, $L)", at, c.constant("_COMPONENTS"),
                        s.dtype().size(), c.constant("_NAME"));
            }
            m.addStatement("long at = $L", at);
        }
        b.addMethod(m.addStatement("return $L", value).build());
    }

    private static MethodSpec toRecord(GenerationContext ctx) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("toRecord").addModifiers(Modifier.PUBLIC).returns(ctx.record())
                .addJavadoc("Copies this frame into a new {@link $T}, then validates the copy.\n"
                        + "\n@throws $T when the frame lacks a stream, or the producer overwrote the slot while it was copied\n",
                        ctx.record(), RuntimeTypes.SHMX_EXCEPTION);
        for (StreamCodec c : ctx.codecs()) {
            m.beginControlFlow("if (!$L)", presentField(c))
                    .addStatement("throw missing($L, $L)", c.constant("_NAME"), c.constant("_ID"))
                    .endControlFlow();
        }
        CodeBlock.Builder args = CodeBlock.builder();
        for (StreamCodec c : ctx.codecs()) {
            StreamDef s = c.stream();
            MemberNames n = c.names();
            String local = s.component() + "Value";
            CodeBlock arg = CodeBlock.of("$L", local);
            switch (s.javaType().kind()) {
                case STRING -> {
                    m.addStatement("byte[] $L = copyBytes($L, $L)", local, n.offset(), n.count());
                    arg = CodeBlock.of("new $T($L, $T.UTF_8)", String.class, local, RuntimeTypes.STANDARD_CHARSETS);
                }
                case MEMORY_SEGMENT -> {
                    m.addStatement("byte[] $L = copyBytes($L, $T.multiplyExact($L, $L))", local, n.offset(), Math.class,
                            n.count(), c.constant("_BYTES_PER_ELEM"));
                    arg = CodeBlock.of("$T.ofArray($L)", RuntimeTypes.MEMORY_SEGMENT, local);
                }
                default -> {
                    if (!s.javaType().array()) {
                        m.addStatement("$T $L = this.$L()", c.elementType(), local, n.accessor());
                    } else {
                        m.addStatement("$T[] $L = new $T[$T.multiplyExact($L, $L)]", c.elementType(), local,
                                c.elementType(), Math.class, n.count(), c.constant("_COMPONENTS"));
                        if (c.converts()) {
                            m.beginControlFlow("for (int i = 0; i < $L.length; i++)", local)
                                    .addStatement("long at = $L + (long) i * $L", n.offset(), s.dtype().size())
                                    .addStatement("$L[i] = $L", local, c.read("segment", "at"))
                                    .endControlFlow();
                        } else {
                            m.addStatement("$T.copy(segment, $L, $L, $L, 0, $L.length)", RuntimeTypes.MEMORY_SEGMENT,
                                    c.wire().ref(c.schema()), n.offset(), local, local);
                        }
                    }
                }
            }
            args.add(args.isEmpty() ? "$L" : ", $L", arg);
        }
        m.beginControlFlow("if (!isValid())")
                .addStatement("throw new $T(\"frame \" + frame.frameId() + \" was overwritten by the producer while it was"
                        + " copied (this reader fell a whole ring behind); read a newer frame, or give the channel more"
                        + " slots with ChannelConfig.withSlots(n)\")", RuntimeTypes.SHMX_EXCEPTION)
                .endControlFlow();
        return m.addStatement("return new $T($L)", ctx.record(), args.build()).build();
    }

    private static MethodSpec toStringMethod(GenerationContext ctx) {
        CodeBlock.Builder text = CodeBlock.builder().add("$S + frame.frameId() + $S + frame.simTime()",
                ctx.frame().viewType() + "[frameId=", ", simTime=");
        for (StreamCodec c : ctx.codecs()) {
            text.add("\n+ $S + $L", ", " + c.stream().name() + "=", c.names().count());
        }
        return MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("Frame id, sim time and the element count of every stream.\n")
                .beginControlFlow("if (frame == null)")
                .addStatement("return $S", ctx.frame().viewType() + "[no frame]")
                .endControlFlow()
                .addStatement("return $L + $S", text.build(), "]")
                .build();
    }

    private static MethodSpec elementCount() {
        return MethodSpec.methodBuilder("elementCount").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int.class)
                .addParameter(RuntimeTypes.FRAME, "frame")
                .addParameter(int.class, "index")
                .addParameter(int.class, "bytesPerElem")
                .addJavadoc("Elements of a stream that lie within its bytes, whatever count the producer declared.\n")
                .addStatement("long count = $T.min(frame.elemCountAt(index), frame.byteCountAt(index) / bytesPerElem)",
                        Math.class)
                .addStatement("return (int) $T.max(0, $T.min(count, $T.MAX_VALUE))", Math.class, Math.class, Integer.class)
                .build();
    }

    private static MethodSpec elementOffset() {
        return MethodSpec.methodBuilder("elementOffset").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(long.class)
                .addParameter(long.class, "base")
                .addParameter(int.class, "index")
                .addParameter(int.class, "count")
                .addParameter(int.class, "bytesPerElem")
                .addParameter(String.class, "stream")
                .beginControlFlow("if ($T.compareUnsigned(index, count) >= 0)", Integer.class)
                .addStatement("throw new $T(\"index \" + index + \" is outside stream '\" + stream + \"', which has \" + count"
                        + " + \" elements in this frame\")", IndexOutOfBoundsException.class)
                .endControlFlow()
                .addStatement("return base + (long) index * bytesPerElem")
                .build();
    }

    private static MethodSpec componentOffset() {
        return MethodSpec.methodBuilder("componentOffset").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(long.class)
                .addParameter(int.class, "component")
                .addParameter(int.class, "components")
                .addParameter(int.class, "scalarBytes")
                .addParameter(String.class, "stream")
                .beginControlFlow("if ($T.compareUnsigned(component, components) >= 0)", Integer.class)
                .addStatement("throw new $T(\"component \" + component + \" is outside stream '\" + stream + \"', which has \""
                        + " + components + \" components\")", IndexOutOfBoundsException.class)
                .endControlFlow()
                .addStatement("return (long) component * scalarBytes")
                .build();
    }

    private static MethodSpec copyBytes() {
        return MethodSpec.methodBuilder("copyBytes").addModifiers(Modifier.PRIVATE)
                .returns(byte[].class)
                .addParameter(long.class, "offset")
                .addParameter(int.class, "count")
                .addStatement("byte[] bytes = new byte[count]")
                .addStatement("$T.copy(segment, $T.JAVA_BYTE, offset, bytes, 0, count)", RuntimeTypes.MEMORY_SEGMENT,
                        RuntimeTypes.VALUE_LAYOUT)
                .addStatement("return bytes")
                .build();
    }

    private static MethodSpec problem(String name, String message) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE)
                .returns(RuntimeTypes.SHMX_EXCEPTION)
                .addParameter(String.class, "stream")
                .addParameter(int.class, "id")
                .addStatement("return new $T($L)", RuntimeTypes.SHMX_EXCEPTION, message)
                .build();
    }
}
