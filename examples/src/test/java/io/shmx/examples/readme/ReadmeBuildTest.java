package io.shmx.examples.readme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds and runs the README's sample project ("Adding shmx to your build") exactly as a user would:
 * its files are copied out of README.md (every block after a {@code <!-- readme-build: PATH -->}
 * line) into an empty directory, and the machine's default {@code mvn} runs the README's command,
 * {@code mvn -B -q compile exec:exec}, there.
 *
 * <p>Nothing is installed in the shared local repository, and nothing is downloaded: the child build
 * gets a local repository of its own, in which this test lays out the shmx artifacts built by this
 * reactor (jars made from the modules' {@code target/classes}, and their poms), and a settings file
 * whose only mirror is this build's local repository read as a {@code file:} repository, for the
 * plugins and third-party libraries (the same versions this reactor uses).
 */
class ReadmeBuildTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize().getParent();
    private static final Pattern BUILD_MARKER = Pattern.compile("<!-- readme-build: (\\S+) -->");
    private static final List<String> MODULES = List.of("shmx-runtime", "shmx-annotations", "shmx-processor");

    @TempDir
    Path tmp;

    @Test
    void theSampleProjectBuildsAndRunsWithTheDefaultMvn() throws Exception {
        Path project = tmp.resolve("robot");
        Map<String, String> files = sampleProject(Files.readAllLines(ROOT.resolve("README.md")));
        assertEquals(List.of("pom.xml", "src/main/java/com/example/robot/RobotState.java",
                "src/main/java/com/example/robot/Main.java"), List.copyOf(files.keySet()), "the README's sample project");
        String version = System.getProperty("shmx.project.version");
        assertTrue(files.get("pom.xml").contains("<shmx.version>" + version + "</shmx.version>"),
                "the README's pom uses this build's version " + version);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path to = project.resolve(f.getKey());
            Files.createDirectories(to.getParent());
            Files.writeString(to, f.getValue());
        }

        Path repo = tmp.resolve("repository");
        layOutShmxArtifacts(repo, version);
        Path settings = tmp.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <mirrors>
                    <mirror>
                      <id>this-machine</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                </settings>
                """.formatted(Path.of(System.getProperty("shmx.maven.repository")).toUri()));

        List<String> cmd = List.of("mvn", "-B", "-q", "-s", settings.toString(), "-Dmaven.repo.local=" + repo,
                "compile", "exec:exec");
        Path log = tmp.resolve("mvn.log");
        Process mvn = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean ended = mvn.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            mvn.destroyForcibly();
        }
        String out = Files.readString(log);
        assertTrue(ended, "mvn did not end within 5 minutes:\n" + out);
        assertEquals(0, mvn.exitValue(), String.join(" ", cmd) + " in " + project + ":\n" + out);
        assertTrue(out.contains("frame 1: x=1.0 joints=6 mode=moving"), out);
        assertTrue(out.contains("frame 2: x=2.0 joints=6 mode=moving"), out);
        assertTrue(out.contains("frame 3: x=3.0 joints=6 mode=idle"), out);
    }

    /** The blocks after {@code <!-- readme-build: PATH -->} lines, by path, in README order. */
    static Map<String, String> sampleProject(List<String> readme) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i + 1 < readme.size(); i++) {
            Matcher m = BUILD_MARKER.matcher(readme.get(i).strip());
            if (!m.matches() || !readme.get(i + 1).startsWith("```")) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            int j = i + 2;
            for (; j < readme.size() && !readme.get(j).startsWith("```"); j++) {
                text.append(readme.get(j)).append('\n');
            }
            files.put(m.group(1), text.toString());
            i = j;
        }
        return files;
    }

    /**
     * Puts the parent pom and, for each shmx module, a jar of its {@code target/classes} and its pom
     * where a local repository keeps them ({@code io/shmx/NAME/VERSION/NAME-VERSION.jar}).
     */
    private static void layOutShmxArtifacts(Path repo, String version) throws IOException {
        Path parent = repo.resolve("io/shmx/shmx-parent/" + version);
        Files.createDirectories(parent);
        Files.copy(ROOT.resolve("pom.xml"), parent.resolve("shmx-parent-" + version + ".pom"));
        for (String module : MODULES) {
            Path dir = repo.resolve("io/shmx/" + module + "/" + version);
            Files.createDirectories(dir);
            Files.copy(ROOT.resolve(module).resolve("pom.xml"), dir.resolve(module + "-" + version + ".pom"));
            Path classes = ROOT.resolve(module).resolve("target/classes");
            assertTrue(Files.isDirectory(classes), classes + " is built before the examples module");
            jar(classes, dir.resolve(module + "-" + version + ".jar"));
        }
    }

    private static void jar(Path classes, Path jar) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(classes)) {
            entries = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Path p : entries) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Test
    void extractionFindsEveryMarkedBlock() {
        List<String> readme = List.of("text", "<!-- readme-build: a/B.java -->", "```java", "class B {}", "```",
                "<!-- readme-build: pom.xml -->", "```xml", "<project/>", "", "```", "```java", "ignored", "```");
        Map<String, String> files = sampleProject(readme);
        assertEquals(Map.of("a/B.java", "class B {}\n", "pom.xml", "<project/>\n\n"), files);
    }
}
