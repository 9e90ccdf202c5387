package io.shmx.examples.inspector;

import io.shmx.DType;
import io.shmx.StreamSpec;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Prints the first elements of a stream's little-endian bytes as values of its dtype. */
final class ValueFormat {
    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private ValueFormat() {}

    /** {@code [a, b, c, ... n more]}; elements of several components in parentheses; raw hex for an unknown dtype. */
    static String firstValues(StreamSpec spec, byte[] data, long elemCount, int limit) {
        DType dtype = spec.dtype();
        if (dtype == null || spec.bytesPerElem() != dtype.size() * spec.components()) {
            return "0x" + java.util.HexFormat.of().formatHex(data, 0, Math.min(data.length, 16))
                    + (data.length > 16 ? "..." : "");
        }
        MemorySegment bytes = MemorySegment.ofArray(data);
        long shown = Math.min(elemCount, limit);
        List<String> out = new ArrayList<>();
        for (long e = 0; e < shown; e++) {
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < spec.components(); c++) {
                long at = e * spec.bytesPerElem() + (long) c * dtype.size();
                parts.add(scalar(dtype, bytes, at));
            }
            out.add(parts.size() == 1 ? parts.getFirst() : "(" + String.join(", ", parts) + ")");
        }
        if (elemCount > shown) {
            out.add("... " + (elemCount - shown) + " more");
        }
        return "[" + String.join(", ", out) + "]";
    }

    private static String scalar(DType dtype, MemorySegment b, long at) {
        return switch (dtype) {
            case BOOL -> Boolean.toString(b.get(ValueLayout.JAVA_BYTE, at) != 0);
            case I8 -> Byte.toString(b.get(ValueLayout.JAVA_BYTE, at));
            case U8 -> Integer.toString(Byte.toUnsignedInt(b.get(ValueLayout.JAVA_BYTE, at)));
            case I16 -> Short.toString(b.get(SHORT, at));
            case U16 -> Integer.toString(Short.toUnsignedInt(b.get(SHORT, at)));
            case I32 -> Integer.toString(b.get(INT, at));
            case U32 -> Integer.toUnsignedString(b.get(INT, at));
            case I64 -> Long.toString(b.get(LONG, at));
            case U64 -> Long.toUnsignedString(b.get(LONG, at));
            case F16 -> Float.toString(Float.float16ToFloat(b.get(SHORT, at)));
            case BF16 -> Float.toString(Float.intBitsToFloat(Short.toUnsignedInt(b.get(SHORT, at)) << 16));
            case F32 -> Float.toString(b.get(FLOAT, at));
            case F64 -> Double.toString(b.get(DOUBLE, at));
        };
    }
}
