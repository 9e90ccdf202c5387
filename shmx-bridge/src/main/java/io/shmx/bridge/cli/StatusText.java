package io.shmx.bridge.cli;

import io.shmx.bridge.ReceiverStats;
import io.shmx.bridge.RemoteReceiver;
import io.shmx.bridge.SenderStats;

import java.util.Locale;

/** The status line and the JSON line of a sender and of a receiver. */
final class StatusText {
    private StatusText() {}

    static String line(SenderStats s, Rates r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "send %s -> %s | source %s | sent %d (%.0f f/s, %s) | skipped %d | abandoned %d"
                        + " | receivers %d live of %d%s", s.channel(), s.uri(), s.sourceState(), s.framesSent(),
                r.framesPerSecond, Rates.bytes(r.bytesPerSecond), s.skipped(), s.abandoned(), s.liveReceivers(),
                s.receivers().size(), s.connected() ? "" : " (not connected)"));
        for (RemoteReceiver x : s.receivers()) {
            b.append(String.format(Locale.ROOT, " [%s @%s %s recv %d lost %d, %d ms ago]", x.name(), x.address(),
                    x.live() ? "live" : "SILENT", x.received(), x.lost(), x.silentMillis()));
        }
        b.append(" | retransmits ").append(s.retransmits()).append(" naks ").append(s.naksReceived());
        return b.toString();
    }

    static String json(SenderStats s, Rates r, boolean last) {
        StringBuilder rs = new StringBuilder("[");
        for (RemoteReceiver x : s.receivers()) {
            if (rs.length() > 1) {
                rs.append(',');
            }
            rs.append(new Json().put("id", Long.toHexString(x.id())).put("name", x.name()).put("address", x.address())
                    .put("received", x.received()).put("lost", x.lost()).put("bytes", x.bytes())
                    .put("last_seq", x.lastSeq()).put("silent_ms", x.silentMillis()).put("live", x.live()));
        }
        rs.append(']');
        return new Json().put("role", "send").put("channel", s.channel()).put("uri", s.uri())
                .put("source", s.sourceState()).put("epoch", Long.toUnsignedString(s.epoch()))
                .put("frames_sent", s.framesSent()).put("bytes_sent", s.bytesSent())
                .put("frames_per_sec", r.framesPerSecond).put("bytes_per_sec", r.bytesPerSecond)
                .put("skipped", s.skipped()).put("abandoned", s.abandoned()).put("last_seq", s.lastSeq())
                .put("directories_sent", s.directoriesSent()).put("connected", s.connected())
                .put("live_receivers", s.liveReceivers()).raw("receivers", rs.toString())
                .put("retransmits", s.retransmits()).put("naks_received", s.naksReceived()).put("final", last)
                .toString();
    }

    static String line(ReceiverStats s, Rates r) {
        return String.format(Locale.ROOT, "receive %s -> %s | %s | received %d (%.0f f/s, %s) | lost %d%s"
                        + " | session changes %d | sender restarts %d | naks sent %d | gap fills %d", s.uri(),
                s.channel(), s.connected() ? (s.hasDirectory() ? "connected" : "connected, waiting for directory")
                        : "waiting for a sender", s.framesReceived(), r.framesPerSecond, Rates.bytes(r.bytesPerSecond),
                s.lost(), s.rejected() > 0 ? " (rejected " + s.rejected() + ")" : "", s.sessionChanges(),
                s.senderRestarts(), s.naksSent(), s.gapFills());
    }

    static String json(ReceiverStats s, Rates r, boolean last) {
        return new Json().put("role", "receive").put("channel", s.channel()).put("uri", s.uri())
                .put("connected", s.connected()).put("has_directory", s.hasDirectory())
                .put("epoch", Long.toUnsignedString(s.epoch())).put("frames_received", s.framesReceived())
                .put("bytes_received", s.bytesReceived()).put("frames_per_sec", r.framesPerSecond)
                .put("bytes_per_sec", r.bytesPerSecond).put("lost", s.lost()).put("rejected", s.rejected())
                .put("first_seq", s.firstSeq()).put("last_seq", s.lastSeq()).put("session_changes", s.sessionChanges())
                .put("sender_restarts", s.senderRestarts()).put("naks_sent", s.naksSent())
                .put("gap_fills", s.gapFills()).put("final", last).toString();
    }
}
