package io.shmx.examples.demo;

import io.shmx.examples.testing.Output;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoMainTest {
    @RegisterExtension
    final ShmNames names = new ShmNames("demo");

    @Test
    void quickRunReportsEveryConsumer() throws InterruptedException {
        String channel = names.next();
        Output out = new Output();
        int status = DemoMain.run(new String[] {"--quick", "--seconds", "2", "--rate", "500", "--particles", "300",
                "--channel", channel}, out.stream());

        assertEquals(0, status, out.text());
        out.single("shmx demo: 1 producer and 2 consumer processes share channel '" + channel + "' for 2 s");
        out.single(" +while it runs, in another terminal: +\\./shmx list +\\./shmx top " + channel);
        assertFalse(out.matches(" +\\[ *[\\d.]+ / 2 s\\] +frame [\\d,]+ +[\\d,]+ frames/s +\\d readers").isEmpty(),
                "a progress line:\n" + out.text());
        Matcher producer = out.single(" +producer +([\\d,]+) frames in ([\\d.]+) s = ([\\d,]+) frames/s of 300 "
                + "particles, ([\\d.]+) KiB per frame .*");
        assertEquals(1000, number(producer.group(1)));
        // 300 particles: streams of 3600, 3600, 1200 and 8 bytes, each after a 24-byte record header,
        // padded to 16: 3632 + 3632 + 1232 + 32 = 8528 bytes
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", 8528 / 1024.0), producer.group(4));
        for (int i = 1; i <= 2; i++) {
            Matcher c = out.single(" +consumer " + i + " +([\\d,]+) received, ([\\d,]+) missed +one-way latency "
                    + "p50 ([\\d.]+ (?:ns|us|ms)) +p99 ([\\d.]+ (?:ns|us|ms)) +max ([\\d.]+ (?:ns|us|ms))"
                    + "(?: +\\([\\d,]+ of them overwritten while being read\\))?");
            assertEquals(1000, number(c.group(1)) + number(c.group(2)), c.group());
            assertTrue(number(c.group(1)) > 0, c.group());
        }
        out.single(" +Every consumer accounted for every frame: received \\+ missed = published\\.");
        out.single(" +\\./shmx list, \\./shmx inspect <channel> .*");
        assertFalse(Files.exists(ShmNames.path(channel)), "the demo's producer removed its region");
    }

    @Test
    void helpAndBadArguments() throws InterruptedException {
        Output out = new Output();
        assertEquals(0, DemoMain.run(new String[] {"--help"}, out.stream()));
        assertTrue(out.text().startsWith("usage: shmx demo"), out.text());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemoMain.run(new String[] {"--idle", "sleep"}, new Output().stream()));
        assertEquals("shmx demo: --idle takes one of [yield, backoff, spin], not 'sleep'", e.getMessage());
    }

    @Test
    void resultLinesRoundTrip() {
        DemoResult r = new DemoResult("consumer", Map.of("received", 5L));
        assertEquals("RESULT role=consumer received=5", r.toLine());
        assertEquals(r, DemoResult.parse(r.toLine()));
        assertEquals(5, DemoResult.parse("RESULT role=consumer  received=5").get("received"));
        assertThrows(IllegalArgumentException.class, () -> DemoResult.parse("RESULT received=5"));
        assertThrows(IllegalArgumentException.class, () -> r.get("missed"));
    }

    @Test
    void durationsAndSizesReadWell() {
        assertEquals(List.of("850 ns", "12.3 us", "4.57 ms", "512 B", "27.5 KiB", "26.8 MiB"),
                List.of(DemoReport.duration(850), DemoReport.duration(12_345), DemoReport.duration(4_567_000),
                        DemoReport.bytes(512), DemoReport.bytes(28_160), DemoReport.bytes(28_100_000)));
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }
}
