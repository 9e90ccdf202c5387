package io.shmx.typed;

import io.shmx.DType;

import java.lang.foreign.MemorySegment;
import java.util.Set;

/** An I16 or U16 stream, or an F16/BF16 stream as raw bits, claimed in the frame being written; see {@link StreamClaim}. */
public final class ShortClaim extends StreamClaim {
    /**
     * For generated code: the claim of stream {@code stream} of {@code schema}.
     *
     * @param schema the record's schema
     * @param stream the stream's position in the record (0-based)
     */
    public ShortClaim(FrameSchema schema, int stream) {
        super(schema, stream, Set.of(DType.I16, DType.U16, DType.F16, DType.BF16), "short");
    }

    /**
     * Stores scalar {@code index} (flat: element * components + component).
     *
     * @param index the element index, from 0
     * @param value the value
     * @return stores scalar {@code index} (flat: element * components + component)
     */
    public ShortClaim set(int index, short value) {
        segment.set(Le.SHORT, at(index), value);
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
    public ShortClaim set(int index, int component, short value) {
        segment.set(Le.SHORT, at(index, component), value);
        return this;
    }

    /**
     * Stores all claimed scalars from {@code values} ({@code values.length} must be {@code count() * components()}).
     *
     * @param values the values to copy
     * @return this claim
     */
    public ShortClaim copyFrom(short[] values) {
        checkLength(values.length);
        MemorySegment.copy(values, 0, segment, Le.SHORT, offset, values.length);
        return this;
    }

    /**
     * Stores an unsigned value (0 to 65535) at scalar {@code index} of a U16 stream.
     *
     * @param index the element index, from 0
     * @param value the value
     * @return stores an unsigned value (0 to 65535) at scalar {@code index} of a U16 stream
     */
    public ShortClaim setUnsigned(int index, int value) {
        checkUnsigned(value, 0xFFFF);
        segment.set(Le.SHORT, at(index), (short) value);
        return this;
    }

    /**
     * Stores an unsigned value (0 to 65535) at element {@code index}, component {@code component} of a U16 stream.
     *
     * @param index the element index, from 0
     * @param component the component within the element, from 0
     * @param value the value
     * @return stores an unsigned value (0 to 65535) at element {@code index}, component {@code component} of a U16 stream
     */
    public ShortClaim setUnsigned(int index, int component, int value) {
        checkUnsigned(value, 0xFFFF);
        segment.set(Le.SHORT, at(index, component), (short) value);
        return this;
    }

    /**
     * Stores a float converted to the stream's F16 or BF16 (round to nearest even) at scalar {@code index}.
     *
     * @param index the element index, from 0
     * @param value the value
     * @return stores a float converted to the stream's F16 or BF16 (round to nearest even) at scalar {@code index}
     */
    public ShortClaim setFloat(int index, float value) {
        segment.set(Le.SHORT, at(index), half(value));
        return this;
    }

    /**
     * Stores a float converted to the stream's F16 or BF16 at element {@code index}, component {@code component}.
     *
     * @param index the element index, from 0
     * @param component the component within the element, from 0
     * @param value the value
     * @return stores a float converted to the stream's F16 or BF16 at element {@code index}, component {@code component}
     */
    public ShortClaim setFloat(int index, int component, float value) {
        segment.set(Le.SHORT, at(index, component), half(value));
        return this;
    }

    private short half(float value) {
        if (!HalfFloats.isHalf(dtype)) {
            throw new IllegalStateException("stream '" + name + "' is " + dtype + ", not F16/BF16; use set(...)");
        }
        return HalfFloats.fromFloat(dtype, value);
    }
}
