package io.shmx.tool;

import io.shmx.DType;
import io.shmx.HeaderInfo;
import io.shmx.Layout;
import io.shmx.StreamSpec;
import java.util.ArrayList;
import java.util.List;

/** {@code docs --channel NAME}: a live region's static directory as a Markdown page. */
final class DirectoryMarkdown {
    private DirectoryMarkdown() {}

    static String render(String title, HeaderInfo h, List<StreamSpec> streams) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        md.append("shmx ").append(h.verMajor()).append('.').append(h.verMinor()).append(" region; static directory generation ")
                .append(Long.toUnsignedString(h.staticGen())).append(", hash ").append(Units.hex64(h.staticHash()))
                .append(", ").append(streams.size()).append(streams.size() == 1 ? " stream" : " streams").append(".\n\n");
        md.append("## Streams\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (StreamSpec s : streams) {
            rows.add(List.of(Integer.toUnsignedString(s.id()), Markdown.code(s.name()), DType.nameOf(s.dtypeCode()),
                    Integer.toUnsignedString(s.components()), Integer.toUnsignedString(s.bytesPerElem()),
                    Layout.nameOf(s.layoutCode()), s.extraLength() == 0 ? "" : Markdown.code(s.extraHex())));
        }
        Markdown.table(md, List.of("id", "name", "dtype", "components", "bytes per element", "layout", "extra (hex)"),
                List.of(true, false, false, true, true, false, false), rows);
        md.append("\n## Frame layout\n\n");
        md.append("Each frame is a 64-byte frame header followed by one TLV per stream (type `0x2000`):"
                + " `u32 type, u32 length`, then `u32 stream_id, u32 elem_count, u32 bytes, u32 reserved`"
                + " and `elem_count x bytes per element` data bytes, padded to 16 bytes."
                + " Data bytes are little-endian; components of an `AOS_VECTOR` element are interleaved.\n\n");
        md.append("## Channel limits\n\n");
        md.append("- frame slots: ").append(Long.toUnsignedString(h.slots())).append('\n');
        md.append("- frame bytes cap (payload of one frame): ").append(Long.toUnsignedString(h.frameBytesCap()))
                .append('\n');
        md.append("- reader slots: ").append(Long.toUnsignedString(h.readerSlots())).append('\n');
        md.append("- control ring bytes per reader: ").append(Long.toUnsignedString(h.controlPerReader()))
                .append(h.controlPerReader() == 0 ? " (no control rings)" : "").append('\n');
        return md.toString();
    }
}
