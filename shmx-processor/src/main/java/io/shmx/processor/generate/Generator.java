package io.shmx.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.function.UnaryOperator;

/** Entry point of the generators: the four Java files and the two schema documents of a frame. */
public final class Generator {
    private Generator() {}

    /**
     * The schema, writer, reader and view of {@code ctx}'s frame.
     *
     * @param decorate applied to each type before it is filed, e.g. to add its originating element
     */
    public static List<JavaFile> javaFiles(GenerationContext ctx, UnaryOperator<TypeSpec.Builder> decorate) {
        return List.of(SchemaGenerator.generate(ctx), WriterGenerator.generate(ctx), ReaderGenerator.generate(ctx),
                        ViewGenerator.generate(ctx))
                .stream()
                .map(type -> JavaFile.builder(ctx.frame().packageName(), decorate.apply(type.toBuilder()).build())
                        .skipJavaLangImports(true)
                        .indent("    ")
                        .build())
                .toList();
    }
}
