package io.shmx.processor.generate;

import io.shmx.processor.layout.FrameLayout;
import io.shmx.processor.model.FrameDef;
import io.shmx.processor.model.JavaKind;
import io.shmx.processor.model.StreamDef;
import io.shmx.typed.SchemaEncoding;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The schema documents written next to the classes ({@code META-INF/shmx/<record>.md} and
 * {@code .json}): the stream table, the frame's TLV layout and the directory bytes.
 */
public final class SchemaDocs {
    /** Directory of the documents within the class output. */
    public static final String DIRECTORY = "META-INF/shmx/";
    private static final String STRING_RULE = "String streams (dtype U8, components 1) carry the string's UTF-8 bytes,"
            + " one element per byte, no terminator; the view decodes a copy, and its Segment accessor is zero-copy.";
    private static final String MEMORY_SEGMENT_RULE = "MemorySegment streams carry raw little-endian bytes of any"
            + " dtype; their length must be a whole number of elements.";

    private SchemaDocs() {}

    /** {@code META-INF/shmx/p.Outer.Foo.md}. */
    public static String markdownPath(FrameDef frame) {
        return DIRECTORY + frame.qualifiedName() + ".md";
    }

    public static String jsonPath(FrameDef frame) {
        return DIRECTORY + frame.qualifiedName() + ".json";
    }

    public static String markdown(GenerationContext ctx) {
        FrameDef f = ctx.frame();
        StringBuilder md = new StringBuilder();
        md.append("# Schema `").append(f.schemaName()).append("` version ").append(f.version()).append("\n\n");
        md.append("Record `").append(f.qualifiedName()).append("`; write with `").append(f.writerType())
                .append("`, read with `").append(f.readerType()).append("`.\n\n");
        md.append(String.format(Locale.ROOT, "Schema hash (the format's FNV-1a 64 of the static directory, equal to a channel's `static_hash`): `0x%016x`%n%n",
                ctx.directory().hash()));
        md.append("## Streams\n\n");
        md.append("| id | name | dtype | components | bytes per element | layout | Java type | bytes in a frame |\n");
        md.append("|---:|---|---|---:|---:|---|---|---|\n");
        for (StreamDef s : f.streams()) {
            md.append("| ").append(s.id())
                    .append(" | `").append(s.name().replace("|", "\\|")).append('`')
                    .append(" | ").append(s.dtype())
                    .append(" | ").append(s.components())
                    .append(" | ").append(s.bytesPerElem())
                    .append(" | ").append(s.layout())
                    .append(" | `").append(s.javaType().display()).append('`')
                    .append(" | ").append(frameBytesText(s))
                    .append(" |\n");
        }
        md.append('\n');
        if (f.streams().stream().anyMatch(s -> s.javaType().kind() == JavaKind.STRING)) {
            md.append(STRING_RULE).append("\n\n");
        }
        if (f.streams().stream().anyMatch(s -> s.javaType().kind() == JavaKind.MEMORY_SEGMENT)) {
            md.append(MEMORY_SEGMENT_RULE).append("\n\n");
        }
        md.append("## Frame layout\n\n");
        md.append("A frame's payload holds one TLV per stream, in the order above, each starting 16-aligned:\n\n");
        md.append("```\n");
        md.append("offset  size  field\n");
        md.append("0       4     u32 type = 0x2000\n");
        md.append("4       4     u32 length = 16 + data bytes\n");
        md.append("8       4     u32 stream_id\n");
        md.append("12      4     u32 elem_count\n");
        md.append("16      4     u32 bytes_payload = elem_count * bytes per element\n");
        md.append("20      4     u32 reserved = 0\n");
        md.append("24      n     data, little-endian, elements back to back (components interleaved)\n");
        md.append("24 + n  pad   zeros up to the next multiple of 16\n");
        md.append("```\n\n");
        md.append("The smallest frame (array streams empty) takes ").append(FrameLayout.minimumFrameBytes(f.streams()))
                .append(" payload bytes; `").append(f.writerType())
                .append(".bytesNeeded(frame)` gives the size of a given frame.\n\n");
        md.append("## Static directory (").append(ctx.directory().length()).append(" bytes)\n\n");
        md.append("One TLV of type 0x1000 per stream: `u32 stream_id, dtype code, components, layout code, bytes per element,"
                + " reserved, name_len, extra_len`, the UTF-8 name, padding to 16 (the bytes an earlier, longer entry left, as the original encoder writes them).\n\n");
        md.append("```\n").append(hexDump(ctx.directory().bytes())).append("```\n");
        return md.toString();
    }

    public static String json(GenerationContext ctx) {
        FrameDef f = ctx.frame();
        JsonWriter w = new JsonWriter().beginObject()
                .name("schema").value(f.schemaName())
                .name("version").value(f.version())
                .name("record").value(f.qualifiedName())
                .name("schemaHash").value(String.format(Locale.ROOT, "0x%016x", ctx.directory().hash()))
                .name("streams").beginArray();
        for (StreamDef s : f.streams()) {
            w.beginObject()
                    .name("id").value(s.id())
                    .name("name").value(s.name())
                    .name("component").value(s.component())
                    .name("dtype").value(s.dtype().name())
                    .name("dtypeCode").value(s.dtype().code())
                    .name("components").value(s.components())
                    .name("bytesPerElem").value(s.bytesPerElem())
                    .name("layout").value(s.layout().name())
                    .name("layoutCode").value(s.layout().code())
                    .name("javaType").value(s.javaType().display())
                    .name("fixedElements").value(FrameLayout.fixedElements(s))
                    .endObject();
        }
        w.endArray()
                .name("frame").beginObject()
                .name("tlvType").value(SchemaEncoding.FRAME_STREAM_TLV)
                .name("tlvHeaderBytes").value(SchemaEncoding.TLV_HEADER_BYTES)
                .name("streamHeaderBytes").value(SchemaEncoding.FRAME_STREAM_HEADER_BYTES)
                .name("align").value(SchemaEncoding.TLV_ALIGN)
                .name("minimumPayloadBytes").value(FrameLayout.minimumFrameBytes(f.streams()))
                .endObject()
                .name("directory").beginObject()
                .name("tlvType").value(SchemaEncoding.DIRECTORY_ENTRY_TLV)
                .name("length").value(ctx.directory().length())
                .name("hex").value(HexFormat.of().formatHex(ctx.directory().bytes()))
                .endObject()
                .endObject();
        return w.toString();
    }

    private static String frameBytesText(StreamDef s) {
        long fixed = FrameLayout.fixedElements(s);
        if (fixed >= 0) {
            return String.valueOf(FrameLayout.streamBytes(s, fixed));
        }
        return "align16(24 + " + s.bytesPerElem() + " * elements)";
    }

    /** 16 bytes per line, offset first. */
    private static String hexDump(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        HexFormat hex = HexFormat.ofDelimiter(" ");
        for (int i = 0; i < bytes.length; i += 16) {
            out.append(String.format(Locale.ROOT, "%04x  ", i))
                    .append(hex.formatHex(bytes, i, Math.min(bytes.length, i + 16))).append('\n');
        }
        return out.toString();
    }
}
