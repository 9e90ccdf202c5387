package io.shmx.typed;

import io.shmx.DType;

import java.lang.foreign.MemorySegment;
import java.util.Set;

/** An I64 or U64 stream claimed in the frame being written (a U64 value is stored as its 64 bits: pass {@code Long.parseUnsignedLong(...)} for values above {@code Long.MAX_VALUE}); see {@link StreamClaim}. */
public final class LongClaim extends StreamClaim {
    /**
     * For generated code: the claim of stream {@code stream} of {@code schema}.
     *
     * @param schema the record's schema
     * @param stream the stream's position in the record (0-based)
     */
    public LongClaim(FrameSchema schema, int stream) {
        super(schema, stream, Set.of(DType.I64, DType.U64), "long");
    }

    /**
     * Stores scalar {@code index} (flat: element * components + component).
     *
     * @param index the element index, from 0
     * @param value the value
     * @return stores scalar {@code index} (flat: element * components + component)
     */
    public LongClaim set(int index, long value) {
        segment.set(Le.LONG, at(index), value);
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
    public LongClaim set(int index, int component, long value) {
        segment.set(Le.LONG, at(index, component), value);
        return this;
    }

    /**
     * Stores all claimed scalars from {@code values} ({@code values.length} must be {@code count() * components()}).
     *
     * @param values the values to copy
     * @return this claim
     */
    public LongClaim copyFrom(long[] values) {
        checkLength(values.length);
        MemorySegment.copy(values, 0, segment, Le.LONG, offset, values.length);
        return this;
    }
}
