package io.shmx.tool;

import io.shmx.DType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.StringJoiner;

/**
 * Renders the first elements of a stream's bytes by dtype, for the human report: integers
 * (unsigned ones unsigned), booleans, F16 and BF16 widened to float, F32, F64; elements of several
 * components in parentheses. Bytes that do not fill a whole scalar, and unknown dtypes, show as hex.
 */
final class ValueDecoder {
    private ValueDecoder() {}

    /**
     * @param dtypeCode   the stream's dtype wire code
     * @param components  scalars per element (values below 1 are taken as 1)
     * @param data        the stream's bytes, little-endian
     * @param maxElements how many elements to show before {@code ...}
     */
    static String firstValues(int dtypeCode, int components, byte[] data, int maxElements) {
        DType dtype = DType.fromCode(dtypeCode);
        if (dtype == null) {
            return hexPreview(data, 32);
        }
        int perElem = Math.max(1, components);
        int scalarCount = data.length / dtype.size();
        int elemCount = scalarCount / perElem;
        ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        StringJoiner out = new StringJoiner(", ", "[", "]");
        int shown = Math.min(elemCount, maxElements);
        for (int e = 0; e < shown; e++) {
            if (perElem == 1) {
                out.add(scalar(dtype, buf, e * dtype.size()));
            } else {
                StringJoiner elem = new StringJoiner(", ", "(", ")");
                for (int c = 0; c < perElem; c++) {
                    elem.add(scalar(dtype, buf, (e * perElem + c) * dtype.size()));
                }
                out.add(elem.toString());
            }
        }
        if (elemCount > shown) {
            out.add("... " + (elemCount - shown) + " more");
        }
        if (elemCount * perElem * dtype.size() != data.length) {
            out.add("+" + (data.length - elemCount * perElem * dtype.size()) + " trailing bytes");
        }
        return out.toString();
    }

    /** One scalar of {@code dtype} at byte {@code offset}. */
    static String scalar(DType dtype, ByteBuffer buf, int offset) {
        return switch (dtype) {
            case BOOL -> buf.get(offset) != 0 ? "true" : "false";
            case I8 -> Byte.toString(buf.get(offset));
            case U8 -> Integer.toString(Byte.toUnsignedInt(buf.get(offset)));
            case I16 -> Short.toString(buf.getShort(offset));
            case U16 -> Integer.toString(Short.toUnsignedInt(buf.getShort(offset)));
            case I32 -> Integer.toString(buf.getInt(offset));
            case U32 -> Integer.toUnsignedString(buf.getInt(offset));
            case I64 -> Long.toString(buf.getLong(offset));
            case U64 -> Long.toUnsignedString(buf.getLong(offset));
            case F16 -> Float.toString(Float.float16ToFloat(buf.getShort(offset)));
            case BF16 -> Float.toString(Float.intBitsToFloat(Short.toUnsignedInt(buf.getShort(offset)) << 16));
            case F32 -> Float.toString(buf.getFloat(offset));
            case F64 -> Double.toString(buf.getDouble(offset));
        };
    }

    /** The first {@code max} bytes in hex, with a count of the rest. */
    static String hexPreview(byte[] data, int max) {
        String hex = HexFormat.of().formatHex(data, 0, Math.min(data.length, max));
        return data.length > max ? hex + "... (" + data.length + " bytes)" : hex;
    }
}
