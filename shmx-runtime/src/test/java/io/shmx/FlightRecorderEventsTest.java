package io.shmx;

import io.shmx.testing.NoRecordingChild;
import io.shmx.testing.ShmNames;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The runtime's Flight Recorder events ({@code io.shmx.*}), recorded in this JVM and read back from
 * the dumped file: each event type appears with the channel, the reader's slot and id, and counts.
 */
class FlightRecorderEventsTest {
    @RegisterExtension
    static final ShmNames NAMES = new ShmNames("jfr");
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "id", DType.U64, 1));
    static final int T = TlvType.CONTROL_USER;
    static final long MINUTE = 60_000_000_000L;
    static final long SECOND = 1_000_000_000L;

    static void publish(ShmxServer s, long value) {
        s.beginFrame().append(1, new long[]{value}, 1).publish(value);
    }

    static List<RecordedEvent> of(List<RecordedEvent> all, String type, String channel) {
        return all.stream().filter(e -> e.getEventType().getName().equals(type))
                .filter(e -> channel.equals(e.getString("channel"))).toList();
    }

    @Test
    void attachReapReattachControlFullSessionChangeAndCountsAreRecorded(@TempDir Path dir) throws Exception {
        String name = NAMES.next();
        Path file = dir.resolve("shmx.jfr");
        ChannelConfig cfg = ChannelConfig.defaults().withReaderSlots(3).withControlPerReader(128);
        long attachedId;
        int attachedIndex;
        long reclaimedId;
        long firstSession;
        long secondSession;
        try (Recording recording = new Recording()) {
            for (String event : List.of("ReaderAttached", "ReaderReaped", "ReaderReattached", "ControlRingFull",
                    "SessionChanged")) {
                recording.enable("io.shmx." + event);
            }
            // periodic events: once more when the recording stops, so the test does not wait for a period
            recording.enable("io.shmx.ChannelStatistics").with("period", "endChunk");
            recording.enable("io.shmx.ReaderStatistics").with("period", "endChunk");
            recording.start();

            ShmxServer first = ShmxServer.create(name, cfg, STREAMS);
            try (ShmxClient c = ShmxClient.open(name)) {
                attachedId = c.readerId();
                attachedIndex = c.readerIndex();
                firstSession = c.sessionId();
                for (long v = 1; v <= 5; v++) {
                    publish(first, v);
                }
                assertEquals(5, c.latest().frameId());
                assertEquals(4, c.missedTotal(), "frames 1-4 were skipped");

                // reaped: a minute of silence as the producer sees it; the reader notices at its next heartbeat
                assertEquals(1, first.reapStaleReaders(System.nanoTime() + MINUTE, SECOND));
                publish(first, 6);
                long deadline = System.nanoTime() + 5 * SECOND;
                while (c.readerId() == attachedId && System.nanoTime() - deadline < 0) {
                    assertNotNull(c.latest());
                }
                assertEquals(1, c.slotReclaims());
                reclaimedId = c.readerId();

                // a full control ring: 112 bytes hold three 32-byte records
                for (int k = 0; k < 3; k++) {
                    assertEquals(ControlSendResult.SENT, c.sendControl(T, new byte[24]));
                }
                assertEquals(ControlSendResult.FULL, c.sendControl(T + 7, new byte[24]));

                // a restarted producer: the reader follows it to the new session
                first.close();
                try (ShmxServer second = ShmxServer.create(name, cfg, STREAMS)) {
                    secondSession = second.sessionId();
                    publish(second, 1);
                    publish(second, 2);
                    deadline = System.nanoTime() + 5 * SECOND;
                    while (c.sessionId() == firstSession && System.nanoTime() - deadline < 0) {
                        c.latest();
                        Thread.onSpinWait();
                    }
                    assertEquals(secondSession, c.sessionId());
                    assertEquals(1, c.reattachments());
                    assertEquals(2, c.latest().frameId());
                    recording.stop(); // emits the periodic events while both are open
                    recording.dump(file);
                }
            } finally {
                first.close();
            }
        }

        List<RecordedEvent> all = RecordingFile.readAllEvents(file);

        List<RecordedEvent> attached = of(all, "io.shmx.ReaderAttached", name);
        assertEquals(1, attached.size(), attached::toString);
        assertEquals(attachedId, attached.getFirst().getLong("readerId"));
        assertEquals(attachedIndex, attached.getFirst().getInt("readerIndex"));
        assertEquals(firstSession, attached.getFirst().getLong("sessionId"));

        List<RecordedEvent> reaped = of(all, "io.shmx.ReaderReaped", name);
        assertEquals(1, reaped.size(), reaped::toString);
        assertEquals(attachedId, reaped.getFirst().getLong("readerId"));
        assertEquals(attachedIndex, reaped.getFirst().getInt("readerIndex"));
        assertTrue(reaped.getFirst().getDuration("heartbeatAge").toSeconds() >= 59, reaped::toString);

        List<RecordedEvent> reattached = of(all, "io.shmx.ReaderReattached", name);
        assertEquals(1, reattached.size(), reattached::toString);
        assertEquals(reclaimedId, reattached.getFirst().getLong("readerId"));
        assertEquals(attachedId, reattached.getFirst().getLong("previousReaderId"));
        assertEquals(attachedIndex, reattached.getFirst().getInt("previousReaderIndex"));
        assertEquals(1, reattached.getFirst().getInt("slotReclaims"));

        List<RecordedEvent> full = of(all, "io.shmx.ControlRingFull", name);
        assertEquals(1, full.size(), full::toString);
        assertEquals(reclaimedId, full.getFirst().getLong("readerId"));
        assertEquals(T + 7, full.getFirst().getInt("messageType"));

        List<RecordedEvent> changed = of(all, "io.shmx.SessionChanged", name);
        assertEquals(1, changed.size(), changed::toString);
        assertEquals(firstSession, changed.getFirst().getLong("previousSessionId"));
        assertEquals(secondSession, changed.getFirst().getLong("sessionId"));
        assertEquals(1, changed.getFirst().getInt("reattachments"));

        List<RecordedEvent> channel = of(all, "io.shmx.ChannelStatistics", name);
        assertFalse(channel.isEmpty(), "a ChannelStatistics event for the open producer");
        assertEquals(2, channel.getLast().getLong("framesPublished"), "the second producer published 2");

        List<RecordedEvent> readers = of(all, "io.shmx.ReaderStatistics", name);
        assertFalse(readers.isEmpty(), "a ReaderStatistics event for the open reader");
        RecordedEvent r = readers.getLast();
        assertEquals(4 + 1, r.getLong("framesMissed"), "4 in the first session, frame 1 of the second");
        assertEquals(1, r.getInt("reattachments"));
        assertEquals(1, r.getInt("slotReclaims"));
        assertEquals(secondSession, r.getLong("sessionId"));
    }

    @Test
    void aClosedChannelHasNoMorePeriodicEvents(@TempDir Path dir) throws Exception {
        String name = NAMES.next();
        Path file = dir.resolve("closed.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("io.shmx.ChannelStatistics").with("period", "endChunk");
            recording.enable("io.shmx.ReaderStatistics").with("period", "endChunk");
            recording.start();
            try (ShmxServer s = ShmxServer.create(name, STREAMS); ShmxClient c = ShmxClient.open(name)) {
                publish(s, 1);
                assertNotNull(c.latest());
            }
            recording.stop();
            recording.dump(file);
        }
        List<RecordedEvent> all = RecordingFile.readAllEvents(file);
        assertEquals(List.of(), of(all, "io.shmx.ChannelStatistics", name));
        assertEquals(List.of(), of(all, "io.shmx.ReaderStatistics", name));
    }

    /**
     * Without a recording, no event class is ever loaded (creating the first jdk.jfr.Event starts
     * parts of the recorder: 0.3 to 0.8 s on opening a client, measured before this was guarded).
     */
    @Test
    void aJvmThatNeverRecordsLoadsNoEventClass() throws Exception {
        String name = NAMES.next();
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-Xlog:class+load=info:stdout");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(NoRecordingChild.class.getName());
        cmd.add(name);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out.lines().filter(l -> !l.contains("class,load")).toList()::toString);
        assertTrue(out.contains("DONE"), "the child ran every event site");
        assertTrue(out.contains("io.shmx.internal.jfr.ShmxEvents "), "the log lists the runtime's classes");
        List<String> eventClasses = out.lines()
                .filter(l -> l.contains("io.shmx.internal.jfr.") && l.contains("Event ") || l.contains(" jdk.jfr.Event "))
                .toList();
        assertEquals(List.of(), eventClasses);
    }
}
