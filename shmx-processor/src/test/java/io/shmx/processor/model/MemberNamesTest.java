package io.shmx.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.shmx.DType;
import io.shmx.Layout;
import org.junit.jupiter.api.Test;

class MemberNamesTest {
    @Test
    void constantPrefixesAreUpperSnakeCase() {
        assertEquals("POSITIONS", MemberNames.constantPrefix("positions"));
        assertEquals("POSITIONS_XY", MemberNames.constantPrefix("positionsXY"));
        assertEquals("HTTP_URL_COUNT", MemberNames.constantPrefix("httpURLCount"));
        assertEquals("STEP2_INDEX", MemberNames.constantPrefix("step2Index"));
        assertEquals("A_B", MemberNames.constantPrefix("a_b"));
    }

    @Test
    void accessorsDependOnDtypeAndJavaType() {
        MemberNames u32 = new StreamDef("ids", 1, "ids", DType.U32, 1, Layout.SOA_SCALAR,
                JavaType.arrayOf(JavaKind.INT)).members();
        assertEquals("idsUnsigned", u32.unsigned());
        assertEquals("copyIds", u32.copy());
        MemberNames u64 = new StreamDef("big", 1, "big", DType.U64, 1, Layout.SOA_SCALAR,
                JavaType.scalar(JavaKind.LONG)).members();
        assertEquals("bigUnsigned", u64.unsigned()); // a BigInteger: no wider primitive
        assertNull(u64.copy()); // scalars have no array to copy into
        MemberNames half = new StreamDef("t", 1, "t", DType.F16, 1, Layout.SOA_SCALAR,
                JavaType.arrayOf(JavaKind.FLOAT)).members();
        assertEquals("tBits", half.bits());
        assertNull(half.asFloat());
        MemberNames halfRaw = new StreamDef("t", 1, "t", DType.BF16, 1, Layout.SOA_SCALAR,
                JavaType.arrayOf(JavaKind.SHORT)).members();
        assertEquals("tFloat", halfRaw.asFloat());
    }
}
