package io.shmx.internal.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.DType;
import io.shmx.StreamSpec;
import io.shmx.internal.directory.DirectoryEntryCodec;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.region.RegionInitializer;
import io.shmx.internal.region.RegionLayout;
import io.shmx.internal.wire.Wire;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, counters across their wrap: the region's 32-bit {@code write_index} and
 * {@code reserve_index} start just below 2^32 (the writer continues the region's
 * {@code frame_seq}). Our readers, which use the 64-bit {@code frame_seq}, read every frame across
 * the wrap with no loss; a reader of the original library, which uses {@code write_index}, reads
 * every frame but the one whose index wraps to 0 (it takes 0 for "nothing published yet").
 */
class CounterWrapTest {
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "id", DType.U64, 1));

    @Test
    void framesCrossTheWrapOfThe32BitIndexes() {
        byte[] dir = DirectoryEntryCodec.encode(STREAMS);
        RegionLayout layout = RegionLayout.compute(3, 256, 2, 0, 0, dir.length);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment region = arena.allocate(layout.totalBytes(), 64);
            RegionInitializer.initialize(region, layout, dir, true, 0);
            long start = (1L << 32) - 3;
            region.set(Wire.U64, GlobalHeaderDescriptor.FRAME_SEQ_OFFSET, start);
            Wire.putU32(region, GlobalHeaderDescriptor.WRITE_INDEX_OFFSET, start);
            Wire.putU32(region, GlobalHeaderDescriptor.RESERVE_INDEX_OFFSET, start);
            long session = GlobalHeaderDescriptor.sessionId(region);
            FrameBuilder builder = new FrameBuilder(region, layout, session, true, STREAMS);
            FrameReader reader = new FrameReader(region, layout);
            reader.countFromNow();
            FrameView view = new FrameView();
            long[] id = new long[1];
            int originalMissed = 0;
            for (long want = start + 1; want <= start + 8; want++) {
                builder.begin();
                id[0] = want;
                long off = builder.reserve(1, 1, 8, 8, "long[]");
                builder.copy(off, id, 8);
                assertEquals(want, builder.publish(want));
                assertTrue(reader.next(view), "frame " + want);
                assertEquals(want, view.frameId());
                assertEquals(0, view.missed());
                assertEquals(want, view.slot().get(ValueLayout.JAVA_LONG_UNALIGNED, view.offsetAt(0)));
                long original = latestOriginalStyle(region, layout, session);
                if (original == 0) {
                    originalMissed++;
                    assertEquals(1L << 32, want, "only the frame whose write_index wraps to 0");
                } else {
                    assertEquals(want, original);
                }
            }
            assertEquals(1, originalMissed);
            assertEquals(start + 8, GlobalHeaderDescriptor.frameSeqAcquire(region));
            assertEquals((int) (start + 8), GlobalHeaderDescriptor.writeIndexAcquire(region));
        }
    }

    /** What the original library's latest() returns: the frame id of the slot of write_index, 0 for none. */
    static long latestOriginalStyle(MemorySegment region, RegionLayout l, long session) {
        long w = Integer.toUnsignedLong(GlobalHeaderDescriptor.writeIndexAcquire(region));
        if (w == 0) {
            return 0;
        }
        long slot = l.slotsOffset() + ((w - 1) % l.slots()) * l.slotStride();
        if (region.get(Wire.U64, slot + FrameHeaderDescriptor.SESSION_ID_COPY_OFFSET) != session) {
            return 0;
        }
        return region.get(Wire.U64, slot + FrameHeaderDescriptor.FRAME_ID_OFFSET);
    }
}
