package io.shmx;

import io.shmx.testing.Fixtures;
import io.shmx.testing.Json;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.shmx.testing.Json.arr;
import static io.shmx.testing.Json.dbl;
import static io.shmx.testing.Json.lng;
import static io.shmx.testing.Json.obj;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every region the original library wrote reads back exactly as its JSON description says. */
class FixtureTest {
    static final List<String> FIXTURES = Fixtures.NAMES;

    @TempDir
    Path dir;

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void headerMatches(String fixture) throws Exception {
        Map<String, Object> json = Fixtures.json(fixture);
        Path file = Fixtures.file(fixture, dir);
        assertEquals(lng(json.get("file_bytes")), Files.size(file));
        try (ShmxInspector in = ShmxInspector.openFile(file)) {
            Map<String, Object> h = obj(json.get("header"));
            HeaderInfo hi = in.headerInfo();
            assertEquals(lng(h.get("magic")), hi.magic());
            assertEquals(lng(h.get("ver_major")), hi.verMajor());
            assertEquals(lng(h.get("ver_minor")), hi.verMinor());
            assertEquals(lng(h.get("endianness")), hi.endianness());
            assertEquals(lng(h.get("session_id")), hi.sessionId());
            assertEquals(lng(h.get("static_gen")), hi.staticGen());
            assertEquals(lng(h.get("static_hash")), hi.staticHash());
            assertEquals(lng(h.get("static_offset")), hi.staticOffset());
            assertEquals(lng(h.get("static_bytes_cap")), hi.staticBytesCap());
            assertEquals(lng(h.get("static_bytes_used")), hi.staticBytesUsed());
            assertEquals(lng(h.get("slots")), hi.slots());
            assertEquals(lng(h.get("slot_stride")), hi.slotStride());
            assertEquals(lng(h.get("slots_offset")), hi.slotsOffset());
            assertEquals(lng(h.get("frame_bytes_cap")), hi.frameBytesCap());
            assertEquals(lng(h.get("reader_slots")), hi.readerSlots());
            assertEquals(lng(h.get("reader_slot_stride")), hi.readerSlotStride());
            assertEquals(lng(h.get("readers_offset")), hi.readersOffset());
            assertEquals(lng(h.get("control_offset")), hi.controlOffset());
            assertEquals(lng(h.get("control_per_reader")), hi.controlPerReader());
            assertEquals(lng(h.get("control_stride")), hi.controlStride());
            assertEquals(lng(h.get("frame_seq")), hi.frameSeq());
            assertEquals(lng(h.get("write_index")), hi.writeIndex());
            assertEquals(lng(h.get("readers_connected")), hi.readersConnected());
            assertEquals(lng(h.get("reserve_index")), hi.reserveIndex());
            assertEquals(ProducerState.UNKNOWN, in.producerState(), "the original library publishes no liveness");
        }
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void streamsMatch(String fixture) {
        Map<String, Object> json = Fixtures.json(fixture);
        try (ShmxInspector in = ShmxInspector.openFile(Fixtures.file(fixture, dir))) {
            List<Object> expected = arr(json.get("streams"));
            List<StreamSpec> actual = in.streams();
            assertEquals(expected.size(), actual.size(), "stream count");
            for (int i = 0; i < expected.size(); i++) {
                Map<String, Object> e = obj(expected.get(i));
                StreamSpec s = actual.get(i);
                assertEquals(lng(e.get("id")), s.id());
                assertEquals(e.get("name"), s.name());
                assertEquals(lng(e.get("dtype_code")), s.dtypeCode());
                assertEquals(lng(e.get("components")), s.components());
                assertEquals(lng(e.get("layout")), s.layoutCode());
                assertEquals(lng(e.get("bytes_per_elem")), s.bytesPerElem());
                assertEquals(e.get("extra_hex"), s.extraHex());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void readersMatch(String fixture) {
        Map<String, Object> json = Fixtures.json(fixture);
        try (ShmxInspector in = ShmxInspector.openFile(Fixtures.file(fixture, dir))) {
            List<Object> expected = arr(json.get("readers"));
            List<ReaderInfo> actual = in.readers();
            assertEquals(expected.size(), actual.size(), "reader count");
            for (int i = 0; i < expected.size(); i++) {
                Map<String, Object> e = obj(expected.get(i));
                ReaderInfo r = actual.get(i);
                assertEquals(lng(e.get("index")), r.index());
                assertEquals(lng(e.get("reader_id")), r.readerId());
                assertEquals(lng(e.get("heartbeat")), r.heartbeat());
                assertEquals(lng(e.get("last_frame_seen")), r.lastFrameSeen());
                assertEquals(e.get("in_use"), r.inUse());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void slotsMatch(String fixture) {
        Map<String, Object> json = Fixtures.json(fixture);
        try (ShmxInspector in = ShmxInspector.openFile(Fixtures.file(fixture, dir))) {
            List<Object> expected = arr(json.get("slots"));
            List<SlotInfo> actual = in.slots();
            assertEquals(expected.size(), actual.size(), "slot count");
            for (int i = 0; i < expected.size(); i++) {
                Map<String, Object> e = obj(expected.get(i));
                SlotInfo s = actual.get(i);
                String at = fixture + " slot " + i;
                assertEquals(lng(e.get("slot")), s.slot(), at);
                assertEquals(lng(e.get("frame_id")), s.frameId(), at);
                assertEquals(dbl(e.get("sim_time")), s.simTime(), at);
                assertEquals(lng(e.get("payload_bytes")), s.payloadBytes(), at);
                assertEquals(lng(e.get("tlv_count")), s.tlvCount(), at);
                assertEquals(lng(e.get("checksum")), s.checksum(), at);
                assertEquals(e.get("session_matches"), s.sessionMatches(), at);
                assertEquals(e.get("readable"), s.readable(), at);
                assertEquals(e.get("checksum_ok"), s.checksumOk(), at);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void latestMatches(String fixture) {
        Map<String, Object> json = Fixtures.json(fixture);
        try (ShmxInspector in = ShmxInspector.openFile(Fixtures.file(fixture, dir))) {
            FrameSnapshot f = in.latest();
            if (json.get("latest") == null) {
                assertNull(f, fixture + " has no valid latest frame");
                return;
            }
            Map<String, Object> e = obj(json.get("latest"));
            assertNotNull(f, fixture + " latest");
            assertEquals(lng(e.get("frame_id")), f.frameId());
            assertEquals(dbl(e.get("sim_time")), f.simTime());
            assertEquals(lng(e.get("payload_bytes")), f.payloadBytes());
            assertEquals(lng(e.get("tlv_count")), f.tlvCount());
            List<Object> streams = arr(e.get("streams"));
            assertEquals(streams.size(), f.streams().size());
            Map<Integer, String> names = new java.util.HashMap<>();
            for (Object o : arr(json.get("streams"))) {
                names.put((int) lng(obj(o).get("id")), (String) obj(o).get("name"));
            }
            for (int i = 0; i < streams.size(); i++) {
                Map<String, Object> es = obj(streams.get(i));
                FrameSnapshot.StreamData s = f.streams().get(i);
                assertEquals(lng(es.get("id")), s.id());
                assertEquals(names.get(s.id()), s.name());
                assertEquals(lng(es.get("elem_count")), s.elemCount());
                assertEquals(lng(es.get("bytes")), s.bytes());
                assertArrayEquals(HexFormat.of().parseHex((String) es.get("data_hex")), s.data(),
                        fixture + " stream " + s.id());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void pendingControlMatches(String fixture) {
        Map<String, Object> json = Fixtures.json(fixture);
        try (ShmxInspector in = ShmxInspector.openFile(Fixtures.file(fixture, dir))) {
            List<Object> expected = arr(json.get("pending_control"));
            List<ControlMessage> actual = in.pendingControl();
            assertEquals(expected.size(), actual.size(), fixture + " pending message count");
            for (int i = 0; i < expected.size(); i++) {
                Map<String, Object> e = obj(expected.get(i));
                ControlMessage m = actual.get(i);
                String at = fixture + " pending message " + i;
                assertEquals(lng(e.get("reader_index")), m.readerIndex(), at);
                assertEquals(lng(e.get("reader_id")), m.readerId(), at);
                assertEquals(lng(e.get("type")), m.type(), at);
                assertEquals(e.get("data_hex"), HexFormat.of().formatHex(m.data()), at);
            }
            assertEquals(actual.size(), in.pendingControl().size(), "peeking consumes nothing");
        }
    }
}
