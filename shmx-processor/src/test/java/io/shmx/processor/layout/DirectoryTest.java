package io.shmx.processor.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shmx.DType;
import io.shmx.Layout;
import io.shmx.processor.model.JavaKind;
import io.shmx.processor.model.JavaType;
import io.shmx.processor.model.StreamDef;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The directory encoding against bytes written out by hand from the wire-format spec. */
class DirectoryTest {
    private static final StreamDef POS = new StreamDef("pos", 1, "pos", DType.F32, 3, Layout.AOS_VECTOR,
            JavaType.arrayOf(JavaKind.FLOAT));
    private static final StreamDef IDS = new StreamDef("ids", 2, "id", DType.U32, 1, Layout.SOA_SCALAR,
            JavaType.arrayOf(JavaKind.INT));

    @Test
    void twoEntriesAreEncodedFieldByFieldAndPaddedTo16() {
        String expected = ""
                // entry 1: TLV 0x1000, length 32 + 3 = 35, footprint align16(8 + 35) = 48
                + "00100000" + "23000000"
                + "01000000" // stream_id 1
                + "0c000000" // dtype F32 = 12
                + "03000000" // components 3
                + "01000000" // layout AoS vector = 1
                + "0c000000" // bytes per element 12
                + "00000000" // reserved
                + "03000000" // name_len 3
                + "00000000" // extra_len 0
                + "706f73" + "0000000000" // "pos" + 5 bytes of padding
                // entry 2: length 32 + 2 = 34, footprint align16(42) = 48
                + "00100000" + "22000000"
                + "02000000" + "07000000" + "01000000" + "00000000" + "04000000" + "00000000"
                + "02000000" + "00000000"
                // "id", then padding: the original encoder's scratch buffer still holds entry 1's
                // bytes there ('s' of "pos" at offset 42, zeros after)
                + "6964" + "730000000000";
        Directory d = Directory.of(List.of(POS, IDS));
        assertEquals(96, d.length());
        assertArrayEquals(HexFormat.of().parseHex(expected), d.bytes());
    }

    @Test
    void hashIsFnv1a64OfTheBytesFromTheFormatsBasis() {
        Directory d = Directory.of(List.of(POS, IDS));
        assertEquals(fnv1a64(d.bytes()), d.hash());
        assertEquals(fnv1a64(Directory.of(List.of(POS)).bytes()), Directory.of(List.of(POS)).hash());
        // order matters: the directory is in record component order
        org.junit.jupiter.api.Assertions.assertNotEquals(d.hash(), Directory.of(List.of(IDS, POS)).hash());
    }

    /** FNV-1a 64 from the original library's basis 1469598103934665603, written out independently of the runtime. */
    private static long fnv1a64(byte[] bytes) {
        long h = 1469598103934665603L;
        for (byte b : bytes) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /**
     * Directories of regions the original C++ library wrote (the runtime's fixtures fx_dtypes and
     * fx_basic): the same streams give the same bytes, so the same {@code static_hash} it stored.
     */
    @Test
    void hashEqualsStaticHashOfRegionsWrittenByTheOriginalLibrary() {
        List<StreamDef> dtypes = new java.util.ArrayList<>();
        for (DType d : DType.values()) {
            String name = d == DType.BOOL ? "b" : d.name().toLowerCase(java.util.Locale.ROOT);
            dtypes.add(new StreamDef(name, d.code(), name, d, 1, Layout.SOA_SCALAR, JavaType.memorySegment()));
        }
        Directory fxDtypes = Directory.of(dtypes);
        assertEquals(624, fxDtypes.length());
        assertEquals(0x92c0010f086d4ea0L, fxDtypes.hash());

        Directory fxBasic = Directory.of(List.of(
                new StreamDef("frameId", 1, "frame_id", DType.U64, 1, Layout.SOA_SCALAR, JavaType.scalar(JavaKind.LONG)),
                new StreamDef("timestamp", 2, "timestamp", DType.F64, 1, Layout.SOA_SCALAR, JavaType.scalar(JavaKind.DOUBLE)),
                new StreamDef("data", 3, "data", DType.F32, 1, Layout.SOA_SCALAR, JavaType.arrayOf(JavaKind.FLOAT))));
        assertEquals(160, fxBasic.length());
        assertEquals(0xcc55bcd659c0b47cL, fxBasic.hash());
    }

    @Test
    void utf8NamesCountBytesNotChars() {
        StreamDef s = new StreamDef("temp", 3, "température", DType.F64, 1, Layout.SOA_SCALAR,
                JavaType.scalar(JavaKind.DOUBLE));
        byte[] bytes = Directory.of(List.of(s)).bytes();
        int nameLen = "température".getBytes(StandardCharsets.UTF_8).length; // 12: é is two bytes
        assertEquals(12, nameLen);
        assertEquals(32 + nameLen, bytes[4]);
        assertEquals(nameLen, bytes[32]);
        assertEquals((8 + 32 + nameLen + 15) & -16, bytes.length);
    }

    @Test
    void frameStreamFootprintCountsHeadersAndPadding() {
        assertEquals(32, FrameLayout.streamBytes(IDS, 0)); // 8 + 16 -> 32
        assertEquals(32, FrameLayout.streamBytes(IDS, 2)); // 8 + 16 + 8 = 32 exactly
        assertEquals(48, FrameLayout.streamBytes(IDS, 3)); // 8 + 16 + 12 = 36 -> 48
        assertEquals(24 + 1200 + 8, FrameLayout.streamBytes(POS, 100)); // 100 xyz floats: 1224 -> 1232
        assertEquals(32 + 32, FrameLayout.minimumFrameBytes(List.of(POS, IDS)));
    }
}
