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
import java.util.Set;

/**
 * {@code inspect} without {@code --json}: the header, the streams, the readers with heartbeat age
 * and lag, every slot, the latest frame with the first values of each stream, and the pending
 * control messages.
 */
final class TextReport {
    /** 64-bit header fields shown in hex as well as decimal. */
    private static final Set<String> HEX64_FIELDS = Set.of("magic", "session_id", "static_hash");

    private TextReport() {}

    static void write(RegionReport r, PrintWriter out, int maxValues) {
        HeaderInfo h = r.header();
        out.println("shmx " + r.what() + "  format " + h.verMajor() + "." + h.verMinor() + "  producer alive: "
                + ProducerText.describe(r.producer(), r.producerPid()));
        out.println();
        out.println("Header");
        for (HeaderFields.Field f : HeaderFields.ALL) {
            long v = f.of(h);
            String text = Long.toUnsignedString(v);
            if (f.wireName().equals("readers_connected")) {
                text = ReadersConnectedText.headerValue(v);
            } else if (HEX64_FIELDS.contains(f.wireName())) {
                text += "  (" + Units.hex64(v) + ")";
            } else if (f.wireName().equals("endianness")) {
                text += String.format("  (0x%08X)", v);
            }
            out.printf("  %-20s %s%n", f.wireName(), text);
        }

        out.println();
        out.println("Streams (" + r.streams().size() + ")");
        Table streams = new Table(">ID", "NAME", "DTYPE", ">CODE", ">COMPONENTS", "LAYOUT", ">BYTES/ELEM", "EXTRA");
        for (StreamSpec s : r.streams()) {
            streams.row(Integer.toUnsignedString(s.id()), s.name(), DType.nameOf(s.dtypeCode()),
                    Integer.toUnsignedString(s.dtypeCode()), Integer.toUnsignedString(s.components()),
                    Layout.nameOf(s.layoutCode()), Integer.toUnsignedString(s.bytesPerElem()),
                    s.extraLength() == 0 ? "-" : s.extraHex());
        }
        streams.lines("  ").forEach(out::println);

        out.println();
        out.println(ReadersConnectedText.readersTitle(h.readersConnected(), h.readerSlots(),
                r.readers().stream().filter(ReaderInfo::inUse).count()));
        if (r.readers().isEmpty()) {
            out.println("  none");
        } else {
            Table readers = new Table(">SLOT", "READER_ID", "IN_USE", ">HEARTBEAT", ">AGE", ">LAST_FRAME", ">LAG");
            for (ReaderInfo rd : r.readers()) {
                readers.row(rd.index(), Units.hex64(rd.readerId()), rd.inUse() ? "yes" : "no",
                        Long.toUnsignedString(rd.heartbeat()), Units.age(r.heartbeatAgeNanos(rd)),
                        Long.toUnsignedString(rd.lastFrameSeen()), Long.toUnsignedString(r.lagFrames(rd)));
            }
            readers.lines("  ").forEach(out::println);
            if (!r.live()) {
                out.println("  (heartbeat ages are shown for live channels only)");
            }
        }

        out.println();
        out.println("Slots (" + r.slots().size() + ")");
        Table slots = new Table(">SLOT", ">FRAME_ID", ">SIM_TIME", ">PAYLOAD", ">TLVS", ">CHECKSUM", "SESSION",
                "READABLE", "CHECKSUM_OK");
        boolean legend = false;
        for (SlotInfo s : r.slots()) {
            String checksum = SlotChecksumText.of(s, h.writeIndex(), h.reserveIndex(), h.slots());
            legend |= SlotChecksumText.needsLegend(checksum);
            slots.row(s.slot(), Long.toUnsignedString(s.frameId()), s.simTime(), Long.toUnsignedString(s.payloadBytes()),
                    Long.toUnsignedString(s.tlvCount()), Long.toUnsignedString(s.checksum()),
                    s.sessionMatches() ? "ok" : "other", s.readable() ? "yes" : "no", checksum);
        }
        slots.lines("  ").forEach(out::println);
        if (legend) {
            out.println("  " + SlotChecksumText.LEGEND);
        }

        out.println();
        writeLatest(r, out, maxValues);

        out.println();
        writePending(r, out);
        out.flush();
    }

    private static void writeLatest(RegionReport r, PrintWriter out, int maxValues) {
        FrameSnapshot f = r.latest();
        if (f == null) {
            out.println("Latest frame: none (" + r.latestRead().noneReason() + ")");
            return;
        }
        out.println("Latest frame: id " + Long.toUnsignedString(f.frameId()) + ", sim_time " + f.simTime() + ", "
                + Long.toUnsignedString(f.payloadBytes()) + " payload bytes, " + Long.toUnsignedString(f.tlvCount())
                + " TLVs");
        Table t = new Table(">ID", "NAME", "DTYPE", ">ELEMS", ">BYTES", "FIRST VALUES");
        for (FrameSnapshot.StreamData s : f.streams()) {
            StreamSpec spec = r.stream(s.id());
            String values = spec == null
                    ? ValueDecoder.hexPreview(s.data(), 32)
                    : ValueDecoder.firstValues(spec.dtypeCode(), spec.components(), s.data(), maxValues);
            t.row(Integer.toUnsignedString(s.id()), s.name() == null ? "?" : s.name(),
                    spec == null ? "?" : DType.nameOf(spec.dtypeCode()), Long.toUnsignedString(s.elemCount()),
                    Long.toUnsignedString(s.bytes()), values);
        }
        t.lines("  ").forEach(out::println);
    }

    private static void writePending(RegionReport r, PrintWriter out) {
        out.println("Pending control (" + r.pendingControl().size() + ")");
        if (r.pendingControl().isEmpty()) {
            out.println("  none");
            return;
        }
        Table t = new Table(">SLOT", "READER_ID", ">TYPE", ">BYTES", "DATA");
        for (ControlMessage m : r.pendingControl()) {
            t.row(m.readerIndex(), Units.hex64(m.readerId()),
                    "0x" + Integer.toHexString(m.type()), m.data().length, ValueDecoder.hexPreview(m.data(), 32));
        }
        t.lines("  ").forEach(out::println);
    }
}
