package io.shmx.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import io.shmx.processor.layout.Directory;
import io.shmx.processor.model.FrameDef;
import io.shmx.processor.model.StreamDef;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What every generator of one frame shares: the frame, its directory, the generated class names,
 * and whether {@code @Generated} can be used.
 *
 * @param frame             the validated frame
 * @param directory         its static directory
 * @param generatorName     the {@code @Generated} value
 * @param generatedAvailable whether {@code javax.annotation.processing.Generated} resolves
 */
public record GenerationContext(FrameDef frame, Directory directory, String generatorName,
                                boolean generatedAvailable) {

    public static GenerationContext of(FrameDef frame, String generatorName, boolean generatedAvailable) {
        return new GenerationContext(frame, Directory.of(frame.streams()), generatorName, generatedAvailable);
    }

    ClassName record() {
        String[] names = frame.recordName().split("\\.");
        return ClassName.get(frame.packageName(), names[0], java.util.Arrays.copyOfRange(names, 1, names.length));
    }

    ClassName schema() {
        return ClassName.get(frame.packageName(), frame.schemaType());
    }

    ClassName writer() {
        return ClassName.get(frame.packageName(), frame.writerType());
    }

    ClassName reader() {
        return ClassName.get(frame.packageName(), frame.readerType());
    }

    ClassName view() {
        return ClassName.get(frame.packageName(), frame.viewType());
    }

    List<StreamCodec> codecs() {
        List<StreamDef> streams = frame.streams();
        return java.util.stream.IntStream.range(0, streams.size()).mapToObj(k -> new StreamCodec(streams.get(k), k))
                .toList();
    }

    /** {@code FooSchema.FRAME}: the runtime description of the record's streams. */
    com.palantir.javapoet.CodeBlock frameSchema() {
        return com.palantir.javapoet.CodeBlock.of("$T.$L", schema(), SchemaGenerator.FRAME);
    }

    /** Starts a top-level generated class: final, public when the record is, {@code @Generated} when available. */
    TypeSpec.Builder topLevelClass(ClassName name) {
        TypeSpec.Builder b = TypeSpec.classBuilder(name).addModifiers(Modifier.FINAL);
        if (frame.isPublic()) {
            b.addModifiers(Modifier.PUBLIC);
        }
        if (generatedAvailable) {
            b.addAnnotation(AnnotationSpec.builder(RuntimeTypes.GENERATED)
                    .addMember("value", "$S", generatorName)
                    .addMember("comments", "$S", "from " + frame.qualifiedName())
                    .build());
        }
        return b;
    }

    /** {@code positions (id 1, F32 x 3)}, for docs. */
    static String describe(StreamDef s) {
        return "'" + s.name() + "' (id " + s.id() + ", " + s.dtype() + (s.components() > 1 ? " x " + s.components() : "")
                + ")";
    }
}
