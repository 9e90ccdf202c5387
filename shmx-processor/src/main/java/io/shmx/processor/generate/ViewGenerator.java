package io.shmx.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shmx.processor.model.JavaKind;
import io.shmx.processor.model.MemberNames;
import io.shmx.processor.model.StreamDef;
import javax.lang.model.element.Modifier;

/**
 * {@code FooView}: a {@code TypedView} with the record's typed accessors. Each accessor is one
 * call to the base's helpers with the stream's position {@code k}; lookup, bounds checks,
 * conversions, copying and {@code toString} live in the runtime.
 */
final class ViewGenerator {
    private ViewGenerator() {}

    static TypeSpec generate(GenerationContext ctx) {
        ClassName view = ctx.view();
        ClassName record = ctx.record();
        TypeSpec.Builder b = ctx.topLevelClass(view)
                .superclass(RuntimeTypes.TYPED_VIEW)
                .addJavadoc("A zero-copy view of the current {@link $T} frame of a {@link $T}: one instance per reader,\n"
                        + "re-pointed by every {@code latest()} / {@code next()}, never allocated per frame. Read, then\n"
                        + "call {@link #isValid()} (see {@link $T}); {@link #toRecord()} copies and validates in one step.\n"
                        + "\n<p>Unsigned streams keep the signed Java type; their {@code ...Unsigned} accessors widen (U64 to\n"
                        + "a {@code BigInteger}, which allocates). F16/BF16 streams convert to float on access; {@code ...Bits}\n"
                        + "gives the raw bits. String streams are UTF-8 bytes: the accessor decodes a copy,\n"
                        + "{@code ...Segment()} is zero-copy. {@code copyX(dst, offset)} copies an array stream into yours.\n",
                        record, ctx.reader(), RuntimeTypes.TYPED_VIEW)
                .addMethod(MethodSpec.constructorBuilder().addStatement("super($L)", ctx.frameSchema()).build());
        for (StreamCodec c : ctx.codecs()) {
            addStreamAccessors(b, c);
        }
        b.addMethod(toRecord(ctx));
        return b.build();
    }

    private static void addStreamAccessors(TypeSpec.Builder b, StreamCodec c) {
        StreamDef s = c.stream();
        MemberNames n = c.names();
        int k = c.index();
        String describe = Javadoc.escape(GenerationContext.describe(s));
        String unit = s.javaType().kind() == JavaKind.STRING ? "bytes" : "elements";
        b.addMethod(MethodSpec.methodBuilder(n.present()).addModifiers(Modifier.PUBLIC).returns(boolean.class)
                .addJavadoc("Whether this frame carries stream $L.\n", describe)
                .addStatement("return hasStream($L)", k).build());
        b.addMethod(MethodSpec.methodBuilder(n.count()).addModifiers(Modifier.PUBLIC).returns(int.class)
                .addJavadoc("Number of $L of stream $L in this frame (0 when absent).\n", unit, describe)
                .addStatement("return countOf($L)", k).build());
        b.addMethod(MethodSpec.methodBuilder(n.offset()).addModifiers(Modifier.PUBLIC).returns(long.class)
                .addJavadoc("Offset of stream $L's data within {@link #segment()}.\n", describe)
                .addStatement("return offsetOf($L)", k).build());
        b.addMethod(MethodSpec.methodBuilder(n.segment()).addModifiers(Modifier.PUBLIC).returns(RuntimeTypes.MEMORY_SEGMENT)
                .addJavadoc("Zero-copy slice of stream $L's data ($L bytes per element, little-endian).\n", describe,
                        s.bytesPerElem())
                .addStatement("return sliceOf($L)", k).build());
        switch (s.javaType().kind()) {
            case STRING -> b.addMethod(MethodSpec.methodBuilder(n.accessor()).addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addJavadoc("Stream $L decoded from UTF-8 (a copy; malformed bytes become U+FFFD).\n", describe)
                    .addStatement("return textOf($L)", k).build());
            case MEMORY_SEGMENT -> {
                // raw bytes: the segment accessor above is the accessor
            }
            default -> addElementAccessors(b, c, describe);
        }
    }

    private static void addElementAccessors(TypeSpec.Builder b, StreamCodec c, String describe) {
        StreamDef s = c.stream();
        MemberNames n = c.names();
        CodeBlock at = at(c);
        addElementAccessor(b, c, n.accessor(), c.elementType(), c.read(at), "Element of stream " + describe + ".");
        if (n.unsigned() != null) {
            addElementAccessor(b, c, n.unsigned(), c.unsignedType(), c.unsigned(c.read(at)),
                    "Element of stream " + describe + " read as unsigned"
                            + (c.isU64() ? " (allocates; on hot paths use the {@code long} with {@code Long.compareUnsigned},"
                            + " {@code Long.divideUnsigned} and {@code Long.toUnsignedString})." : "."));
        }
        if (n.bits() != null) {
            addElementAccessor(b, c, n.bits(), TypeName.SHORT, c.readBits(at),
                    "Raw " + s.dtype() + " bits of an element of stream " + describe + ".");
        }
        if (n.asFloat() != null) {
            addElementAccessor(b, c, n.asFloat(), TypeName.FLOAT, CodeBlock.of("getHalf($L, $L)", c.index(), at),
                    "Element of stream " + describe + " converted from " + s.dtype() + " to float.");
        }
        if (n.copy() != null) {
            b.addMethod(MethodSpec.methodBuilder(n.copy()).addModifiers(Modifier.PUBLIC).returns(int.class)
                    .addParameter(ArrayTypeName.of(c.elementType()), "dst")
                    .addParameter(int.class, "dstOffset")
                    .addJavadoc("Copies stream $L into {@code dst} from {@code dstOffset}: all {@code $L() * $L} scalars,\n"
                            + "flat$L; returns how many. Call {@link #isValid()} before trusting the copy.\n"
                            + "\n@throws IndexOutOfBoundsException when they do not all fit, saying how many there are\n",
                            describe, n.count(), s.components(), c.isHalfAsFloat() ? ", converted to float" : "")
                    .addStatement("return copyOut($L, dst, dstOffset)", c.index()).build());
        }
    }

    /** The checked byte offset of the element the accessor's parameters name. */
    private static CodeBlock at(StreamCodec c) {
        StreamDef s = c.stream();
        if (!s.javaType().array()) {
            return CodeBlock.of("scalarAt($L)", c.index());
        }
        return s.components() > 1 ? CodeBlock.of("elementAt($L, index, component)", c.index())
                : CodeBlock.of("elementAt($L, index)", c.index());
    }

    private static void addElementAccessor(TypeSpec.Builder b, StreamCodec c, String name, TypeName type,
                                           CodeBlock value, String doc) {
        StreamDef s = c.stream();
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(type)
                .addJavadoc(doc + "\n");
        if (s.javaType().array()) {
            m.addParameter(int.class, "index");
            if (s.components() > 1) {
                m.addParameter(int.class, "component");
            }
        }
        b.addMethod(m.addStatement("return $L", value).build());
    }

    private static MethodSpec toRecord(GenerationContext ctx) {
        CodeBlock.Builder args = CodeBlock.builder();
        for (StreamCodec c : ctx.codecs()) {
            args.add(c.index() == 0 ? "$L" : ",\n$L", switch (c.kind()) {
                case STRING -> CodeBlock.of("textOf($L)", c.index());
                case MEMORY_SEGMENT -> CodeBlock.of("rawCopy($L)", c.index());
                default -> c.stream().javaType().array() ? CodeBlock.of("$L($L)", c.newArray(), c.index())
                        : CodeBlock.of("this.$L()", c.names().accessor());
            });
        }
        return MethodSpec.methodBuilder("toRecord").addModifiers(Modifier.PUBLIC).returns(ctx.record())
                .addJavadoc("Copies this frame into a new {@link $T}, then validates the copy.\n"
                        + "\n@throws $T when the frame lacks a stream, or the producer overwrote the slot while it was copied\n",
                        ctx.record(), RuntimeTypes.SHMX_EXCEPTION)
                .addStatement("requireAllStreams()")
                .addStatement("$T record = new $T(\n$L)", ctx.record(), ctx.record(), args.build())
                .addStatement("requireValidCopy()")
                .addStatement("return record")
                .build();
    }
}
