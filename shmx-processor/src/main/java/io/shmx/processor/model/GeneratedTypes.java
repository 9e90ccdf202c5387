package io.shmx.processor.model;

/** The top-level types generated for each frame record, by suffix of the record's prefix. */
public enum GeneratedTypes {
    SCHEMA("Schema"),
    WRITER("Writer"),
    READER("Reader"),
    VIEW("View");

    private final String suffix;

    GeneratedTypes(String suffix) {
        this.suffix = suffix;
    }

    /** {@code FooWriter} for prefix {@code Foo}. */
    public String nameFor(String prefix) {
        return prefix + suffix;
    }
}
