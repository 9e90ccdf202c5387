package io.shmx.typed;

import io.shmx.DType;

import java.lang.foreign.MemorySegment;
import java.util.Set;

/** An F64 stream claimed in the frame being written; see {@link StreamClaim}. */
public final class DoubleClaim extends StreamClaim {
    /** For generated code: the claim of stream {@code stream} of {@code schema}. */
    public DoubleClaim(FrameSchema schema, int stream) {
        super(schema, stream, Set.of(DType.F64), "double");
    }

    /** Stores scalar {@code index} (flat: element * components + component). */
    public DoubleClaim set(int index, double value) {
        segment.set(Le.DOUBLE, at(index), value);
        return this;
    }

    /** Stores element {@code index}, component {@code component}. */
    public DoubleClaim set(int index, int component, double value) {
        segment.set(Le.DOUBLE, at(index, component), value);
        return this;
    }

    /** Stores all claimed scalars from {@code values} ({@code values.length} must be {@code count() * components()}). */
    public DoubleClaim copyFrom(double[] values) {
        checkLength(values.length);
        MemorySegment.copy(values, 0, segment, Le.DOUBLE, offset, values.length);
        return this;
    }
}
