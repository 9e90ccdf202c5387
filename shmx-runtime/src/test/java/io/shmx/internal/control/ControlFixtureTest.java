package io.shmx.internal.control;

import static io.shmx.testing.Json.arr;
import static io.shmx.testing.Json.lng;
import static io.shmx.testing.Json.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ReaderInfo;
import io.shmx.internal.readers.ReaderSlotTable;
import io.shmx.testing.Fixtures;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regions the original library wrote, with control messages its readers sent and its server had
 * not polled: our rings must read back exactly what the original's JSON lists, in ring order.
 */
class ControlFixtureTest {
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final Arena arena = Arena.ofConfined();

    @AfterEach
    void close() {
        arena.close();
    }

    private static List<Received> expectedPending(Map<String, Object> json) {
        List<Received> out = new ArrayList<>();
        for (Object o : arr(json.get("pending_control"))) {
            Map<String, Object> m = obj(o);
            out.add(new Received((int) lng(m.get("reader_index")), lng(m.get("reader_id")), (int) lng(m.get("type")),
                    ((String) m.get("data_hex")).toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    private static List<ReaderInfo> expectedReaders(Map<String, Object> json) {
        List<ReaderInfo> out = new ArrayList<>();
        for (Object o : arr(json.get("readers"))) {
            Map<String, Object> m = obj(o);
            out.add(new ReaderInfo((int) lng(m.get("index")), lng(m.get("reader_id")), lng(m.get("heartbeat")),
                    lng(m.get("last_frame_seen")), (Boolean) m.get("in_use")));
        }
        return out;
    }

    private record Region(ControlRing[] rings, ReaderSlotTable table) {}

    private static Region open(MemorySegment region, Map<String, Object> header) {
        long controlOffset = lng(header.get("control_offset"));
        long controlStride = lng(header.get("control_stride"));
        long perReader = lng(header.get("control_per_reader"));
        int readerSlots = (int) lng(header.get("reader_slots"));
        // the JSON's header fields are the ones in the region's header
        assertEquals(controlOffset, Integer.toUnsignedLong(region.get(U32, 88)));
        assertEquals(perReader, Integer.toUnsignedLong(region.get(U32, 92)));
        assertEquals(controlStride, Integer.toUnsignedLong(region.get(U32, 96)));
        assertEquals(readerSlots, region.get(U32, 76));
        ControlRing[] rings = ControlRing.sliceAll(region, controlOffset, controlStride, perReader, readerSlots);
        ReaderSlotTable table = ReaderSlotTable.ofRegion(region, lng(header.get("readers_offset")), readerSlots, 116, rings);
        return new Region(rings, table);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fx_control", "fx_basic"})
    void pendingMessagesReadBackAsTheOriginalLists(String fixture) {
        Map<String, Object> json = Fixtures.json(fixture);
        Map<String, Object> header = obj(json.get("header"));
        byte[] bytes = Fixtures.bytes(fixture);
        assertEquals(lng(json.get("file_bytes")), bytes.length);
        List<Received> expected = expectedPending(json);
        assertFalse(expected.isEmpty(), "the fixture has pending messages");

        // read-only, as the inspector maps it: peek, which writes nothing
        MemorySegment region = arena.allocate(bytes.length, 64);
        MemorySegment.copy(bytes, 0, region, ValueLayout.JAVA_BYTE, 0, bytes.length);
        Region ro = open(region.asReadOnly(), header);
        assertEquals(expectedReaders(json), ro.table().snapshot());
        assertEquals(lng(header.get("readers_connected")), ro.table().readersConnected());
        Received.Collector peeked = new Received.Collector();
        for (int i = 0; i < ro.rings().length; i++) {
            ro.rings()[i].poller().peek(i, ro.table().readerId(i), peeked, Integer.MAX_VALUE);
            assertEquals(ControlPoller.Fault.NONE, ro.rings()[i].poller().peekFault(), "ring " + i);
        }
        assertEquals(expected, peeked.messages);

        // writable, as the producer maps it: the attributed poll consumes the same messages
        Region rw = open(region, header);
        Received.Collector polled = new Received.Collector();
        while (rw.table().reaper().pollControl(polled, 2) > 0) {
            // drain in small batches: the rotation across slots must not reorder a ring
        }
        List<Received> inRingOrder = new ArrayList<>(polled.messages);
        inRingOrder.sort(java.util.Comparator.comparingInt(Received::readerIndex));
        assertEquals(expected, inRingOrder);
        for (ControlRing ring : rw.rings()) {
            assertTrue(ring.isEmpty());
            assertEquals(ControlPoller.Fault.NONE, ring.poller().fault());
        }
        Received.Collector after = new Received.Collector();
        for (int i = 0; i < ro.rings().length; i++) {
            ro.rings()[i].poller().peek(i, ro.table().readerId(i), after, Integer.MAX_VALUE);
        }
        assertEquals(List.of(), after.messages);
    }
}
