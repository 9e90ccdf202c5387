package io.shmx.processor.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.shmx.processor.ShmxProcessor;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles test inputs with the processor the way a build does. */
public final class Compilations {
    /**
     * The build's lint set: everything but {@code processing}, which would only say that no
     * processor claims {@code @Stream} (the processor claims nothing on purpose: it returns false).
     */
    public static final String LINT = "-Xlint:all,-processing";

    private Compilations() {}

    public static Compiler withProcessor() {
        return javac().withProcessors(new ShmxProcessor()).withOptions(LINT);
    }

    public static Compilation compile(JavaFileObject... sources) {
        return withProcessor().compile(sources);
    }

    /** A source file from {@code src/test/resources}. */
    public static JavaFileObject resource(String path) {
        return JavaFileObjects.forResource(path);
    }

    /** A source file {@code qualifiedName} with the given text. */
    public static JavaFileObject source(String qualifiedName, String text) {
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }

    /** The generated Java sources of a compilation. */
    public static List<JavaFileObject> generatedSources(Compilation compilation) {
        List<JavaFileObject> out = new ArrayList<>();
        for (JavaFileObject f : compilation.generatedSourceFiles()) {
            out.add(f);
        }
        return out;
    }
}
