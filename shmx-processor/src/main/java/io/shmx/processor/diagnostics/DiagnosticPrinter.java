package io.shmx.processor.diagnostics;

import io.shmx.processor.parse.ParsedRecord;
import io.shmx.processor.validate.Problem;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Prints problems where they belong: on the offending record component and its {@code @Stream}
 * (down to the annotation value at fault when the user wrote it), or on the record and its
 * {@code @ShmxFrame}.
 */
public final class DiagnosticPrinter {
    private final Messager messager;

    public DiagnosticPrinter(Messager messager) {
        this.messager = messager;
    }

    public void print(ParsedRecord record, Problem problem) {
        Element element = record.element();
        AnnotationMirror mirror = record.frameMirror();
        if (problem.component() != null && record.components().containsKey(problem.component())) {
            element = record.components().get(problem.component());
            mirror = record.streamMirrors().get(problem.component());
        }
        AnnotationValue value = mirror == null || problem.member() == null ? null : explicitValue(mirror, problem.member());
        String text = problem.text();
        if (mirror == null) {
            messager.printMessage(problem.message().kind(), text, element);
        } else if (value == null) {
            messager.printMessage(problem.message().kind(), text, element, mirror);
        } else {
            messager.printMessage(problem.message().kind(), text, element, mirror, value);
        }
    }

    /** A message about the record as a whole (unresolved types, failed writes). */
    public void printOnRecord(ParsedRecord record, Message message, Object... args) {
        print(record, Problem.onRecord(message, args));
    }

    /** A message about a type before it was parsed (the annotations' version). */
    public void printOnElement(Element element, Message message, Object... args) {
        messager.printMessage(message.kind(), Problem.onRecord(message, args).text(), element);
    }

    private static AnnotationValue explicitValue(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(member)) {
                return e.getValue();
            }
        }
        return null;
    }
}
