package io.shmx.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names of everything generated for one stream, in one place: the generators use them, and
 * the validator checks that they collide neither with each other nor with the fixed members.
 *
 * @param accessor       view element accessor and writer-frame setter/claimer: {@code positions}
 * @param count          view element count: {@code positionsCount}
 * @param offset         view byte offset: {@code positionsOffset}
 * @param segment        view zero-copy slice: {@code positionsSegment}
 * @param present        view presence test: {@code hasPositions}
 * @param unsigned       view unsigned accessor ({@code idsUnsigned}; a {@code BigInteger} for U64), or {@code null}
 * @param bits           view raw-bits accessor of a float half-float stream, or {@code null}
 * @param asFloat        view float accessor of a short half-float stream, or {@code null}
 * @param copy           view copy into a user's array ({@code copyPositions}), or {@code null}
 *                       when the stream is not a primitive array
 * @param constantPrefix prefix of the schema constants: {@code POSITIONS}
 */
public record MemberNames(String accessor, String count, String offset, String segment, String present,
                          String unsigned, String bits, String asFloat, String copy, String constantPrefix) {

    /** Members of the generated view that are not per stream. */
    public static final Set<String> VIEW_FIXED = Set.of("frameId", "simTime", "missedBefore", "missed", "isValid", "toRecord",
            "frame", "segment", "toString",
            // helpers of the runtime base io.shmx.typed.TypedView
            "hasStream", "countOf", "offsetOf", "sliceOf", "elementAt", "scalarAt", "getByte", "getBoolean",
            "getShort", "getInt", "getLong", "getFloat", "getDouble", "getHalf", "unsignedValue", "textOf", "copyOut",
            "floatArray", "doubleArray", "longArray", "intArray", "shortArray", "byteArray", "booleanArray",
            "rawCopy", "requireAllStreams", "requireValidCopy");
    /** Members of the generated writer frame that are not per stream. */
    public static final Set<String> WRITER_FRAME_FIXED = Set.of("publish", "abort", "payloadBytes", "isOpen",
            // helpers of the runtime base io.shmx.typed.TypedFrame
            "registerClaim", "claimArray", "elementsOf", "putByte", "putBoolean", "putShort", "putInt", "putLong",
            "putFloat", "putDouble", "putHalf", "putText", "claimBytes", "putBytes", "reserve");
    /** Constants of the generated schema that are not per stream. */
    public static final Set<String> SCHEMA_FIXED = Set.of("SCHEMA_NAME", "SCHEMA_VERSION", "SCHEMA_HASH",
            "DIRECTORY_LENGTH", "STREAM_COUNT", "STREAMS", "RECORD", "FRAME");
    /** Suffixes of the per-stream schema constants. */
    public static final List<String> CONSTANT_SUFFIXES = List.of("_ID", "_NAME", "_DTYPE", "_COMPONENTS",
            "_BYTES_PER_ELEM", "_LAYOUT", "_SPEC");

    static MemberNames of(StreamDef s) {
        String c = s.component();
        String cap = capitalize(c);
        boolean primitive = s.javaType().kind().isPrimitive();
        boolean unsigned = primitive && s.isUnsigned();
        boolean half = primitive && s.isHalfFloat();
        boolean halfAsFloat = half && s.javaType().kind() == JavaKind.FLOAT;
        return new MemberNames(c, c + "Count", c + "Offset", c + "Segment", "has" + cap,
                unsigned ? c + "Unsigned" : null,
                halfAsFloat ? c + "Bits" : null,
                half && !halfAsFloat ? c + "Float" : null,
                s.javaType().isPrimitiveArray() ? "copy" + cap : null,
                constantPrefix(c));
    }

    /** The view member names of this stream (nulls left out). */
    public List<String> viewMembers() {
        List<String> out = new ArrayList<>(List.of(accessor, count, offset, segment, present));
        if (unsigned != null) {
            out.add(unsigned);
        }
        if (bits != null) {
            out.add(bits);
        }
        if (asFloat != null) {
            out.add(asFloat);
        }
        if (copy != null) {
            out.add(copy);
        }
        return out;
    }

    /** The schema constant names of this stream. */
    public List<String> constants() {
        return CONSTANT_SUFFIXES.stream().map(suffix -> constantPrefix + suffix).toList();
    }

    /** {@code positions} -> {@code Positions}. */
    public static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code positionsXY} -> {@code POSITIONS_XY}; {@code httpURLCount} -> {@code HTTP_URL_COUNT}. */
    public static String constantPrefix(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (i > 0 && Character.isUpperCase(ch)) {
                char prev = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(prev) || Character.isDigit(prev)
                        || (Character.isUpperCase(prev) && nextLower)) {
                    out.append('_');
                }
            }
            out.append(ch);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
