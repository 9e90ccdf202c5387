package io.shmx.tool;

import io.shmx.ControlMessage;
import io.shmx.DType;
import io.shmx.FrameSnapshot;
import io.shmx.HeaderInfo;
import io.shmx.Layout;
import io.shmx.ReaderInfo;
import io.shmx.SlotInfo;
import io.shmx.StreamSpec;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code inspect --json}: one object with the seed's keys and more, every integer an exact unsigned
 * decimal and every byte string lower-case hex. 64-bit ids, hashes and clock readings, which
 * parsers that read numbers as doubles (jq 1.6, JavaScript) round above 2^53, are also given as
 * decimal strings under the same key with {@code _str} appended.
 *
 * <pre>
 * header{every GlobalHeader field by wire name, session_id_str, static_hash_str},
 * session_id, session_id_str, static_gen, frame_seq, readers_connected,
 * producer_alive ("yes" | "no" | "unknown"), producer_state ("alive" | "dead" | "closed" | "replaced" | "unknown"),
 * producer_pid,
 * streams[{id, name, dtype, dtype_code, components, layout, bytes_per_elem, extra}],
 * readers[{index, reader_id, reader_id_str, heartbeat, heartbeat_str, last_frame_seen, in_use,
 *          heartbeat_age_ns (null for a saved file), lag_frames}],
 * slots[{slot, frame_id, sim_time, payload_bytes, tlv_count, checksum, session_matches, readable, checksum_ok}],
 * latest: null | {frame_id, sim_time, payload_bytes, tlv_count, streams[{id, name, elem_count, bytes, data}]},
 * pending_control[{reader_index, reader_id, reader_id_str, type, data}]
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
            json.string("session_id_str", Long.toUnsignedString(h.sessionId()))
                    .string("static_hash_str", Long.toUnsignedString(h.staticHash()));
            json.endObject()
                    .unsigned("session_id", h.sessionId())
                    .string("session_id_str", Long.toUnsignedString(h.sessionId()))
                    .unsigned("static_gen", h.staticGen())
                    .unsigned("frame_seq", h.frameSeq())
                    .unsigned("readers_connected", h.readersConnected())
                    .string("producer_alive", ProducerText.alive(r.producer()))
                    .string("producer_state", r.producer().name().toLowerCase(Locale.ROOT))
                    .unsigned("producer_pid", r.producerPid());
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
                        .string("reader_id_str", Long.toUnsignedString(rd.readerId()))
                        .unsigned("heartbeat", rd.heartbeat())
                        .string("heartbeat_str", Long.toUnsignedString(rd.heartbeat()))
                        .unsigned("last_frame_seen", rd.lastFrameSeen())
                        .bool("in_use", rd.inUse());
                long age = r.heartbeatAgeNanos(rd);
                if (age < 0) {
                    json.nullField("heartbeat_age_ns");
                } else {
                    json.unsigned("heartbeat_age_ns", age);
                }
                json.unsigned("lag_frames", r.lagFrames(rd)).endObject();
            }
            json.endArray().startArray("slots");
            for (SlotInfo sl : r.slots()) {
                json.startObject()
                        .unsigned("slot", sl.slot())
                        .unsigned("frame_id", sl.frameId())
                        .number("sim_time", sl.simTime())
                        .unsigned("payload_bytes", sl.payloadBytes())
                        .unsigned("tlv_count", sl.tlvCount())
                        .unsigned("checksum", sl.checksum())
                        .bool("session_matches", sl.sessionMatches())
                        .bool("readable", sl.readable())
                        .bool("checksum_ok", sl.checksumOk())
                        .endObject();
            }
            json.endArray();
            writeLatest(json, r.latest());
            json.startArray("pending_control");
            for (ControlMessage m : r.pendingControl()) {
                json.startObject()
                        .unsigned("reader_index", m.readerIndex())
                        .unsigned("reader_id", m.readerId())
                        .string("reader_id_str", Long.toUnsignedString(m.readerId()))
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
