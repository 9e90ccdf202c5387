package io.shmx.processor.generate;

import com.palantir.javapoet.ClassName;

/** The types generated code refers to, named once. */
final class RuntimeTypes {
    static final String RUNTIME_PACKAGE = "io.shmx";
    static final String TYPED_PACKAGE = "io.shmx.typed";

    static final ClassName SHMX_SERVER = ClassName.get(RUNTIME_PACKAGE, "ShmxServer");
    static final ClassName SHMX_CLIENT = ClassName.get(RUNTIME_PACKAGE, "ShmxClient");
    static final ClassName CHANNEL_CONFIG = ClassName.get(RUNTIME_PACKAGE, "ChannelConfig");
    static final ClassName STREAM_SPEC = ClassName.get(RUNTIME_PACKAGE, "StreamSpec");
    static final ClassName DTYPE = ClassName.get(RUNTIME_PACKAGE, "DType");
    static final ClassName LAYOUT = ClassName.get(RUNTIME_PACKAGE, "Layout");
    static final ClassName SHMX_EXCEPTION = ClassName.get(RUNTIME_PACKAGE, "ShmxException");
    static final ClassName SCHEMA_MISMATCH = ClassName.get(RUNTIME_PACKAGE, "SchemaMismatchException");
    static final ClassName CHANNEL_NOT_FOUND = ClassName.get(RUNTIME_PACKAGE, "ChannelNotFoundException");
    static final ClassName FRAME_TOO_LARGE = ClassName.get(RUNTIME_PACKAGE, "FrameTooLargeException");

    static final ClassName FRAME_SCHEMA = ClassName.get(TYPED_PACKAGE, "FrameSchema");
    static final ClassName FRAME_SCHEMA_STREAM = FRAME_SCHEMA.nestedClass("Stream");
    static final ClassName STREAM_SHAPE = ClassName.get(TYPED_PACKAGE, "StreamShape");
    static final ClassName SCHEMA_ENCODING = ClassName.get(TYPED_PACKAGE, "SchemaEncoding");
    static final ClassName TYPED_READER = ClassName.get(TYPED_PACKAGE, "TypedReader");
    static final ClassName TYPED_VIEW = ClassName.get(TYPED_PACKAGE, "TypedView");
    static final ClassName TYPED_WRITER = ClassName.get(TYPED_PACKAGE, "TypedWriter");
    static final ClassName TYPED_FRAME = ClassName.get(TYPED_PACKAGE, "TypedFrame");

    static final ClassName MEMORY_SEGMENT = ClassName.get("java.lang.foreign", "MemorySegment");
    static final ClassName BIG_INTEGER = ClassName.get("java.math", "BigInteger");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName DURATION = ClassName.get("java.time", "Duration");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private RuntimeTypes() {}

    /** A class of the runtime's typed package, e.g. a claim. */
    static ClassName typed(String simpleName) {
        return ClassName.get(TYPED_PACKAGE, simpleName);
    }
}
