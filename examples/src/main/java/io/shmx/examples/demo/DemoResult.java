package io.shmx.examples.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one line a demo child prints at its end for the launcher to read:
 * {@code RESULT role=consumer received=14990 missed=0 ...}, space-separated {@code key=value}
 * pairs of whole numbers.
 */
record DemoResult(String role, Map<String, Long> values) {
    static final String PREFIX = "RESULT ";

    static DemoResult parse(String line) {
        if (!line.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a result line: " + line);
        }
        String role = null;
        Map<String, Long> values = new LinkedHashMap<>();
        for (String pair : line.substring(PREFIX.length()).trim().split(" +")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("malformed pair '" + pair + "' in: " + line);
            }
            String key = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            if (key.equals("role")) {
                role = value;
            } else {
                values.put(key, Long.parseLong(value));
            }
        }
        if (role == null) {
            throw new IllegalArgumentException("no role in: " + line);
        }
        return new DemoResult(role, values);
    }

    long get(String key) {
        Long v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("the " + role + "'s result has no '" + key + "': " + values);
        }
        return v;
    }

    String toLine() {
        StringBuilder b = new StringBuilder(PREFIX).append("role=").append(role);
        values.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
        return b.toString();
    }
}
