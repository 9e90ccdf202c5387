package io.shmx.typed;

import io.shmx.DType;

import java.lang.foreign.MemorySegment;
import java.util.Set;

/** An I32 or U32 stream claimed in the frame being written; see {@link StreamClaim}. */
public final class IntClaim extends StreamClaim {
    /**
     * For generated code: the claim of stream {@code stream} of {@code schema}.
     *
     * @param schema the record's schema
     * @param stream the stream's position in the record (0-based)
     */
    public IntClaim(FrameSchema schema, int stream) {
        super(schema, stream, Set.of(DType.I32, DType.U32), "int");
    }

    /**
     * Stores scalar {@code index} (flat: element * components + component).
     *
     * @param index the element index, from 0
     * @param value the value
     * @return stores scalar {@code index} (flat: element * components + component)
     */
    public IntClaim set(int index, int value) {
        segment.set(Le.INT, at(index), value);
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
    public IntClaim set(int index, int component, int value) {
        segment.set(Le.INT, at(index, component), value);
        return this;
    }

    /**
     * Stores all claimed scalars from {@code values} ({@code values.length} must be {@code count() * components()}).
     *
     * @param values the values to copy
     * @return this claim
     */
    public IntClaim copyFrom(int[] values) {
        checkLength(values.length);
        MemorySegment.copy(values, 0, segment, Le.INT, offset, values.length);
        return this;
    }

    /**
     * Stores an unsigned value (0 to 4294967295) at scalar {@code index} of a U32 stream.
     *
     * @param index the element index, from 0
     * @param value the value
     * @return stores an unsigned value (0 to 4294967295) at scalar {@code index} of a U32 stream
     */
    public IntClaim setUnsigned(int index, long value) {
        checkUnsigned(value, 0xFFFF_FFFFL);
        segment.set(Le.INT, at(index), (int) value);
        return this;
    }

    /**
     * Stores an unsigned value (0 to 4294967295) at element {@code index}, component {@code component} of a U32 stream.
     *
     * @param index the element index, from 0
     * @param component the component within the element, from 0
     * @param value the value
     * @return stores an unsigned value (0 to 4294967295) at element {@code index}, component {@code component} of a U32 stream
     */
    public IntClaim setUnsigned(int index, int component, long value) {
        checkUnsigned(value, 0xFFFF_FFFFL);
        segment.set(Le.INT, at(index, component), (int) value);
        return this;
    }
}
