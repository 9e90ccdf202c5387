package io.shmx.processor.generate;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Identifiers for the C++ header and the Python module: a Java name that is a keyword of the
 * other language gets a trailing underscore ({@code auto} becomes {@code auto_} in C++,
 * {@code from} becomes {@code from_} in Python). Every other Java identifier is valid in both.
 */
final class ForeignNames {
    private static final Set<String> CPP_KEYWORDS = Set.of(
            "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "char8_t",
            "char16_t", "char32_t", "compl", "concept", "consteval", "constexpr", "constinit", "const_cast",
            "co_await", "co_return", "co_yield", "decltype", "delete", "dynamic_cast", "explicit", "export",
            "extern", "friend", "inline", "mutable", "namespace", "noexcept", "not", "not_eq", "nullptr",
            "operator", "or", "or_eq", "reflexpr", "register", "reinterpret_cast", "requires", "signed",
            "sizeof", "static_assert", "static_cast", "struct", "template", "thread_local", "typedef", "typeid",
            "typename", "union", "unsigned", "using", "virtual", "wchar_t", "xor", "xor_eq", "NULL");
    private static final Set<String> PYTHON_KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "def", "del", "elif", "except",
            "from", "global", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "with", "yield",
            "np");

    private ForeignNames() {}

    /** A C++ identifier for a Java identifier (also for namespace parts). */
    static String cpp(String javaName) {
        return CPP_KEYWORDS.contains(javaName) ? javaName + "_" : javaName;
    }

    /** A Python identifier (and named-tuple field) for a Java identifier. */
    static String python(String javaName) {
        if (javaName.startsWith("_")) {
            return "f" + javaName; // named-tuple fields may not start with an underscore
        }
        return PYTHON_KEYWORDS.contains(javaName) ? javaName + "_" : javaName;
    }

    /** A C++ string literal of the text's UTF-8 bytes: printable ASCII kept, other bytes as {@code \\xHH}. */
    static String cppLiteral(String text) {
        StringBuilder out = new StringBuilder("\"");
        boolean lastWasHex = false;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                if (lastWasHex && Character.digit(c, 16) >= 0) {
                    out.append("\" \""); // a hex digit right after \xHH would extend the escape
                }
                out.append((char) c);
                lastWasHex = false;
            } else {
                out.append(String.format(Locale.ROOT, "\\x%02x", c));
                lastWasHex = true;
            }
        }
        return out.append('"').toString();
    }

    /** A Python str literal: printable ASCII kept, other characters as {@code \\uXXXX} or {@code \\UXXXXXXXX}. */
    static String pythonLiteral(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                out.append((char) c);
            } else if (c <= 0xffff) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.append(String.format(Locale.ROOT, "\\U%08x", c));
            }
        });
        return out.append('"').toString();
    }
}
