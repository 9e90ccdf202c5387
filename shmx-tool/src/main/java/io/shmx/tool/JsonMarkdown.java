package io.shmx.tool;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a schema JSON document (as the processor writes next to its Markdown page) as Markdown,
 * for when only the JSON is at hand: scalar fields as a list, arrays of objects as tables whose
 * columns are the union of their keys, nested objects as sections.
 */
final class JsonMarkdown {
    private JsonMarkdown() {}

    static String render(String title, JsonNode root) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        section(md, root, 2);
        return md.toString();
    }

    private static void section(StringBuilder md, JsonNode node, int level) {
        if (!node.isObject()) {
            md.append(text(node)).append("\n\n");
            return;
        }
        boolean listed = false;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getValue().isValueNode() || isScalarArray(e.getValue())) {
                md.append("- ").append(e.getKey()).append(": ").append(text(e.getValue())).append('\n');
                listed = true;
            }
        }
        if (listed) {
            md.append('\n');
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            if (v.isObject()) {
                md.append("#".repeat(level)).append(' ').append(e.getKey()).append("\n\n");
                section(md, v, Math.min(level + 1, 6));
            } else if (v.isArray() && !isScalarArray(v)) {
                md.append("#".repeat(level)).append(' ').append(e.getKey()).append("\n\n");
                table(md, v);
                md.append('\n');
            }
        }
    }

    private static boolean isScalarArray(JsonNode v) {
        if (!v.isArray()) {
            return false;
        }
        for (JsonNode item : v) {
            if (!item.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static void table(StringBuilder md, JsonNode array) {
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode item : array) {
            if (item.isObject()) {
                item.fieldNames().forEachRemaining(columns::add);
            }
        }
        List<String> headers = new ArrayList<>(columns);
        List<Boolean> right = new ArrayList<>();
        for (String c : headers) {
            boolean numeric = true;
            for (JsonNode item : array) {
                JsonNode v = item.get(c);
                numeric &= v == null || v.isNumber();
            }
            right.add(numeric);
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode item : array) {
            List<String> row = new ArrayList<>();
            for (String c : headers) {
                JsonNode v = item.get(c);
                row.add(v == null ? "" : text(v));
            }
            rows.add(row);
        }
        Markdown.table(md, headers, right, rows);
    }

    private static String text(JsonNode v) {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(i -> items.add(text(i)));
            return String.join(", ", items);
        }
        return v.toString();
    }
}
