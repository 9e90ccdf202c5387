package io.shmx.tool;

import java.util.List;

/** Small Markdown helpers: table rows with escaped cells. */
final class Markdown {
    private Markdown() {}

    /** A table: header row, separator ({@code ---:} for right-aligned columns), rows. */
    static void table(StringBuilder out, List<String> headers, List<Boolean> rightAligned, List<List<String>> rows) {
        row(out, headers);
        StringBuilder sep = new StringBuilder("|");
        for (Boolean right : rightAligned) {
            sep.append(right ? "---:|" : "---|");
        }
        out.append(sep).append('\n');
        for (List<String> r : rows) {
            row(out, r);
        }
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(cell(c)).append(" |");
        }
        out.append('\n');
    }

    /** A cell's text with pipes escaped and line breaks flattened. */
    static String cell(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /** Inline code, with backticks in the text handled by a longer fence. */
    static String code(String text) {
        String fence = text.contains("`") ? "``" : "`";
        return fence + (text.startsWith("`") ? " " : "") + text + (text.endsWith("`") ? " " : "") + fence;
    }
}
