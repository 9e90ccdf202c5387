package io.shmx.processor.generate;

import com.palantir.javapoet.ClassName;

/** The types generated code refers to, named once. */
final class RuntimeTypes {
    static final String RUNTIME_PACKAGE = "io.shmx";

    static final ClassName SHMX_SERVER = ClassName.get(RUNTIME_PACKAGE, "ShmxServer");
    static final ClassName SHMX_CLIENT = ClassName.get(RUNTIME_PACKAGE, "ShmxClient");
    static final ClassName FRAME_WRITER = ClassName.get(RUNTIME_PACKAGE, "FrameWriter");
    static final ClassName FRAME = ClassName.get(RUNTIME_PACKAGE, "Frame");
    static final ClassName CHANNEL_CONFIG = ClassName.get(RUNTIME_PACKAGE, "ChannelConfig");
    static final ClassName STREAM_SPEC = ClassName.get(RUNTIME_PACKAGE, "StreamSpec");
    static final ClassName DTYPE = ClassName.get(RUNTIME_PACKAGE, "DType");
    static final ClassName LAYOUT = ClassName.get(RUNTIME_PACKAGE, "Layout");
    static final ClassName SHMX_EXCEPTION = ClassName.get(RUNTIME_PACKAGE, "ShmxException");
    static final ClassName SCHEMA_MISMATCH = ClassName.get(RUNTIME_PACKAGE, "SchemaMismatchException");
    static final ClassName CHANNEL_NOT_FOUND = ClassName.get(RUNTIME_PACKAGE, "ChannelNotFoundException");
    static final ClassName FRAME_TOO_LARGE = ClassName.get(RUNTIME_PACKAGE, "FrameTooLargeException");

    static final ClassName MEMORY_SEGMENT = ClassName.get("java.lang.foreign", "MemorySegment");
    static final ClassName VALUE_LAYOUT = ClassName.get("java.lang.foreign", "ValueLayout");
    static final ClassName BYTE_ORDER = ClassName.get("java.nio", "ByteOrder");
    static final ClassName STANDARD_CHARSETS = ClassName.get("java.nio.charset", "StandardCharsets");
    static final ClassName HEX_FORMAT = ClassName.get("java.util", "HexFormat");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName DURATION = ClassName.get("java.time", "Duration");
    static final ClassName AUTO_CLOSEABLE = ClassName.get("java.lang", "AutoCloseable");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private RuntimeTypes() {}
}
