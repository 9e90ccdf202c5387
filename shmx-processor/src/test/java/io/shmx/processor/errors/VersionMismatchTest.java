package io.shmx.processor.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.shmx.annotations.ShmxVersion;
import io.shmx.processor.testing.Compilations;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Annotations newer than the processor stop generation with an error naming both versions. The
 * newer annotations are simulated by compiling a {@code io.shmx.annotations.ShmxVersion} of a
 * higher level with the record: a source file shadows the class of the same name on the class path,
 * exactly as a newer annotations jar would.
 */
class VersionMismatchTest {
    private static final JavaFileObject RECORD = Compilations.source("p.Foo", """
            package p;

            import io.shmx.DType;
            import io.shmx.annotations.ShmxFrame;
            import io.shmx.annotations.Stream;

            @ShmxFrame
            public record Foo(@Stream(id = 1, dtype = DType.F32) float[] a) {
            }
            """);

    private static JavaFileObject annotationsVersion(String version, int level) {
        return Compilations.source("io.shmx.annotations.ShmxVersion", """
                package io.shmx.annotations;

                public final class ShmxVersion {
                    public static final String VERSION = "%s";
                    public static final int API_LEVEL = %d;
                    private ShmxVersion() {}
                }
                """.formatted(version, level));
    }

    @Test
    void newerAnnotationsAreACompileErrorNamingBothVersions() {
        Compilation c = Compilations.compile(RECORD, annotationsVersion("9.9.0", ShmxVersion.API_LEVEL + 1));
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[ShmxVersionMismatch] @ShmxFrame record p.Foo: the annotations on the class"
                + " path are shmx-annotations 9.9.0 (annotation API level " + (ShmxVersion.API_LEVEL + 1) + "), newer"
                + " than this shmx-processor " + ShmxVersion.VERSION + " (it understands level " + ShmxVersion.API_LEVEL
                + " and older), so it would generate nothing or the wrong code; use shmx-processor 9.9.0 in the"
                + " compiler's annotationProcessorPaths, the same version as shmx-annotations")
                .inFile(RECORD).onLineContaining("public record Foo");
    }

    @Test
    void sameOrOlderAnnotationsGenerate() {
        Compilation same = Compilations.compile(RECORD, annotationsVersion("0.0.9", ShmxVersion.API_LEVEL));
        assertThat(same).succeeded();
        assertThat(same).generatedSourceFile("p.FooReader");
        Compilation older = Compilations.compile(RECORD, annotationsVersion("0.0.1", ShmxVersion.API_LEVEL - 1));
        assertThat(older).succeeded();
        assertThat(older).generatedSourceFile("p.FooView");
    }

    @Test
    void theVersionConstantIsTheProjectVersion() {
        assertEquals(System.getProperty("shmx.project.version"), ShmxVersion.VERSION,
                "io.shmx.annotations.ShmxVersion.VERSION must equal the Maven project version: update the constant");
    }
}
