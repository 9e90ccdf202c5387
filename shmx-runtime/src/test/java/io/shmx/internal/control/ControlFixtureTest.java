package io.shmx.internal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ReaderInfo;
import io.shmx.internal.readers.ReaderSlotTable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regions the original library wrote, with control messages its readers sent and its server had
 * not polled: our rings must read back exactly what the original's JSON lists, in ring order.
 */
class ControlFixtureTest {
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final Pattern PENDING = Pattern.compile("\\{\\s*\"reader_index\":\\s*(\\d+),\\s*\"reader_id\":\\s*(\\d+),"
            + "\\s*\"type\":\\s*(\\d+),\\s*\"data_hex\":\\s*\"([0-9a-fA-F]*)\"\\s*}");
    private static final Pattern READER = Pattern.compile("\\{\\s*\"index\":\\s*(\\d+),\\s*\"reader_id\":\\s*(\\d+),"
            + "\\s*\"heartbeat\":\\s*(\\d+),\\s*\"last_frame_seen\":\\s*(\\d+),\\s*\"in_use\":\\s*(true|false)\\s*}");

    private final Arena arena = Arena.ofConfined();

    @AfterEach
    void close() {
        arena.close();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ControlFixtureTest.class.getResourceAsStream("/fixtures/" + name)) {
            assertNotNull(in, "fixture " + name);
            return (name.endsWith(".gz") ? new GZIPInputStream(in) : in).readAllBytes();
        }
    }

    private static long headerField(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\\s*(\\d+)").matcher(json);
        assertTrue(m.find(), field);
        return Long.parseUnsignedLong(m.group(1));
    }

    /** The part of the JSON from {@code "key": [} to the matching {@code ]} (entries are flat objects). */
    private static String section(String json, String key) {
        int start = json.indexOf("\"" + key + "\"");
        assertTrue(start >= 0, key);
        return json.substring(start, json.indexOf(']', start) + 1);
    }

    private static List<Received> expectedPending(String json) {
        List<Received> out = new ArrayList<>();
        Matcher m = PENDING.matcher(section(json, "pending_control"));
        while (m.find()) {
            out.add(new Received(Integer.parseInt(m.group(1)), Long.parseUnsignedLong(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4).toLowerCase()));
        }
        return out;
    }

    private static List<ReaderInfo> expectedReaders(String json) {
        List<ReaderInfo> out = new ArrayList<>();
        Matcher m = READER.matcher(section(json, "readers"));
        while (m.find()) {
            out.add(new ReaderInfo(Integer.parseInt(m.group(1)), Long.parseUnsignedLong(m.group(2)),
                    Long.parseUnsignedLong(m.group(3)), Long.parseUnsignedLong(m.group(4)), Boolean.parseBoolean(m.group(5))));
        }
        return out;
    }

    private record Region(ControlRing[] rings, ReaderSlotTable table) {}

    private static Region open(MemorySegment region, String json) {
        long controlOffset = headerField(json, "control_offset");
        long controlStride = headerField(json, "control_stride");
        long perReader = headerField(json, "control_per_reader");
        int readerSlots = (int) headerField(json, "reader_slots");
        // the JSON's header fields are the ones in the region's header
        assertEquals(controlOffset, Integer.toUnsignedLong(region.get(U32, 88)));
        assertEquals(perReader, Integer.toUnsignedLong(region.get(U32, 92)));
        assertEquals(controlStride, Integer.toUnsignedLong(region.get(U32, 96)));
        assertEquals(readerSlots, region.get(U32, 76));
        ControlRing[] rings = ControlRing.sliceAll(region, controlOffset, controlStride, perReader, readerSlots);
        ReaderSlotTable table = ReaderSlotTable.ofRegion(region, headerField(json, "readers_offset"), readerSlots, 116, rings);
        return new Region(rings, table);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fx_control", "fx_basic"})
    void pendingMessagesReadBackAsTheOriginalLists(String fixture) throws IOException {
        String json = new String(resource(fixture + ".json"), StandardCharsets.UTF_8);
        byte[] bytes = resource(fixture + ".bin.gz");
        assertEquals(headerField(json, "file_bytes"), bytes.length);
        List<Received> expected = expectedPending(json);
        assertFalse(expected.isEmpty(), "the fixture has pending messages");

        // read-only, as the inspector maps it: peek, which writes nothing
        MemorySegment region = arena.allocate(bytes.length, 64);
        MemorySegment.copy(bytes, 0, region, ValueLayout.JAVA_BYTE, 0, bytes.length);
        Region ro = open(region.asReadOnly(), json);
        assertEquals(expectedReaders(json), ro.table().snapshot());
        assertEquals(headerField(json, "readers_connected"), ro.table().readersConnected());
        Received.Collector peeked = new Received.Collector();
        for (int i = 0; i < ro.rings().length; i++) {
            ro.rings()[i].poller().peek(i, ro.table().readerId(i), peeked, Integer.MAX_VALUE);
            assertEquals(ControlPoller.Fault.NONE, ro.rings()[i].poller().peekFault(), "ring " + i);
        }
        assertEquals(expected, peeked.messages);

        // writable, as the producer maps it: the attributed poll consumes the same messages
        Region rw = open(region, json);
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
