package io.shmx.examples.readme;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Keeps the root README honest: every Java snippet is an excerpt of a source file the build
 * compiles, and every {@code Type.member} it names exists.
 *
 * <p>A Java block must follow a marker line {@code <!-- snippet: path/from/repo/root.java -->}.
 * Its lines must appear in that file in order and contiguously, ignoring indentation and blank
 * lines; a line {@code // ...} in the snippet stands for any number of skipped lines. A block after
 * {@code <!-- readme-build: path/in/the/sample/project -->} is a file of the README's sample project,
 * which {@link ReadmeBuildTest} builds and runs.
 */
class ReadmeTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize().getParent();
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: (\\S+) -->");
    private static final Pattern BUILD_MARKER = Pattern.compile("<!-- readme-build: (\\S+) -->");
    private static final String GAP = "// ...";
    private static final List<String> PACKAGES = List.of("io.shmx", "io.shmx.annotations",
            "io.shmx.examples.quickstart", "io.shmx.examples.particles", "io.shmx.examples.sensors");

    private static List<String> readme() throws IOException {
        return Files.readAllLines(ROOT.resolve("README.md"));
    }

    @Test
    void everyJavaSnippetIsCompiledCode() throws IOException {
        List<String> lines = readme();
        int checked = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```java")) {
                continue;
            }
            Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1).strip()) : null;
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                end++;
            }
            List<String> snippet = lines.subList(i + 1, end);
            if (i > 0 && BUILD_MARKER.matcher(lines.get(i - 1).strip()).matches()) {
                i = end;      // a file of the sample project: ReadmeBuildTest compiles and runs it
                continue;
            }
            if (marker == null || !marker.matches()) {
                problems.add("README.md:" + (i + 1) + ": a ```java block without a <!-- snippet: FILE --> line before it");
            } else {
                Path source = ROOT.resolve(marker.group(1));
                if (!Files.exists(source)) {
                    problems.add("README.md:" + (i + 1) + ": " + marker.group(1) + " does not exist");
                } else if (!containsInOrder(Files.readAllLines(source), snippet)) {
                    problems.add("README.md:" + (i + 1) + ": the snippet is not in " + marker.group(1)
                            + " (copy it from the file again)");
                }
            }
            checked++;
            i = end;
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        assertTrue(checked >= 4, "the README shows code (found " + checked + " Java blocks)");
    }

    @Test
    void everyNamedMemberExists() throws IOException {
        Pattern ref = Pattern.compile("\\b([A-Z][A-Za-z0-9]*)\\.([a-zA-Z_][A-Za-z0-9_]*)\\b");
        Set<String> missing = new LinkedHashSet<>();
        int checked = 0;
        for (String line : readme()) {
            for (String code : inlineCode(line)) {
                Matcher m = ref.matcher(code);
                while (m.find()) {
                    Class<?> type = find(m.group(1));
                    if (type != null) {
                        checked++;
                        if (!hasMember(type, m.group(2))) {
                            missing.add(m.group(1) + "." + m.group(2));
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "names in README.md that the code does not have");
        assertTrue(checked >= 30, "only " + checked + " Type.member names checked");
    }

    @Test
    void theMatcherAcceptsExcerptsAndRejectsEdits() {
        List<String> file = List.of("class A {", "    void f() {", "        int x = 1;", "", "        int y = 2;",
                "        int z = 3;", "    }", "}");
        assertTrue(containsInOrder(file, List.of("int x = 1;", "int y = 2;")));
        assertTrue(containsInOrder(file, List.of("void f() {", GAP, "int z = 3;")));
        assertTrue(!containsInOrder(file, List.of("int x = 1;", "int z = 3;")));
        assertTrue(!containsInOrder(file, List.of("int x = 2;")));
        assertTrue(!containsInOrder(file, List.of("int z = 3;", GAP, "int x = 1;")));
    }

    /** Whether {@code snippet}'s lines occur in {@code file} in order, contiguously between gaps. */
    static boolean containsInOrder(List<String> file, List<String> snippet) {
        List<String> f = meaningful(file);
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        for (String s : meaningful(snippet)) {
            if (s.equals(GAP)) {
                parts.add(part);
                part = new ArrayList<>();
            } else {
                part.add(s);
            }
        }
        parts.add(part);
        int from = 0;
        for (List<String> p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            int at = indexOf(f, p, from);
            if (at < 0) {
                return false;
            }
            from = at + p.size();
        }
        return true;
    }

    private static int indexOf(List<String> in, List<String> part, int from) {
        for (int i = from; i + part.size() <= in.size(); i++) {
            if (in.subList(i, i + part.size()).equals(part)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> meaningful(List<String> lines) {
        return lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> inlineCode(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(line);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Class<?> find(String simpleName) {
        for (String p : PACKAGES) {
            try {
                return Class.forName(p + "." + simpleName);
            } catch (ClassNotFoundException ignored) {
                // try the next package
            }
        }
        return null;
    }

    private static boolean hasMember(Class<?> type, String name) {
        boolean method = Arrays.stream(type.getMethods()).map(Method::getName).anyMatch(name::equals);
        boolean field = Arrays.stream(type.getFields()).filter(f -> Modifier.isPublic(f.getModifiers()))
                .map(Field::getName).anyMatch(name::equals);
        boolean nested = Arrays.stream(type.getClasses()).map(Class::getSimpleName).anyMatch(name::equals);
        return method || field || nested;
    }
}
