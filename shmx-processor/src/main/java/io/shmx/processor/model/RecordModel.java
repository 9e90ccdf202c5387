package io.shmx.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the processor needs to know about an {@code @ShmxFrame}-annotated type, as plain
 * data: the parser fills it from javac's elements, the validator checks it, and no later stage
 * touches {@code javax.lang.model}.
 *
 * @param packageName        the package ({@code ""} for the unnamed package)
 * @param simpleNames        simple names from the outermost enclosing type down to the annotated
 *                           type ({@code [Outer, Foo]} for {@code Outer.Foo})
 * @param kindName           what the annotated type is, with its article ({@code "a record"}, {@code "an enum"} ...)
 * @param typeParameters     the type's type parameters, as written
 * @param inaccessibleReason why generated code in the same package could not use the type, or
 *                           {@code null} when it can
 * @param isPublic           whether the type and all its enclosing types are public
 * @param schemaName         {@code @ShmxFrame.name()} as written ({@code ""} for the default)
 * @param version            {@code @ShmxFrame.version()}
 * @param components         the record components in declaration order
 * @param clashingTypes      simple names of the types the processor would generate that the user
 *                           already declares in the package
 */
public record RecordModel(
        String packageName,
        List<String> simpleNames,
        String kindName,
        List<String> typeParameters,
        String inaccessibleReason,
        boolean isPublic,
        String schemaName,
        int version,
        List<ComponentModel> components,
        Set<String> clashingTypes) {

    /** {@link #kindName()} of a record. */
    public static final String RECORD_KIND = "a record";

    public RecordModel {
        Objects.requireNonNull(packageName, "packageName");
        simpleNames = List.copyOf(simpleNames);
        Objects.requireNonNull(kindName, "kindName");
        typeParameters = List.copyOf(typeParameters);
        Objects.requireNonNull(schemaName, "schemaName");
        components = List.copyOf(components);
        clashingTypes = Set.copyOf(clashingTypes);
        if (simpleNames.isEmpty()) {
            throw new IllegalArgumentException("simpleNames is empty");
        }
    }

    public boolean isRecord() {
        return kindName.equals(RECORD_KIND);
    }

    /** The type's own simple name. */
    public String simpleName() {
        return simpleNames.getLast();
    }

    /** The name as written in source within the package: {@code Outer.Foo}. */
    public String nestedName() {
        return String.join(".", simpleNames);
    }

    /** The canonical name: {@code p.Outer.Foo}. */
    public String qualifiedName() {
        return packageName.isEmpty() ? nestedName() : packageName + "." + nestedName();
    }

    /** Prefix of the generated type names: {@code Foo}, or {@code Outer_Foo} for a nested record. */
    public String generatedPrefix() {
        return String.join("_", simpleNames);
    }
}
