package io.shmx.examples.inspector;

import io.shmx.FrameSnapshot;
import io.shmx.HeaderInfo;
import io.shmx.ReaderInfo;
import io.shmx.ShmxInspector;
import io.shmx.StreamSpec;
import io.shmx.examples.quickstart.Sample;
import io.shmx.examples.quickstart.SampleReader;
import io.shmx.examples.quickstart.SampleWriter;
import io.shmx.examples.support.Args;
import io.shmx.examples.support.Channels;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Looks inside a channel without taking part in it: the inspector maps the region read-only, takes
 * no reader slot and writes nothing. Prints the header, the streams, the readers and the latest
 * frame.
 *
 * <pre>
 * InspectorExample [--channel NAME]    (without --channel: makes a small channel of its own to inspect)
 * </pre>
 */
public final class InspectorExample {
    private static final int VALUES_SHOWN = 4;

    private InspectorExample() {}

    public static void main(String[] args) {
        Args a = Args.parse("inspect", args, List.of("channel"), List.of());
        String channel = a.string("channel", null);
        if (channel != null) {
            inspect(channel, System.out);
        } else {
            inspectOwnChannel(Channels.unique("inspect"), System.out);
        }
    }

    /**
     * Creates {@code channel}, publishes three frames, attaches one reader that reads the latest,
     * then inspects the channel and removes it.
     */
    public static void inspectOwnChannel(String channel, PrintStream out) {
        SampleWriter writer = SampleWriter.create(channel);
        try (SampleReader reader = SampleReader.open(channel)) {
            for (int i = 0; i < 3; i++) {
                writer.publish(new Sample(i, 1_700_000_000.0 + i, new float[] {i, i + 0.5f, i + 1, i + 1.5f, i + 2}),
                        i * 0.25);
            }
            reader.latest();
            inspect(channel, out);
        } finally {
            writer.destroy();
        }
    }

    /** Prints what the region of {@code channel} holds now. */
    public static void inspect(String channel, PrintStream out) {
        try (ShmxInspector inspector = ShmxInspector.open(channel)) {
            HeaderInfo h = inspector.headerInfo();
            out.println("=== channel '" + channel + "' ===");
            out.println("producer:          " + inspector.producerState());
            out.println("session id:        " + Long.toUnsignedString(h.sessionId(), 16));
            out.println("static generation: " + h.staticGen());
            out.println("frames published:  " + h.frameSeq());
            out.println("readers connected: " + h.readersConnected());
            out.println("ring:              " + h.slots() + " slots of " + h.frameBytesCap() + " payload bytes");

            out.println("streams:");
            List<StreamSpec> streams = inspector.streams();
            for (StreamSpec s : streams) {
                out.printf(Locale.ROOT, "  [%d] %-10s %s x %d  %s  %d bytes per element%n", s.id(), s.name(),
                        s.dtype(), s.components(), s.layout(), s.bytesPerElem());
            }

            out.println("readers:");
            long now = System.nanoTime();
            for (ReaderInfo r : inspector.readers()) {
                if (r.inUse()) {
                    out.printf(Locale.ROOT, "  slot %d: reader %s, last frame seen %d, heartbeat %.1f ms ago%n",
                            r.index(), Long.toUnsignedString(r.readerId(), 16), r.lastFrameSeen(),
                            (now - r.heartbeat()) / 1e6);
                }
            }

            FrameSnapshot latest = inspector.latest();
            if (latest == null) {
                out.println("latest frame: none yet");
                return;
            }
            out.printf(Locale.ROOT, "latest frame: id %d, sim time %.3f, %d payload bytes%n", latest.frameId(),
                    latest.simTime(), latest.payloadBytes());
            for (FrameSnapshot.StreamData d : latest.streams()) {
                StreamSpec spec = streams.stream().filter(s -> s.id() == d.id()).findFirst().orElse(null);
                String values = spec == null ? "(not in the directory)"
                        : ValueFormat.firstValues(spec, d.data(), d.elemCount(), VALUES_SHOWN);
                out.printf(Locale.ROOT, "  %-10s %s%n", d.name() == null ? "#" + d.id() : d.name(), values);
            }
        }
    }
}
