package io.shmx.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import io.shmx.processor.diagnostics.DiagnosticPrinter;
import io.shmx.processor.diagnostics.Message;
import io.shmx.processor.generate.CppHeader;
import io.shmx.processor.generate.GenerationContext;
import io.shmx.processor.generate.Generator;
import io.shmx.processor.generate.PythonModule;
import io.shmx.processor.generate.SchemaDocs;
import io.shmx.processor.parse.Names;
import io.shmx.processor.parse.ParsedRecord;
import io.shmx.processor.parse.RecordParser;
import io.shmx.processor.model.ComponentModel;
import io.shmx.processor.validate.AnnotationsVersion;
import io.shmx.processor.validate.FrameValidator;
import io.shmx.processor.validate.Problem;
import io.shmx.processor.validate.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Generates {@code FooSchema}, {@code FooWriter}, {@code FooReader} and {@code FooView} (plus
 * schema docs, a C++ header and a Python module under {@code META-INF/shmx/}) for every {@code @ShmxFrame} record.
 *
 * <p>One pass per annotated type: parse (javac elements to a plain model), validate (every
 * problem collected, then printed at once), generate only when clean. A problem aborts that
 * record only. A record whose component types do not resolve yet is retried in the next round.
 * Annotations newer than the processor ({@link AnnotationsVersion}) stop every record with
 * {@code [ShmxVersionMismatch]}.
 * Each generated file has exactly one originating element, its record (isolating for Gradle).
 */
@AutoService(Processor.class)
public final class ShmxProcessor extends AbstractProcessor {
    /** The {@code @Generated} value, also how the processor recognises its own earlier output. */
    public static final String NAME = ShmxProcessor.class.getCanonicalName();

    private final Set<String> deferred = new LinkedHashSet<>();
    private RecordParser parser;
    private DiagnosticPrinter printer;
    private boolean generatedAvailable;
    private AnnotationsVersion annotations;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        parser = new RecordParser(env.getElementUtils(), NAME);
        printer = new DiagnosticPrinter(env.getMessager());
        generatedAvailable = env.getSourceVersion().compareTo(SourceVersion.RELEASE_8) > 0
                && env.getElementUtils().getTypeElement(Names.GENERATED) != null;
        annotations = AnnotationsVersion.of(env.getElementUtils());
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Names.SHMX_FRAME);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        List<TypeElement> work = new ArrayList<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                work.add(type);
            }
        }
        deferred.clear();
        TypeElement frameAnnotation = processingEnv.getElementUtils().getTypeElement(Names.SHMX_FRAME);
        if (frameAnnotation != null) {
            for (Element e : round.getElementsAnnotatedWith(frameAnnotation)) {
                if (e instanceof TypeElement type) {
                    work.add(type);
                }
            }
        }
        for (TypeElement type : work) {
            process(type, round.processingOver());
        }
        return false;
    }

    private void process(TypeElement type, boolean lastRound) {
        if (!annotations.understood()) {
            printer.printOnElement(type, Message.VERSION_MISMATCH, type.getQualifiedName(), annotations.version(),
                    annotations.apiLevel(), AnnotationsVersion.PROCESSOR_VERSION,
                    AnnotationsVersion.PROCESSOR_API_LEVEL, annotations.version());
            return;
        }
        ParsedRecord parsed = parser.parse(type);
        if (parsed.malformed()) {
            return; // javac reports the erroneous annotation value itself
        }
        if (parsed.hasUnresolvedTypes()) {
            if (!lastRound) {
                deferred.add(type.getQualifiedName().toString());
                return;
            }
            for (ComponentModel c : parsed.model().components()) {
                if (parsed.unresolvedTypes().contains(c.name())) {
                    printer.print(parsed, Problem.onComponent(Message.UNRESOLVED_TYPE, c.name(), null, c.name(),
                            parsed.model().qualifiedName(), c.type().display()));
                }
            }
            return;
        }
        ValidationReport report = FrameValidator.validate(parsed.model());
        if (!report.isClean()) {
            report.problems().forEach(p -> printer.print(parsed, p));
            return;
        }
        GenerationContext ctx = GenerationContext.of(report.frame(), NAME, generatedAvailable);
        String current = "generated sources";
        try {
            for (JavaFile file : Generator.javaFiles(ctx, b -> b.addOriginatingElement(type))) {
                current = file.typeSpec().name();
                file.writeTo(processingEnv.getFiler());
            }
            current = SchemaDocs.markdownPath(ctx.frame());
            writeResource(current, SchemaDocs.markdown(ctx), type);
            current = SchemaDocs.jsonPath(ctx.frame());
            writeResource(current, SchemaDocs.json(ctx), type);
            current = CppHeader.path(ctx.frame());
            writeResource(current, CppHeader.source(ctx), type);
            current = PythonModule.path(ctx.frame());
            writeResource(current, PythonModule.source(ctx), type);
        } catch (IOException | RuntimeException e) {
            printer.printOnRecord(parsed, Message.GENERATION_FAILED, current, ctx.frame().qualifiedName(), e);
        }
    }

    private void writeResource(String path, String text, TypeElement origin) throws IOException {
        FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path, origin);
        try (Writer w = file.openWriter()) {
            w.write(text);
        }
    }
}
