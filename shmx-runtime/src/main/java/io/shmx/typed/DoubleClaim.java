package io.shmx.typed;

import io.shmx.DType;

import java.lang.foreign.MemorySegment;
import java.util.Set;

/** An F64 stream claimed in the frame being written; see {@link StreamClaim}. */
public final class DoubleClaim extends StreamClaim {
    /**
     * For generated code: the claim of stream {@code stream} of {@code schema}.
     *
     * @param schema the record's schema
     * @param stream the stream's position in the record (0-based)
     */
    public DoubleClaim(FrameSchema schema, int stream) {
        super(schema, stream, Set.of(DType.F64), "double");
    }

    /**
     * Stores scalar {@code index} (flat: element * components + component).
     *
     * @param index the element index, from 0
     * @param value the value
     * @return stores scalar {@code index} (flat: element * components + component)
     */
    public DoubleClaim set(int index, double value) {
        segment.set(Le.DOUBLE, at(index), value);
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
    public DoubleClaim set(int index, int component, double value) {
        segment.set(Le.DOUBLE, at(index, component), value);
        return this;
    }

    /**
     * Stores all claimed scalars from {@code values} ({@code values.length} must be {@code count() * components()}).
     *
     * @param values the values to copy
     * @return this claim
     */
    public DoubleClaim copyFrom(double[] values) {
        checkLength(values.length);
        MemorySegment.copy(values, 0, segment, Le.DOUBLE, offset, values.length);
        return this;
    }
}
