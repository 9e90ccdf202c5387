package io.shmx.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A validated frame: what the generators and the layout work from.
 *
 * @param packageName   package of the record and of the generated types
 * @param recordName    the record's name within its package ({@code Outer.Foo} when nested)
 * @param prefix        prefix of the generated type names ({@code Foo}, {@code Outer_Foo})
 * @param isPublic      whether the generated types are public (the record is reachable from
 *                      outside its package)
 * @param schemaName    schema name (the record's simple name unless {@code @ShmxFrame(name)} says otherwise)
 * @param version       schema version
 * @param streams       the streams in record component order (also the directory order)
 */
public record FrameDef(String packageName, String recordName, String prefix, boolean isPublic, String schemaName,
                       int version, List<StreamDef> streams) {

    public FrameDef {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(recordName, "recordName");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(schemaName, "schemaName");
        streams = List.copyOf(streams);
    }

    /** {@code p.Outer.Foo}. */
    public String qualifiedName() {
        return packageName.isEmpty() ? recordName : packageName + "." + recordName;
    }

    /** The record's own simple name. */
    public String recordSimpleName() {
        return recordName.substring(recordName.lastIndexOf('.') + 1);
    }

    public String schemaType() {
        return GeneratedTypes.SCHEMA.nameFor(prefix);
    }

    public String writerType() {
        return GeneratedTypes.WRITER.nameFor(prefix);
    }

    public String readerType() {
        return GeneratedTypes.READER.nameFor(prefix);
    }

    public String viewType() {
        return GeneratedTypes.VIEW.nameFor(prefix);
    }
}
