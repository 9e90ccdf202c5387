package io.shmx.typed;

import io.shmx.DType;

import java.lang.foreign.MemorySegment;
import java.util.Set;

/** An I8 or U8 stream claimed in the frame being written; see {@link StreamClaim}. */
public final class ByteClaim extends StreamClaim {
    /**
     * For generated code: the claim of stream {@code stream} of {@code schema}.
     *
     * @param schema the record's schema
     * @param stream the stream's position in the record (0-based)
     */
    public ByteClaim(FrameSchema schema, int stream) {
        super(schema, stream, Set.of(DType.I8, DType.U8), "byte");
    }

    /**
     * Stores scalar {@code index} (flat: element * components + component).
     *
     * @param index the element index, from 0
     * @param value the value
     * @return stores scalar {@code index} (flat: element * components + component)
     */
    public ByteClaim set(int index, byte value) {
        segment.set(Le.BYTE, at(index), value);
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
    public ByteClaim set(int index, int component, byte value) {
        segment.set(Le.BYTE, at(index, component), value);
        return this;
    }

    /**
     * Stores all claimed scalars from {@code values} ({@code values.length} must be {@code count() * components()}).
     *
     * @param values the values to copy
     * @return this claim
     */
    public ByteClaim copyFrom(byte[] values) {
        checkLength(values.length);
        MemorySegment.copy(values, 0, segment, Le.BYTE, offset, values.length);
        return this;
    }

    /**
     * Stores an unsigned value (0 to 255) at scalar {@code index} of a U8 stream.
     *
     * @param index the element index, from 0
     * @param value the value
     * @return stores an unsigned value (0 to 255) at scalar {@code index} of a U8 stream
     */
    public ByteClaim setUnsigned(int index, int value) {
        checkUnsigned(value, 0xFF);
        segment.set(Le.BYTE, at(index), (byte) value);
        return this;
    }

    /**
     * Stores an unsigned value (0 to 255) at element {@code index}, component {@code component} of a U8 stream.
     *
     * @param index the element index, from 0
     * @param component the component within the element, from 0
     * @param value the value
     * @return stores an unsigned value (0 to 255) at element {@code index}, component {@code component} of a U8 stream
     */
    public ByteClaim setUnsigned(int index, int component, int value) {
        checkUnsigned(value, 0xFF);
        segment.set(Le.BYTE, at(index, component), (byte) value);
        return this;
    }
}
