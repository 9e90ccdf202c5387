package io.shmx.typed;

import io.shmx.DType;

import java.lang.foreign.MemorySegment;
import java.util.Set;

/** An F32 stream claimed in the frame being written; see {@link StreamClaim}. */
public final class FloatClaim extends StreamClaim {
    /**
     * For generated code: the claim of stream {@code stream} of {@code schema}.
     *
     * @param schema the record's schema
     * @param stream the stream's position in the record (0-based)
     */
    public FloatClaim(FrameSchema schema, int stream) {
        super(schema, stream, Set.of(DType.F32), "float");
    }

    /**
     * Stores scalar {@code index} (flat: element * components + component).
     *
     * @param index the element index, from 0
     * @param value the value
     * @return stores scalar {@code index} (flat: element * components + component)
     */
    public FloatClaim set(int index, float value) {
        segment.set(Le.FLOAT, at(index), value);
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
    public FloatClaim set(int index, int component, float value) {
        segment.set(Le.FLOAT, at(index, component), value);
        return this;
    }

    /**
     * Stores all claimed scalars from {@code values} ({@code values.length} must be {@code count() * components()}).
     *
     * @param values the values to copy
     * @return this claim
     */
    public FloatClaim copyFrom(float[] values) {
        checkLength(values.length);
        MemorySegment.copy(values, 0, segment, Le.FLOAT, offset, values.length);
        return this;
    }
}
