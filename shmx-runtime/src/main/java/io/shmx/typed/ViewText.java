package io.shmx.typed;

import io.shmx.DType;

import java.lang.foreign.MemorySegment;

/**
 * {@link TypedView#toString()}: frame id, sim time, missed, then every stream: a scalar or text
 * stream as its value, an array stream as its dtype, element count and first elements
 * ({@code positions=F32x3[1000 elems: (0.0, 1.0, 2.0), ...]}), so that a count never reads as a
 * value. Unsigned dtypes print unsigned, F16/BF16 as floats. Reads shared memory, so it says when
 * the producer overwrote the frame meanwhile.
 */
final class ViewText {
    private static final int PREVIEW_ELEMENTS = 4;

    private ViewText() {}

    static String format(TypedView v, String type) {
        if (v.frame == null) {
            return type + "[no frame]";
        }
        StringBuilder out = new StringBuilder(type).append("[frameId=").append(v.frame.frameId())
                .append(", simTime=").append(v.frame.simTime()).append(", missed=").append(v.frame.missedBefore());
        for (int k = 0; k < v.indices.length; k++) {
            out.append(", ").append(v.schema.names[k]).append('=');
            appendStream(v, out, k);
        }
        out.append(']');
        if (!v.isValid()) {
            out.append(" (overwritten by the producer while printed: values may be torn)");
        }
        return out.toString();
    }

    static void appendStream(TypedView v, StringBuilder out, int k) {
        FrameSchema schema = v.schema;
        int[] indices = v.indices;
        int[] counts = v.counts;
        long[] offsets = v.offsets;
        if (indices[k] < 0) {
            out.append("absent");
            return;
        }
        DType dtype = schema.dtypes[k];
        int components = schema.components[k];
        StreamShape shape = schema.shapes[k];
        if (shape == StreamShape.TEXT) {
            out.append('"').append(v.textOf(k)).append('"');
            return;
        }
        if (shape == StreamShape.SCALAR && counts[k] == 1 && components == 1) {
            appendScalar(v.segment, out, dtype, offsets[k]);
            return;
        }
        out.append(dtype).append(components > 1 ? "x" + components : "").append('[').append(counts[k]).append(" elems");
        int shown = Math.min(counts[k], PREVIEW_ELEMENTS);
        for (int e = 0; e < shown; e++) {
            out.append(e == 0 ? ": " : ", ").append(components > 1 ? "(" : "");
            for (int c = 0; c < components; c++) {
                out.append(c == 0 ? "" : ", ");
                appendScalar(v.segment, out, dtype, offsets[k] + (long) e * schema.bytesPerElem[k] + (long) c * dtype.size());
            }
            out.append(components > 1 ? ")" : "");
        }
        out.append(counts[k] > shown ? ", ...]" : "]");
    }

    static void appendScalar(MemorySegment segment, StringBuilder out, DType dtype, long at) {
        switch (dtype) {
            case BOOL -> out.append(segment.get(Le.BYTE, at) != 0);
            case I8 -> out.append(segment.get(Le.BYTE, at));
            case U8 -> out.append(Byte.toUnsignedInt(segment.get(Le.BYTE, at)));
            case I16 -> out.append(segment.get(Le.SHORT, at));
            case U16 -> out.append(Short.toUnsignedInt(segment.get(Le.SHORT, at)));
            case I32 -> out.append(segment.get(Le.INT, at));
            case U32 -> out.append(Integer.toUnsignedLong(segment.get(Le.INT, at)));
            case I64 -> out.append(segment.get(Le.LONG, at));
            case U64 -> out.append(Long.toUnsignedString(segment.get(Le.LONG, at)));
            case F16, BF16 -> out.append(HalfFloats.toFloat(dtype, segment.get(Le.SHORT, at)));
            case F32 -> out.append(segment.get(Le.FLOAT, at));
            case F64 -> out.append(segment.get(Le.DOUBLE, at));
        }
    }

}
