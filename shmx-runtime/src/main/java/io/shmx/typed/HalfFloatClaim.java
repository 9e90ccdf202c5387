package io.shmx.typed;

import io.shmx.DType;

import java.lang.foreign.MemorySegment;
import java.util.Set;

/** An F16 or BF16 stream written from floats (converted, round to nearest even) claimed in the frame being written; see {@link StreamClaim}. */
public final class HalfFloatClaim extends StreamClaim {
    /**
     * For generated code: the claim of stream {@code stream} of {@code schema}.
     *
     * @param schema the record's schema
     * @param stream the stream's position in the record (0-based)
     */
    public HalfFloatClaim(FrameSchema schema, int stream) {
        super(schema, stream, Set.of(DType.F16, DType.BF16), "float");
    }

    /**
     * Stores scalar {@code index} (flat: element * components + component).
     *
     * @param index the element index, from 0
     * @param value the value
     * @return stores scalar {@code index} (flat: element * components + component)
     */
    public HalfFloatClaim set(int index, float value) {
        segment.set(Le.SHORT, at(index), HalfFloats.fromFloat(dtype, value));
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
    public HalfFloatClaim set(int index, int component, float value) {
        segment.set(Le.SHORT, at(index, component), HalfFloats.fromFloat(dtype, value));
        return this;
    }

    /**
     * Stores all claimed scalars from {@code values} ({@code values.length} must be {@code count() * components()}).
     *
     * @param values the values to copy
     * @return this claim
     */
    public HalfFloatClaim copyFrom(float[] values) {
        checkLength(values.length);
        for (int i = 0; i < values.length; i++) {
            segment.set(Le.SHORT, offset + (long) i * 2, HalfFloats.fromFloat(dtype, values[i]));
        }
        return this;
    }

    /**
     * Stores raw 16-bit bits at scalar {@code index}.
     *
     * @param index the element index, from 0
     * @param bits the raw 16 bits (F16 or BF16)
     * @return stores raw 16-bit bits at scalar {@code index}
     */
    public HalfFloatClaim setBits(int index, short bits) {
        segment.set(Le.SHORT, at(index), bits);
        return this;
    }

    /**
     * Stores raw 16-bit bits at element {@code index}, component {@code component}.
     *
     * @param index the element index, from 0
     * @param component the component within the element, from 0
     * @param bits the raw 16 bits (F16 or BF16)
     * @return stores raw 16-bit bits at element {@code index}, component {@code component}
     */
    public HalfFloatClaim setBits(int index, int component, short bits) {
        segment.set(Le.SHORT, at(index, component), bits);
        return this;
    }
}
