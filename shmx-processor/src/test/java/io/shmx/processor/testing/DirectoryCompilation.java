package io.shmx.processor.testing;

import io.shmx.processor.ShmxProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Runs javac with the processor into real directories, for what compile-testing hides when a
 * compilation fails: the files the processor still wrote for the records without errors.
 *
 * @param sourceOutput generated sources
 * @param classOutput  classes and resources
 * @param diagnostics  everything javac reported
 */
public record DirectoryCompilation(Path sourceOutput, Path classOutput, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

    public static DirectoryCompilation run(Path dir, JavaFileObject... sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, null)) {
            Path src = Files.createDirectories(dir.resolve("generated-sources"));
            Path classes = Files.createDirectories(dir.resolve("classes"));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(src));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            JavaCompiler.CompilationTask task = javac.getTask(null, files, collector,
                    List.of(Compilations.LINT, "-classpath", System.getProperty("java.class.path")), null,
                    List.of(sources));
            task.setProcessors(List.of(new ShmxProcessor()));
            task.call();
            return new DirectoryCompilation(src, classes, List.copyOf(collector.getDiagnostics()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paths of every file under {@code root}, relative to it, with '/' separators. */
    public static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Diagnostic<? extends JavaFileObject>> errors() {
        return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }
}
