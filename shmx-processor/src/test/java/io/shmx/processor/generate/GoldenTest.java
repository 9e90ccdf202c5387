package io.shmx.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.shmx.processor.testing.Compilations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compares every generated file (sources and schema docs) with the golden copy under
 * {@code src/test/resources/goldens/GoldenTest/<case>/}. Run with {@code -Dshmx.goldens.update=true}
 * to rewrite the goldens from the current output, then review the diff.
 */
class GoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("shmx.goldens.update");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "particles, inputs/Particles.java",
            "nested-package-private, inputs/nested/Telemetry.java",
            "robot-state, inputs/robot/RobotState.java"
    })
    void generatedFilesMatchGoldens(String caseName, String input) throws IOException {
        Compilation compilation = Compilations.compile(Compilations.resource(input));
        assertThat(compilation).succeededWithoutWarnings();

        Map<String, String> generated = new TreeMap<>();
        for (JavaFileObject f : compilation.generatedFiles()) {
            if (f.getKind() == JavaFileObject.Kind.CLASS) {
                continue;
            }
            generated.put(goldenName(f), f.getCharContent(true).toString());
        }
        assertThat(generated).isNotEmpty();

        Path dir = goldensDir().resolve(GoldenTest.class.getSimpleName()).resolve(caseName);
        if (UPDATE) {
            Files.createDirectories(dir);
            try (var old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (Map.Entry<String, String> e : generated.entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            return;
        }
        assertTrue(Files.isDirectory(dir), () -> "no goldens at " + dir + "; run with -Dshmx.goldens.update=true");
        Map<String, String> expected = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                expected.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertEquals(expected.keySet(), generated.keySet(), "generated file names (update goldens with -Dshmx.goldens.update=true)");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(e.getValue(), generated.get(e.getKey()),
                    e.getKey() + " differs from its golden (update with -Dshmx.goldens.update=true and review the diff)");
        }
    }

    /** {@code io.example.ParticlesWriter.java} for a source, {@code META-INF.shmx.io.example.Particles.md} for a doc. */
    private static String goldenName(JavaFileObject f) {
        String path = f.toUri().getPath();
        String relative = path.substring(path.indexOf('/', 1) + 1);
        if (relative.endsWith(".java")) {
            return relative.substring(0, relative.length() - ".java".length()).replace('/', '.') + ".java";
        }
        return relative.replace('/', '.');
    }

    /** The source tree's goldens directory (set by the build), so that updates land in the repository. */
    private static Path goldensDir() {
        String configured = System.getProperty("shmx.goldens.dir");
        return configured != null ? Path.of(configured) : Path.of("src/test/resources/goldens");
    }
}
