package io.shmx.processor.validate;

import io.shmx.annotations.ShmxVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * The version of the shmx annotations the code being compiled uses, read from the compiler's class
 * path (not from this processor's own class path), and whether this processor understands it.
 *
 * <p>{@link ShmxVersion#API_LEVEL} and {@link ShmxVersion#VERSION} as compiled into this processor
 * are its own level and version (javac inlines the constants); the same fields read through
 * {@link Elements} are the user's annotations'. Annotations older than {@code ShmxVersion} itself
 * have no such class and are level 1.
 *
 * @param version  the annotations' version ({@code "unknown"} when they predate {@code ShmxVersion})
 * @param apiLevel the annotations' API level
 */
public record AnnotationsVersion(String version, int apiLevel) {
    public static final String CLASS_NAME = "io.shmx.annotations.ShmxVersion";

    /** This processor's version. */
    public static final String PROCESSOR_VERSION = ShmxVersion.VERSION;
    /** The highest annotation API level this processor understands. */
    public static final int PROCESSOR_API_LEVEL = ShmxVersion.API_LEVEL;

    /** Reads the constants of {@code io.shmx.annotations.ShmxVersion} as the compilation sees them. */
    public static AnnotationsVersion of(Elements elements) {
        TypeElement type = elements.getTypeElement(CLASS_NAME);
        if (type == null) {
            return new AnnotationsVersion("unknown", 1);
        }
        String version = "unknown";
        int level = 1;
        for (Element e : type.getEnclosedElements()) {
            if (e.getKind() != ElementKind.FIELD) {
                continue;
            }
            Object value = ((VariableElement) e).getConstantValue();
            if (e.getSimpleName().contentEquals("VERSION") && value instanceof String s) {
                version = s;
            } else if (e.getSimpleName().contentEquals("API_LEVEL") && value instanceof Integer i) {
                level = i;
            }
        }
        return new AnnotationsVersion(version, level);
    }

    /** Whether this processor understands annotations of this level. */
    public boolean understood() {
        return apiLevel <= PROCESSOR_API_LEVEL;
    }
}
