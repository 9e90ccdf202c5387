package io.shmx.internal.frame;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.internal.region.MappedRegion;
import io.shmx.internal.region.Platform;
import io.shmx.internal.region.RegionLayout;
import io.shmx.internal.wire.Wire;
import io.shmx.testing.ShmNames;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@link FrameReader#latest}'s common case (the held frame again, or the next frames of the same
 * layout) and each way out of it to the general path: a layout change, a lap of more than a ring,
 * a newest slot being written, a slot of another session. The view must come out of each as a full
 * read would leave it.
 */
class LatestFastPathTest {
    static final ShmNames NAMES = new ShmNames("latestfast");
    static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final int SLOTS = 4;
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "a", DType.I64, 1), StreamSpec.of(2, "b", DType.I64, 1));

    @AfterAll
    static void cleanup() {
        NAMES.close();
    }

    static void publish(ShmxServer s, long value, boolean both) {
        var b = s.beginFrame().append(1, new long[]{value}, 1);
        if (both) {
            b.append(2, new long[]{-value}, 1);
        }
        b.publish(value);
    }

    static long first(FrameView v, int stream) {
        return v.slot().get(I64, v.offsetAt(v.indexOf(stream)));
    }

    static long slotOffset(MappedRegion m, long id) {
        RegionLayout l = m.layout();
        return l.slotsOffset() + FrameHeaderDescriptor.slotOf(id, (int) l.slots()) * l.slotStride();
    }

    @Test
    void sameLayoutFramesLayoutChangesAndLapsReadAsAFullReadWould() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withSlots(SLOTS), STREAMS);
             MappedRegion m = Platform.current().mapExisting(s.file(), false, "test region")) {
            FrameReader reader = new FrameReader(m.segment(), m.layout());
            FrameView v = new FrameView();
            for (long id = 1; id <= 3 * SLOTS; id++) { // the next frame each time, round the ring
                publish(s, id, false);
                assertTrue(reader.latest(v));
                assertEquals(id, v.frameId());
                assertEquals(id, first(v, 1));
                assertEquals((double) id, v.simTime());
                assertEquals(0, v.missed());
                assertTrue(v.isValid());
                assertTrue(reader.latest(v), "the held frame again");
                assertEquals(id, v.frameId());
                assertEquals(0, v.missed());
            }
            long id = 3 * SLOTS;
            publish(s, ++id, false);
            publish(s, ++id, false);
            assertTrue(reader.latest(v));
            assertEquals(id, v.frameId());
            assertEquals(1, v.missed(), "one frame skipped");
            publish(s, ++id, true); // the next frame has another layout
            assertTrue(reader.latest(v));
            assertEquals(id, v.frameId());
            assertEquals(2, v.streamCount());
            assertEquals(-id, first(v, 2));
            publish(s, ++id, false); // and back
            assertTrue(reader.latest(v));
            assertEquals(1, v.streamCount());
            assertEquals(-1, v.indexOf(2));
            assertEquals(id, first(v, 1));
            long before = id;
            for (int i = 0; i < SLOTS + 2; i++) { // lapped: more than a ring ahead
                publish(s, ++id, false);
            }
            assertTrue(reader.latest(v));
            assertEquals(id, v.frameId());
            assertEquals(id - before - 1, v.missed());
            assertEquals(id, first(v, 1));
            assertTrue(v.isValid());
        }
    }

    @Test
    void aNewestSlotBeingWrittenLeavesTheHeldFrameAsItWas() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withSlots(SLOTS), STREAMS);
             MappedRegion m = Platform.current().mapExisting(s.file(), false, "test region")) {
            FrameReader reader = new FrameReader(m.segment(), m.layout());
            FrameView v = new FrameView();
            publish(s, 1, false);
            publish(s, 2, false);
            assertTrue(reader.latest(v));
            publish(s, 3, false);
            m.segment().set(Wire.U64, slotOffset(m, 3) + FrameHeaderDescriptor.FRAME_ID_OFFSET, 0L); // frame 3 "being written"
            boolean found = reader.latest(v);
            assertTrue(found, "frame 2 is still whole");
            assertEquals(2, v.frameId());
            assertEquals(2, first(v, 1));
            assertTrue(v.isValid());
            assertEquals(2, reader.lastId());
        }
    }

    @Test
    void aSlotWrittenUnderAnotherSessionIsNotReturned() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withSlots(SLOTS), STREAMS);
             MappedRegion m = Platform.current().mapExisting(s.file(), false, "test region")) {
            FrameReader reader = new FrameReader(m.segment(), m.layout());
            FrameView v = new FrameView();
            publish(s, 1, false);
            assertTrue(reader.latest(v));
            publish(s, 2, false); // same layout; its slot's session copy is changed below
            long off = slotOffset(m, 2) + FrameHeaderDescriptor.SESSION_ID_COPY_OFFSET;
            m.segment().set(Wire.U64, off, m.segment().get(Wire.U64, off) ^ 1L);
            boolean found = reader.latest(v);
            assertTrue(!found || v.frameId() == 1, "frame " + v.frameId() + " of another session was returned");
        }
    }
}
