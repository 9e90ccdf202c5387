package io.shmx.bridge.cli;

/** A one-line JSON object writer for the status lines (no library; keys in the order written). */
final class Json {
    private final StringBuilder sb = new StringBuilder(256).append('{');
    private boolean first = true;

    Json key(String k) {
        if (!first) {
            sb.append(',');
        }
        first = false;
        string(k);
        sb.append(':');
        return this;
    }

    Json put(String k, long v) {
        key(k).sb.append(v);
        return this;
    }

    Json put(String k, double v) {
        key(k).sb.append(Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.1f", v) : "0");
        return this;
    }

    Json put(String k, boolean v) {
        key(k).sb.append(v);
        return this;
    }

    Json put(String k, String v) {
        key(k).string(v);
        return this;
    }

    Json raw(String k, String json) {
        key(k).sb.append(json);
        return this;
    }

    private Json string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
        return this;
    }

    @Override
    public String toString() {
        return sb + "}";
    }
}
