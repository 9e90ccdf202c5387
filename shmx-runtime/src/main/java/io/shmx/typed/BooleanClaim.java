package io.shmx.typed;

import io.shmx.DType;

import java.lang.foreign.MemorySegment;
import java.util.Set;

/** A BOOL stream (one byte, 0 or 1, per scalar) claimed in the frame being written; see {@link StreamClaim}. */
public final class BooleanClaim extends StreamClaim {
    /**
     * For generated code: the claim of stream {@code stream} of {@code schema}.
     *
     * @param schema the record's schema
     * @param stream the stream's position in the record (0-based)
     */
    public BooleanClaim(FrameSchema schema, int stream) {
        super(schema, stream, Set.of(DType.BOOL), "boolean");
    }

    /**
     * Stores scalar {@code index} (flat: element * components + component).
     *
     * @param index the element index, from 0
     * @param value the value
     * @return stores scalar {@code index} (flat: element * components + component)
     */
    public BooleanClaim set(int index, boolean value) {
        segment.set(Le.BYTE, at(index), (byte) (value ? 1 : 0));
        return this;
    }

    /**
     * Stores element {@code index}, component {@code component}.
     *
     * @param index the element index, from 0
     * @param component the component within the element, from 0
     * @param value the value
     * @return stores element {@code index}, component {@code component}
     */
    public BooleanClaim set(int index, int component, boolean value) {
        segment.set(Le.BYTE, at(index, component), (byte) (value ? 1 : 0));
        return this;
    }

    /**
     * Stores all claimed scalars from {@code values} ({@code values.length} must be {@code count() * components()}).
     *
     * @param values the values to copy
     * @return this claim
     */
    public BooleanClaim copyFrom(boolean[] values) {
        checkLength(values.length);
        for (int i = 0; i < values.length; i++) {
            segment.set(Le.BYTE, offset + i, (byte) (values[i] ? 1 : 0));
        }
        return this;
    }
}
