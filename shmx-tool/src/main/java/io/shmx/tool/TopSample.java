package io.shmx.tool;

import io.shmx.ControlMessage;
import io.shmx.FrameSnapshot;
import io.shmx.HeaderInfo;
import io.shmx.ReaderInfo;
import io.shmx.SlotInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines {@code top} shows for a pair of reports taken an interval apart: rates from the
 * difference of {@code frame_seq}, bytes per second estimated from the payload sizes of the frames
 * still in the ring, and per reader its heartbeat age, lag and control ring fill.
 */
final class TopSample {
    private TopSample() {}

    static List<String> render(RegionReport prev, RegionReport cur) {
        HeaderInfo h = cur.header();
        List<String> lines = new ArrayList<>();
        double seconds = (cur.sampledAtNanos() - prev.sampledAtNanos()) / 1e9;
        boolean sameSession = prev.header().sessionId() == h.sessionId();
        double framesPerSecond = framesPerSecond(prev, cur);
        double bytesPerSecond = framesPerSecond * meanPayloadBytes(cur.slots());

        lines.add("shmx top  " + cur.what() + "  session " + Units.hex64(h.sessionId()) + "  producer alive: "
                + ProducerText.describe(cur.producer(), cur.producerPid())
                + (sameSession ? "" : "  (re-created since the last sample)"));
        lines.add(String.format(Locale.ROOT, "frames/s %s   bytes/s %s/s   frames published %s   interval %.2f s",
                Units.scaled(framesPerSecond), Units.bytes((long) bytesPerSecond), Long.toUnsignedString(h.frameSeq()),
                seconds));
        FrameSnapshot latest = cur.latest();
        lines.add(latest == null
                ? "latest frame: none (" + cur.latestRead().noneReason() + ")"
                : "latest frame: id " + Long.toUnsignedString(latest.frameId()) + "   sim_time " + latest.simTime()
                        + "   " + Long.toUnsignedString(latest.payloadBytes()) + " payload bytes");
        lines.add("readers: " + (ReadersConnectedText.underflowed(h.readersConnected())
                ? Long.toUnsignedString(h.readersConnected()) + " (= " + (int) h.readersConnected()
                        + ": the counter went below zero)"
                : Long.toUnsignedString(h.readersConnected()) + " connected")
                + " of " + Long.toUnsignedString(h.readerSlots()) + " slots");
        if (!cur.readers().isEmpty()) {
            Table t = new Table(">SLOT", "READER_ID", ">HEARTBEAT_AGE", ">LAST_FRAME", ">LAG", "CONTROL_RING");
            for (ReaderInfo r : cur.readers()) {
                t.row(r.index(), Units.hex64(r.readerId()), Units.age(cur.heartbeatAgeNanos(r)),
                        Long.toUnsignedString(r.lastFrameSeen()), Long.toUnsignedString(cur.lagFrames(r)),
                        controlFill(cur, r.index()));
            }
            lines.addAll(t.lines("  "));
        }
        return lines;
    }

    /**
     * Frames published per second between two reports: the difference of {@code frame_seq} over
     * the difference of the clock readings taken when each header was read; 0 across a re-created
     * region or when no time passed.
     */
    static double framesPerSecond(RegionReport prev, RegionReport cur) {
        double seconds = (cur.sampledAtNanos() - prev.sampledAtNanos()) / 1e9;
        if (prev.header().sessionId() != cur.header().sessionId() || seconds <= 0) {
            return 0;
        }
        long frames = cur.header().frameSeq() - prev.header().frameSeq();
        return frames > 0 ? frames / seconds : 0;
    }

    /** Mean payload size of the readable slots (the frames still in the ring), 0 when none. */
    static double meanPayloadBytes(List<SlotInfo> slots) {
        long sum = 0;
        int n = 0;
        for (SlotInfo s : slots) {
            if (s.readable()) {
                sum += s.payloadBytes();
                n++;
            }
        }
        return n == 0 ? 0 : (double) sum / n;
    }

    /**
     * Bytes the pending messages of a reader's ring take (each an 8-byte TLV header plus data, padded
     * to 16) out of the ring's message area ({@code control_per_reader - 16}).
     */
    static String controlFill(RegionReport report, int readerIndex) {
        long cap = report.header().controlPerReader() - 16;
        if (report.header().controlPerReader() == 0 || cap <= 0) {
            return "none";
        }
        long used = 0;
        int count = 0;
        for (ControlMessage m : report.pendingControl()) {
            if (m.readerIndex() == readerIndex) {
                used += (8L + m.data().length + 15) & ~15L;
                count++;
            }
        }
        return String.format(Locale.ROOT, "%.0f%% (%d/%d B, %d msg%s)", 100.0 * used / cap, used, cap, count,
                count == 1 ? "" : "s");
    }
}
