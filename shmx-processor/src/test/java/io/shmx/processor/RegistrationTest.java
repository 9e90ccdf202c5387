package io.shmx.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.shmx.processor.testing.Compilations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** How builds find the processor, and what it claims. */
class RegistrationTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = ShmxProcessor.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path + " is missing from the processor jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    @Test
    void registeredAsAServiceForJavac() throws IOException {
        assertEquals(ShmxProcessor.class.getName(), resource("META-INF/services/javax.annotation.processing.Processor"));
    }

    @Test
    void declaredIsolatingForGradleIncrementalBuilds() throws IOException {
        assertEquals(ShmxProcessor.class.getName() + ",isolating",
                resource("META-INF/gradle/incremental.annotation.processors"));
    }

    @Test
    void supportsOnlyShmxFrame() {
        ShmxProcessor p = new ShmxProcessor();
        assertEquals(Set.of("io.shmx.annotations.ShmxFrame"), p.getSupportedAnnotationTypes());
        assertEquals(SourceVersion.latestSupported(), p.getSupportedSourceVersion());
    }

    @Test
    void leavesShmxFrameUnclaimedForProcessorsAfterIt() {
        Probe probe = new Probe();
        Compilation c = javac().withProcessors(new ShmxProcessor(), probe).withOptions(Compilations.LINT)
                .compile(Compilations.resource("inputs/Particles.java"));
        assertThat(c).succeededWithoutWarnings();
        assertTrue(probe.sawShmxFrame, "process() returned true and swallowed @ShmxFrame");
    }

    /** A processor javac runs after ours: it sees @ShmxFrame only if ours did not claim it. */
    @SupportedAnnotationTypes("io.shmx.annotations.ShmxFrame")
    private static final class Probe extends AbstractProcessor {
        boolean sawShmxFrame;

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            sawShmxFrame |= !annotations.isEmpty();
            return false;
        }
    }
}
