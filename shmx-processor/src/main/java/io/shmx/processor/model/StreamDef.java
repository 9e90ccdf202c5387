package io.shmx.processor.model;

import io.shmx.DType;
import io.shmx.Layout;
import java.util.Objects;

/**
 * A validated stream of a frame: every default resolved, every rule checked.
 *
 * @param component  the record component it comes from
 * @param id         stream id
 * @param name       stream name in the channel directory
 * @param dtype      element type
 * @param components scalars per element (at least 1)
 * @param layout     wire layout
 * @param javaType   the component's Java type
 */
public record StreamDef(String component, int id, String name, DType dtype, int components, Layout layout,
                        JavaType javaType) {

    public StreamDef {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(javaType, "javaType");
        if (components < 1) {
            throw new IllegalArgumentException("components < 1: " + components);
        }
    }

    /** Bytes of one element: {@code dtype.size() * components}. */
    public int bytesPerElem() {
        return Math.multiplyExact(dtype.size(), components);
    }

    /** Whether the dtype is unsigned (U8, U16, U32, U64). */
    public boolean isUnsigned() {
        return dtype == DType.U8 || dtype == DType.U16 || dtype == DType.U32 || dtype == DType.U64;
    }

    /** Whether the dtype is a 16-bit float (F16, BF16), stored as raw {@code short} bits. */
    public boolean isHalfFloat() {
        return dtype == DType.F16 || dtype == DType.BF16;
    }

    /** Whether typed element accessors exist (primitive scalars and arrays). */
    public boolean hasElementAccess() {
        return javaType.kind().isPrimitive();
    }

    /** Member names generated for this stream. */
    public MemberNames members() {
        return MemberNames.of(this);
    }
}
