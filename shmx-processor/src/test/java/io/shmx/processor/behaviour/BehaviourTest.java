package io.shmx.processor.behaviour;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.shmx.processor.testing.Channels;
import io.shmx.processor.testing.Compilations;
import io.shmx.processor.testing.GeneratedClassLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiles {@code behaviour/AllTypes.java} and the scenarios next to it with the processor, loads
 * the classes, and runs each scenario against a real shared-memory channel (unique name, removed
 * afterwards even when the scenario fails).
 */
class BehaviourTest {
    private static final String[] SOURCES = {"AllTypes", "Values", "RoundTrip", "ZeroCopy", "SchemaMismatch",
            "TooLarge", "Lapped", "Hot", "SteadyState", "WaitForProducer", "ViewApi", "CheckedSegments"};
    private static ClassLoader loader;

    @BeforeAll
    static void compile() {
        var files = java.util.Arrays.stream(SOURCES).map(s -> Compilations.resource("behaviour/" + s + ".java"))
                .toArray(javax.tools.JavaFileObject[]::new);
        Compilation compilation = Compilations.compile(files);
        assertThat(compilation).succeededWithoutWarnings();
        loader = new GeneratedClassLoader(compilation, BehaviourTest.class.getClassLoader());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"RoundTrip", "ZeroCopy", "SchemaMismatch", "TooLarge", "Lapped", "SteadyState",
            "WaitForProducer", "ViewApi", "CheckedSegments"})
    void scenario(String name) throws Exception {
        Scenario scenario = (Scenario) loader.loadClass("behaviour." + name).getConstructor().newInstance();
        String channel = Channels.unique(name.toLowerCase(java.util.Locale.ROOT));
        try {
            scenario.run(channel);
        } finally {
            Channels.remove(channel);
            Channels.remove(channel + "-b");
        }
    }
}
