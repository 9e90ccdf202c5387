package io.shmx.examples.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an example printed: a PrintStream to hand it, and the text and lines afterwards. */
public final class Output {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    public PrintStream stream() {
        return stream;
    }

    public String text() {
        stream.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    public List<String> lines() {
        return text().lines().toList();
    }

    /** Every match of {@code regex} against each line, in order. */
    public List<Matcher> matches(String regex) {
        Pattern p = Pattern.compile(regex);
        return lines().stream().map(p::matcher).filter(Matcher::matches).toList();
    }

    /** The one line matching {@code regex}; fails (showing all output) when there is not exactly one. */
    public Matcher single(String regex) {
        List<Matcher> found = matches(regex);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " lines match " + regex + " in:\n" + text());
        }
        return found.getFirst();
    }
}
