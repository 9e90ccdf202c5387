package io.shmx.processor.parse;

import io.shmx.DType;
import io.shmx.annotations.StreamLayout;
import io.shmx.processor.model.ComponentModel;
import io.shmx.processor.model.GeneratedTypes;
import io.shmx.processor.model.JavaKind;
import io.shmx.processor.model.JavaType;
import io.shmx.processor.model.RecordModel;
import io.shmx.processor.model.StreamAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * The only place that reads javac's model: turns an {@code @ShmxFrame}-annotated type into a
 * {@link RecordModel} (plain data) plus the elements diagnostics point at. It judges nothing;
 * {@link io.shmx.processor.validate.FrameValidator} does.
 */
public final class RecordParser {
    private final Elements elements;
    private final String generatorName;

    /**
     * @param elements      javac's element utilities
     * @param generatorName the {@code @Generated} value this processor writes, to tell its own
     *                      earlier output from a user's type of the same name
     */
    public RecordParser(Elements elements, String generatorName) {
        this.elements = elements;
        this.generatorName = generatorName;
    }

    public ParsedRecord parse(TypeElement type) {
        AnnotationMirror frameMirror = mirror(type, Names.SHMX_FRAME);
        Map<String, Object> frameValues = values(frameMirror);
        boolean malformed = !(frameValues.get("name") instanceof String) || !(frameValues.get("version") instanceof Integer);

        Map<String, Element> componentElements = new HashMap<>();
        Map<String, AnnotationMirror> streamMirrors = new HashMap<>();
        List<String> unresolved = new ArrayList<>();
        List<ComponentModel> components = new ArrayList<>();
        if (type.getKind() == ElementKind.RECORD) {
            for (RecordComponentElement rc : type.getRecordComponents()) {
                String name = rc.getSimpleName().toString();
                componentElements.put(name, rc);
                TypeMirror t = rc.asType();
                if (t.getKind() == TypeKind.ERROR) {
                    unresolved.add(name);
                }
                AnnotationMirror streamMirror = mirror(rc, Names.STREAM);
                StreamAttributes attributes = null;
                if (streamMirror != null) {
                    streamMirrors.put(name, streamMirror);
                    attributes = streamAttributes(streamMirror);
                    malformed |= attributes == null;
                }
                components.add(new ComponentModel(name, javaType(t), attributes));
            }
        }
        if (malformed) {
            return new ParsedRecord(null, type, frameMirror, componentElements, streamMirrors, unresolved, true);
        }
        String packageName = elements.getPackageOf(type).getQualifiedName().toString();
        List<String> simpleNames = simpleNames(type);
        String prefix = String.join("_", simpleNames);
        RecordModel model = new RecordModel(
                packageName,
                simpleNames,
                kindName(type.getKind()),
                type.getTypeParameters().stream().map(p -> p.getSimpleName().toString()).toList(),
                inaccessibleReason(type),
                isPublic(type),
                (String) frameValues.get("name"),
                (Integer) frameValues.get("version"),
                components,
                clashingTypes(packageName, prefix));
        return new ParsedRecord(model, type, frameMirror, componentElements, streamMirrors, unresolved, false);
    }

    private StreamAttributes streamAttributes(AnnotationMirror mirror) {
        Map<String, Object> v = values(mirror);
        if (!(v.get("id") instanceof Integer id) || !(v.get("components") instanceof Integer components)
                || !(v.get("name") instanceof String name)
                || !(v.get("dtype") instanceof VariableElement dtype)
                || !(v.get("layout") instanceof VariableElement layout)) {
            return null;
        }
        try {
            return new StreamAttributes(id, DType.valueOf(dtype.getSimpleName().toString()), components,
                    StreamLayout.valueOf(layout.getSimpleName().toString()), name);
        } catch (IllegalArgumentException unknownConstant) {
            return null; // an annotations jar newer than this processor; javac compiled it, we cannot judge it
        }
    }

    private Map<String, Object> values(AnnotationMirror mirror) {
        return mirror == null ? Map.of() : valuesOf(mirror, elements);
    }

    private static Map<String, Object> valuesOf(AnnotationMirror mirror, Elements elements) {
        Map<String, Object> out = new HashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            out.put(e.getKey().getSimpleName().toString(), e.getValue().getValue());
        }
        return out;
    }

    /** The annotation of type {@code qualifiedName} on {@code element}, or {@code null}. */
    public static AnnotationMirror mirror(Element element, String qualifiedName) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            Element annotationType = m.getAnnotationType().asElement();
            if (annotationType instanceof TypeElement te && te.getQualifiedName().contentEquals(qualifiedName)) {
                return m;
            }
        }
        return null;
    }

    static JavaType javaType(TypeMirror t) {
        return switch (t.getKind()) {
            case BOOLEAN -> JavaType.scalar(JavaKind.BOOLEAN);
            case BYTE -> JavaType.scalar(JavaKind.BYTE);
            case SHORT -> JavaType.scalar(JavaKind.SHORT);
            case INT -> JavaType.scalar(JavaKind.INT);
            case LONG -> JavaType.scalar(JavaKind.LONG);
            case FLOAT -> JavaType.scalar(JavaKind.FLOAT);
            case DOUBLE -> JavaType.scalar(JavaKind.DOUBLE);
            case ARRAY -> {
                JavaType element = javaType(((ArrayType) t).getComponentType());
                yield element.isPrimitiveScalar() ? JavaType.arrayOf(element.kind()) : JavaType.unsupported(t.toString());
            }
            case DECLARED -> {
                Element e = ((DeclaredType) t).asElement();
                String name = e instanceof TypeElement te ? te.getQualifiedName().toString() : "";
                yield switch (name) {
                    case Names.STRING -> JavaType.string();
                    case Names.MEMORY_SEGMENT -> JavaType.memorySegment();
                    default -> JavaType.unsupported(t.toString());
                };
            }
            default -> JavaType.unsupported(t.toString());
        };
    }

    private static String kindName(ElementKind kind) {
        return switch (kind) {
            case RECORD -> RecordModel.RECORD_KIND;
            case CLASS -> "a class";
            case INTERFACE -> "an interface";
            case ENUM -> "an enum";
            case ANNOTATION_TYPE -> "an annotation interface";
            default -> "a " + kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static List<String> simpleNames(TypeElement type) {
        Deque<String> names = new ArrayDeque<>();
        Element e = type;
        while (e instanceof TypeElement te) {
            names.addFirst(te.getSimpleName().toString());
            e = te.getEnclosingElement();
        }
        return List.copyOf(names);
    }

    /** Why code in the type's package cannot name it, or {@code null}. */
    private static String inaccessibleReason(TypeElement type) {
        Element e = type;
        while (e instanceof TypeElement te) {
            String which = te == type ? "it" : "its enclosing type " + te.getSimpleName();
            if (te.getNestingKind() == NestingKind.LOCAL || te.getNestingKind() == NestingKind.ANONYMOUS) {
                return which + " is declared inside a method";
            }
            if (te.getModifiers().contains(Modifier.PRIVATE)) {
                return which + " is private";
            }
            e = te.getEnclosingElement();
        }
        return null;
    }

    private static boolean isPublic(TypeElement type) {
        Element e = type;
        while (e instanceof TypeElement te) {
            if (!te.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
            e = te.getEnclosingElement();
        }
        return true;
    }

    /**
     * Generated names a user type already takes. A type counts when it comes from source and is
     * not this processor's own output; class files are skipped, since in an incremental build the
     * output directory holds the classes generated last time.
     */
    private Set<String> clashingTypes(String packageName, String prefix) {
        Set<String> out = new LinkedHashSet<>();
        for (GeneratedTypes g : GeneratedTypes.values()) {
            String simple = g.nameFor(prefix);
            TypeElement existing = elements.getTypeElement(packageName.isEmpty() ? simple : packageName + "." + simple);
            if (existing != null && isFromSource(existing) && !isOwnOutput(existing)) {
                out.add(simple);
            }
        }
        return out;
    }

    private boolean isFromSource(TypeElement type) {
        try {
            JavaFileObject file = elements.getFileObjectOf(type);
            return file == null || file.getKind() == JavaFileObject.Kind.SOURCE;
        } catch (UnsupportedOperationException notImplemented) {
            return true;
        }
    }

    private boolean isOwnOutput(TypeElement type) {
        AnnotationMirror generated = mirror(type, Names.GENERATED);
        if (generated == null) {
            return false;
        }
        Object value = valuesOf(generated, elements).get("value");
        return value instanceof List<?> list && list.stream()
                .anyMatch(v -> v instanceof AnnotationValue av && generatorName.equals(av.getValue()));
    }
}
