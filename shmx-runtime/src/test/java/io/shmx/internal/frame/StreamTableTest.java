package io.shmx.internal.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shmx.DType;
import io.shmx.StreamSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The producer's stream lookup: ids in the direct table and ids past it (binary search) give the same answers. */
class StreamTableTest {
    @Test
    void directAndSearchedIdsFindTheirElementSizes() {
        StreamTable t = new StreamTable(List.of(
                StreamSpec.of(7, "a", DType.U8, 3),
                StreamSpec.of(StreamTable.DIRECT_IDS - 1, "b", DType.F64, 1),
                StreamSpec.of(StreamTable.DIRECT_IDS, "c", DType.I32, 2),
                StreamSpec.of(70_000, "d", DType.I16, 1),
                StreamSpec.of(-1, "e", DType.F32, 4))); // u32 0xFFFFFFFF
        assertEquals(3, t.bytesPerElemOf(7));
        assertEquals(8, t.bytesPerElemOf(StreamTable.DIRECT_IDS - 1));
        assertEquals(8, t.bytesPerElemOf(StreamTable.DIRECT_IDS));
        assertEquals(2, t.bytesPerElemOf(70_000));
        assertEquals(16, t.bytesPerElemOf(-1));
        for (int absent : new int[] {0, 6, 8, StreamTable.DIRECT_IDS - 2, StreamTable.DIRECT_IDS + 1, 69_999,
                Integer.MIN_VALUE, -2}) {
            assertEquals(-1, t.bytesPerElemOf(absent), "id " + Integer.toUnsignedString(absent));
        }
    }

    @Test
    void aTableOfLargeIdsOnlyHasNoDirectEntries() {
        StreamTable t = new StreamTable(List.of(StreamSpec.of(1 << 20, "big", DType.U64, 1)));
        assertEquals(8, t.bytesPerElemOf(1 << 20));
        assertEquals(-1, t.bytesPerElemOf(0));
        assertEquals(-1, t.bytesPerElemOf(1));
    }
}
