package io.shmx.processor.generate;

/** Escapes user text (stream names) placed in generated javadoc. */
final class Javadoc {
    private Javadoc() {}

    /** HTML-escapes and breaks {@code *}{@code /} so that the text cannot end the comment. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;");
    }
}
