package io.shmx.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.shmx.processor.testing.Compilations;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated code compiles without a single warning under {@code -Xlint:all}. */
class LintTest {

    @ParameterizedTest
    @ValueSource(strings = {"inputs/Particles.java", "inputs/nested/Telemetry.java", "behaviour/AllTypes.java",
            "inputs/Frame.java", "inputs/Unnamed.java"})
    void generatedSourcesCompileWithoutWarnings(String input) {
        JavaFileObject record = Compilations.resource(input);
        Compilation processed = Compilations.compile(record);
        assertThat(processed).succeededWithoutWarnings();

        // The generated sources alone, processor off, every lint category on.
        List<JavaFileObject> sources = new ArrayList<>(Compilations.generatedSources(processed));
        sources.add(record);
        Compilation plain = javac().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(sources);
        assertThat(plain).succeededWithoutWarnings();
    }
}
