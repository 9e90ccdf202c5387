package io.shmx.examples.readme;

import io.shmx.examples.testing.Output;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The programs the README's snippets come from run and print what the README says. */
class ReadmeExamplesTest {
    @RegisterExtension
    final ShmNames names = new ShmNames("readme");

    @Test
    void quickStart() {
        String channel = names.next();
        Output out = new Output();
        QuickStart.run(channel, out.stream());
        assertEquals(java.util.List.of("frame 1: sequence 0, 3 floats, first 0.0", "frame 2: sequence 1, 3 floats, first 1.0",
                "frame 3: sequence 2, 3 floats, first 2.0"), out.lines());
        assertFalse(Files.exists(ShmNames.path(channel)));
    }

    @Test
    void untypedQuickstartReadsWhatItWrote() {
        String channel = names.next();
        Output out = new Output();
        UntypedQuickstart.run(channel, out.stream());
        for (int i = 0; i < 5; i++) {
            out.single("frame " + (i + 1) + ": frame_id=" + i + " data\\[0\\]=" + i + "\\.0 \\(10 floats\\), "
                    + "sim_time=0\\.0" + i);
        }
        out.single("streams: \\[StreamSpec\\[id=1, name=frame_id, dtype=U64, .*name=data, dtype=F32, components=1, "
                + "bytesPerElem=4, layout=SOA_SCALAR, extra=\\]\\]");
        out.single("header: frame_seq=5, readers_connected=1");
        assertFalse(Files.exists(ShmNames.path(channel)));
    }

    @Test
    void checkedSegmentsRefuseAWriteAfterPublish() {
        String channel = names.next();
        Output out = new Output();
        CheckedSegments.run(channel, out.stream());
        assertEquals(java.util.List.of("write after publish: java.lang.IllegalStateException: Already closed",
                "reader sees 1.5"), out.lines());
        assertFalse(Files.exists(ShmNames.path(channel)));
    }

    @Test
    void readerModes() {
        String channel = names.next();
        Output out = new Output();
        ReaderModes.run(channel, out.stream());
        out.single("latest\\(\\): frame 10, sequence 9, missed 9");
        var next = out.matches("next\\(\\): +frame (\\d+)(?:, missed (\\d+))?");
        assertEquals("1", next.getFirst().group(1));
        // after frame 1, frames 2..10 went into a ring of 4 slots: the first one still there tells how
        // many were lost before it, and the rest follow without loss up to frame 10
        Matcher firstAfterLap = next.get(1);
        long first = Long.parseLong(firstAfterLap.group(1));
        assertEquals(first - 2, Long.parseLong(firstAfterLap.group(2)));
        assertEquals(10 - first + 2, next.size(), out.text());
        assertEquals("10", next.getLast().group(1));
        out.single("awaitNext\\(20 ms\\): nothing new");
        out.single("next\\(\\) with an idle strategy: frame 11, sequence 10");
        assertFalse(Files.exists(ShmNames.path(channel)));
    }
}
