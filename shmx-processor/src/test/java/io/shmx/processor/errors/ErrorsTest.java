package io.shmx.processor.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.shmx.processor.testing.Compilations;
import javax.tools.JavaFileObject;
import static com.google.testing.compile.Compiler.javac;

import io.shmx.processor.ShmxProcessor;
import io.shmx.processor.testing.DirectoryCompilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One failing compilation per message: the full text (rule, what was found, how to fix it) and
 * the line of the offending element. Inputs sit next to the expectations.
 */
class ErrorsTest {
    private static final String IMPORTS = """
            package p;

            import io.shmx.DType;
            import io.shmx.annotations.ShmxFrame;
            import io.shmx.annotations.Stream;
            import io.shmx.annotations.StreamLayout;
            import java.lang.foreign.MemorySegment;
            import java.util.List;

            """;

    private static JavaFileObject source(String name, String body) {
        return Compilations.source("p." + name, IMPORTS + body);
    }

    private static Compilation compile(JavaFileObject... sources) {
        return Compilations.compile(sources);
    }

    @Test
    void notARecord() {
        JavaFileObject src = source("Foo", """
                @ShmxFrame
                public class Foo {
                }
                """);
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxNotRecord] @ShmxFrame applies to records only, but p.Foo is a class;"
                + " declare it as 'record Foo(...)' with one @Stream component per stream")
                .inFile(src).onLineContaining("@ShmxFrame");
    }

    @Test
    void componentWithoutStream() {
        JavaFileObject src = source("Foo", """
                @ShmxFrame
                public record Foo(@Stream(id = 1, dtype = DType.F32) float[] a,
                                  double[] unannotated) {
                }
                """);
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxMissingStream] record component 'unannotated' of @ShmxFrame record p.Foo"
                + " has no @Stream; every component is a stream: annotate it, e.g."
                + " '@Stream(id = 2, dtype = DType.F64) double[] unannotated'")
                .inFile(src).onLineContaining("double[] unannotated");
    }

    @Test
    void duplicateIds() {
        JavaFileObject src = source("Quote", """
                @ShmxFrame
                public record Quote(@Stream(id = 3, dtype = DType.F64) double bid,
                                    @Stream(id = 3, dtype = DType.F64) double ask) {
                }
                """);
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxDuplicateStreamId] @Stream id 3 is used by both 'bid' and 'ask'; ids must"
                + " be unique within a @ShmxFrame: give 'ask' another id (4 is free)")
                .inFile(src).onLineContaining("double ask");
    }

    @Test
    void duplicateNames() {
        JavaFileObject src = source("Foo", """
                @ShmxFrame
                public record Foo(@Stream(id = 1, dtype = DType.F32) float[] speed,
                                  @Stream(id = 2, dtype = DType.F32, name = "speed") float[] velocity) {
                }
                """);
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxDuplicateStreamName] stream name 'speed' is used by both 'speed' and"
                + " 'velocity'; stream names must be unique within a @ShmxFrame: set another @Stream(name = ...) on"
                + " 'velocity'")
                .inFile(src).onLineContaining("float[] velocity");
    }

    @Test
    void dtypeIncompatibleWithJavaType() {
        JavaFileObject src = source("Foo", """
                @ShmxFrame
                public record Foo(@Stream(id = 1, dtype = DType.U32) float[] ids) {
                }
                """);
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxIncompatibleDType] component 'ids' is float[] but @Stream says"
                + " dtype = U32; dtype U32 is carried by int, int[], or MemorySegment (raw bytes): change the"
                + " component's type, or pick a dtype that float[] carries (F16, BF16, F32)")
                .inFile(src).onLineContaining("float[] ids");
    }

    @Test
    void unsupportedJavaType() {
        JavaFileObject src = source("Foo", """
                @ShmxFrame
                public record Foo(@Stream(id = 1, dtype = DType.F32) List<Float> values) {
                }
                """);
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxUnsupportedJavaType] component 'values' has type java.util.List<java.lang.Float>,"
                + " which no stream can carry; use a primitive (boolean, byte, short, int, long, float, double), a"
                + " one-dimensional primitive array, String (dtype U8) or java.lang.foreign.MemorySegment")
                .inFile(src).onLineContaining("List<Float> values");
    }

    @Test
    void componentsBelowOne() {
        JavaFileObject src = source("Foo", """
                @ShmxFrame
                public record Foo(@Stream(id = 1, dtype = DType.F32, components = 0) float[] xyz) {
                }
                """);
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxInvalidComponents] @Stream(components = 0) on 'xyz': components (scalars"
                + " per element) must be at least 1; use 1 for a scalar stream or the vector width, e.g."
                + " components = 3 for xyz")
                .inFile(src).onLineContaining("float[] xyz");
    }

    @Test
    void scalarWithSeveralComponents() {
        JavaFileObject src = source("Foo", """
                @ShmxFrame
                public record Foo(@Stream(id = 1, dtype = DType.F32, components = 3) float position) {
                }
                """);
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxComponentsMismatch] component 'position' is float, which holds exactly one"
                + " scalar, but @Stream says components = 3; make it float[] (holding 3 scalars per element) or remove"
                + " 'components'")
                .inFile(src).onLineContaining("float position");
    }

    @Test
    void stringWithSeveralComponents() {
        JavaFileObject src = source("Foo", """
                @ShmxFrame
                public record Foo(@Stream(id = 1, dtype = DType.U8, components = 2) String label) {
                }
                """);
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxComponentsMismatch] component 'label' is String, which holds UTF-8 bytes,"
                + " one byte per element, but @Stream says components = 2; String streams need components = 1: remove"
                + " 'components', or use byte[] for grouped bytes")
                .inFile(src).onLineContaining("String label");
    }

    @Test
    void genericRecord() {
        JavaFileObject src = source("Foo", """
                @ShmxFrame
                public record Foo<T>(@Stream(id = 1, dtype = DType.F32) float[] a) {
                }
                """);
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxGenericRecord] @ShmxFrame record p.Foo declares type parameters <T>;"
                + " a frame's streams need concrete types: remove the type parameters")
                .inFile(src).onLineContaining("@ShmxFrame");
    }

    @Test
    void privateNestedRecord() {
        JavaFileObject src = source("Outer", """
                public class Outer {
                    @ShmxFrame
                    private record Foo(@Stream(id = 1, dtype = DType.F32) float[] a) {
                    }
                }
                """);
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxInaccessibleRecord] @ShmxFrame record p.Outer.Foo cannot be used by the"
                + " classes generated next to it because it is private; make it (and every type enclosing it) at least"
                + " package-private")
                .inFile(src).onLineContaining("@ShmxFrame");
    }

    @Test
    void recordNestedInPrivateClass() {
        JavaFileObject src = source("Outer", """
                public class Outer {
                    private static class Hidden {
                        @ShmxFrame
                        record Foo(@Stream(id = 1, dtype = DType.F32) float[] a) {
                        }
                    }
                }
                """);
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxInaccessibleRecord] @ShmxFrame record p.Outer.Hidden.Foo cannot be used by"
                + " the classes generated next to it because its enclosing type Hidden is private")
                .inFile(src).onLineContaining("@ShmxFrame");
    }

    @Test
    void generatedNameAlreadyTaken() {
        JavaFileObject record = source("Foo", """
                @ShmxFrame
                public record Foo(@Stream(id = 1, dtype = DType.F32) float[] a) {
                }
                """);
        JavaFileObject existing = Compilations.source("p.FooWriter", """
                package p;

                public class FooWriter {
                }
                """);
        Compilation c = compile(record, existing);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxGeneratedNameClash] type p.FooWriter already exists, but the processor"
                + " generates a type of that name for @ShmxFrame record p.Foo; rename or move the existing type, or"
                + " rename the record")
                .inFile(record).onLineContaining("@ShmxFrame");
    }

    @Test
    void negativeStreamId() {
        JavaFileObject src = source("Foo", """
                @ShmxFrame
                public record Foo(@Stream(id = -1, dtype = DType.F32) float[] a) {
                }
                """);
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxInvalidStreamId] @Stream(id = -1) on 'a': stream ids must be between 0 and"
                + " 2147483647; use a non-negative id")
                .inFile(src).onLineContaining("float[] a");
    }

    @Test
    void streamNameTooLong() {
        String longName = "n".repeat(256);
        JavaFileObject src = source("Foo", """
                @ShmxFrame
                public record Foo(@Stream(id = 1, dtype = DType.F32, name = "%s") float[] a) {
                }
                """.formatted(longName));
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxInvalidStreamName] stream name '" + longName + "' of component 'a' is 256"
                + " UTF-8 bytes; a stream name must be 1 to 255 bytes: set a shorter @Stream(name = ...)")
                .inFile(src).onLineContaining("float[] a");
    }

    @Test
    void componentNameClashesWithGeneratedMember() {
        JavaFileObject src = source("Foo", """
                @ShmxFrame
                public record Foo(@Stream(id = 1, dtype = DType.F64) double simTime) {
                }
                """);
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxMemberNameClash] component 'simTime' would generate View method 'simTime',"
                + " which clashes with the generated View method of that name; rename the component (the stream can"
                + " keep its name with @Stream(name = \"simTime\"))")
                .inFile(src).onLineContaining("double simTime");
    }

    @Test
    void recordWithoutComponents() {
        JavaFileObject src = source("Foo", """
                @ShmxFrame
                public record Foo() {
                }
                """);
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxNoStreams] @ShmxFrame record p.Foo has no components; a frame needs at least"
                + " one stream: add a component such as '@Stream(id = 1, dtype = DType.F32) float[] values'")
                .inFile(src).onLineContaining("@ShmxFrame");
    }

    @Test
    void typeThatNeverResolves() {
        JavaFileObject src = source("Foo", """
                @ShmxFrame
                public record Foo(@Stream(id = 1, dtype = DType.F32) Missing value) {
                }
                """);
        Compilation c = compile(src);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[ShmxUnresolvedType] component 'value' of @ShmxFrame record p.Foo has type"
                + " Missing, which did not resolve by the end of annotation processing; fix or import that type")
                .inFile(src).onLineContaining("Missing value");
    }

    @Test
    void recordWaitsForATypeGeneratedInALaterRound() {
        JavaFileObject src = source("Foo", """
                @ShmxFrame
                public record Foo(@Stream(id = 1, dtype = DType.F32) Later value) {
                }
                """);
        Compilation c = javac().withProcessors(new ShmxProcessor(), new GeneratesLater()).withOptions(Compilations.LINT)
                .compile(src);
        // Round 1: 'Later' does not exist, the record is deferred (no "unresolved" error). Round 2: it
        // exists and is judged for what it is.
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxUnsupportedJavaType] component 'value' has type p.Later")
                .inFile(src).onLineContaining("Later value");
    }

    /** Generates {@code p.Later} in the first round, like another processor would. */
    @SupportedAnnotationTypes("io.shmx.annotations.ShmxFrame")
    private static final class GeneratesLater extends AbstractProcessor {
        private boolean done;

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer w = processingEnv.getFiler().createSourceFile("p.Later").openWriter()) {
                    w.write("package p;\npublic final class Later {}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void everyErrorOfARecordIsReportedAtOnceAndOtherRecordsStillGenerate(@TempDir Path tempDir) {
        JavaFileObject bad = source("Bad", """
                @ShmxFrame
                public record Bad(@Stream(id = 1, dtype = DType.I32) float[] wrongType,
                                  @Stream(id = 1, dtype = DType.F32) float[] sameId,
                                  @Stream(id = 2, dtype = DType.F32, components = 0) float[] noComponents) {
                }
                """);
        JavaFileObject good = source("Good", """
                @ShmxFrame
                public record Good(@Stream(id = 1, dtype = DType.F32) float[] a) {
                }
                """);
        Compilation c = compile(bad, good);
        assertThat(c).hadErrorCount(3);
        assertThat(c).hadErrorContaining("[ShmxIncompatibleDType] component 'wrongType'")
                .inFile(bad).onLineContaining("float[] wrongType");
        assertThat(c).hadErrorContaining("[ShmxDuplicateStreamId] @Stream id 1 is used by both 'wrongType' and 'sameId'")
                .inFile(bad).onLineContaining("float[] sameId");
        assertThat(c).hadErrorContaining("[ShmxInvalidComponents] @Stream(components = 0) on 'noComponents'")
                .inFile(bad).onLineContaining("float[] noComponents");
        // compile-testing withholds generated files of a failed compilation: compile again into directories
        DirectoryCompilation onDisk = DirectoryCompilation.run(tempDir, bad, good);
        assertEquals(3, onDisk.errors().size(), () -> onDisk.diagnostics().toString());
        assertEquals(List.of("p/GoodReader.java", "p/GoodSchema.java", "p/GoodView.java", "p/GoodWriter.java"),
                DirectoryCompilation.files(onDisk.sourceOutput()));
        assertTrue(DirectoryCompilation.files(onDisk.classOutput())
                .containsAll(List.of("META-INF/shmx/p.Good.md", "META-INF/shmx/p.Good.json")));
        assertTrue(DirectoryCompilation.files(onDisk.classOutput()).stream().noneMatch(f -> f.contains("Bad")),
                "nothing is generated for the record with errors");
    }
}
