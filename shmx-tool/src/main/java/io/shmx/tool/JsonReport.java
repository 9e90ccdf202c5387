package io.shmx.tool;

import io.shmx.ControlMessage;
import io.shmx.DType;
import io.shmx.FrameSnapshot;
import io.shmx.HeaderInfo;
import io.shmx.Layout;
import io.shmx.ReaderInfo;
import io.shmx.StreamSpec;
import java.io.PrintWriter;

/**
 * {@code inspect --json}: one object with the seed's keys, every integer an exact unsigned
 * decimal and every byte string lower-case hex.
 *
 * <pre>
 * header{every GlobalHeader field by wire name}, session_id, static_gen, frame_seq, readers_connected,
 * streams[{id, name, dtype, dtype_code, components, layout, bytes_per_elem, extra}],
 * readers[{index, reader_id, heartbeat, last_frame_seen, in_use}],
 * latest: null | {frame_id, sim_time, payload_bytes, tlv_count, streams[{id, name, elem_count, bytes, data}]},
 * pending_control[{reader_index, reader_id, type, data}]
 * </pre>
 */
final class JsonReport {
    private JsonReport() {}

    static void write(RegionReport r, PrintWriter out) {
        try (Json json = Json.to(out)) {
            HeaderInfo h = r.header();
            json.startObject().startObject("header");
            for (HeaderFields.Field f : HeaderFields.ALL) {
                json.unsigned(f.wireName(), f.of(h));
            }
            json.endObject()
                    .unsigned("session_id", h.sessionId())
                    .unsigned("static_gen", h.staticGen())
                    .unsigned("frame_seq", h.frameSeq())
                    .unsigned("readers_connected", h.readersConnected());
            json.startArray("streams");
            for (StreamSpec s : r.streams()) {
                json.startObject()
                        .unsigned("id", Integer.toUnsignedLong(s.id()))
                        .string("name", s.name())
                        .string("dtype", DType.nameOf(s.dtypeCode()))
                        .unsigned("dtype_code", Integer.toUnsignedLong(s.dtypeCode()))
                        .unsigned("components", Integer.toUnsignedLong(s.components()))
                        .string("layout", Layout.nameOf(s.layoutCode()))
                        .unsigned("bytes_per_elem", Integer.toUnsignedLong(s.bytesPerElem()))
                        .string("extra", s.extraHex())
                        .endObject();
            }
            json.endArray().startArray("readers");
            for (ReaderInfo rd : r.readers()) {
                json.startObject()
                        .unsigned("index", rd.index())
                        .unsigned("reader_id", rd.readerId())
                        .unsigned("heartbeat", rd.heartbeat())
                        .unsigned("last_frame_seen", rd.lastFrameSeen())
                        .bool("in_use", rd.inUse())
                        .endObject();
            }
            json.endArray();
            writeLatest(json, r.latest());
            json.startArray("pending_control");
            for (ControlMessage m : r.pendingControl()) {
                json.startObject()
                        .unsigned("reader_index", m.readerIndex())
                        .unsigned("reader_id", m.readerId())
                        .unsigned("type", Integer.toUnsignedLong(m.type()))
                        .hex("data", m.data())
                        .endObject();
            }
            json.endArray().endObject();
        }
    }

    private static void writeLatest(Json json, FrameSnapshot f) {
        if (f == null) {
            json.nullField("latest");
            return;
        }
        json.startObject("latest")
                .unsigned("frame_id", f.frameId())
                .number("sim_time", f.simTime())
                .unsigned("payload_bytes", f.payloadBytes())
                .unsigned("tlv_count", f.tlvCount())
                .startArray("streams");
        for (FrameSnapshot.StreamData s : f.streams()) {
            json.startObject()
                    .unsigned("id", Integer.toUnsignedLong(s.id()))
                    .string("name", s.name())
                    .unsigned("elem_count", s.elemCount())
                    .unsigned("bytes", s.bytes())
                    .hex("data", s.data())
                    .endObject();
        }
        json.endArray().endObject();
    }
}
