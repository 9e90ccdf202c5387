package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ChannelConfig;
import io.shmx.ControlSendResult;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.testing.Fixtures;
import io.shmx.testing.ProducerThread;
import io.shmx.testing.TestChannels;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code top}: one sample with {@code --once}; the plain-line loop ends when the region goes away. */
class TopCommandTest {
    private static final Pattern FRAMES_PER_SECOND = Pattern.compile("frames/s (\\S+)( k| M)?\\s");
    private static final Pattern LATEST = Pattern.compile("latest frame: id (\\d+)\\s+sim_time (\\S+)");

    @TempDir
    Path dir;

    @RegisterExtension
    final TestChannels channels = new TestChannels("tool");

    @Test
    void onceOnAPublishingChannel() throws Exception {
        ShmxServer server = channels.create("top", ChannelConfig.defaults(), TestChannels.QUICKSTART);
        ProducerThread publisher = ProducerThread.start(server, TestChannels::publishQuickstart, Duration.ofMillis(1));
        ToolRun run;
        try (publisher; ShmxClient client = ShmxClient.open(server.name())) {
            while (client.latest() == null) {
                Thread.onSpinWait();
            }
            assertEquals(ControlSendResult.SENT, client.sendControl(0x3000, new byte[40]));
            run = ToolRun.of("top", server.name(), "--once", "--interval", "300");
        }
        long published = publisher.stop();
        assertEquals(ExitCodes.OK, run.status(), run::toString);
        Matcher fps = FRAMES_PER_SECOND.matcher(run.out());
        assertTrue(fps.find(), run::toString);
        double rate = Double.parseDouble(fps.group(1)) * (fps.group(2) == null ? 1 : fps.group(2).equals(" k") ? 1e3 : 1e6);
        assertTrue(rate > 0 && rate <= 2000, () -> "frames/s " + rate + " for a ~1 kHz producer: " + run);
        assertTrue(run.out().contains("bytes/s "), run::toString);
        Matcher latest = LATEST.matcher(run.out());
        assertTrue(latest.find(), run::toString);
        long id = Long.parseLong(latest.group(1));
        assertTrue(id >= 1 && id <= published, run::toString);
        assertEquals(id / 100.0, Double.parseDouble(latest.group(2)), run::toString);
        assertTrue(run.out().contains("HEARTBEAT_AGE") && run.out().contains("CONTROL_RING"), run::toString);
        assertTrue(run.out().contains("readers: 1 connected of 16 slots"), run::toString);
        assertTrue(run.out().contains("1% (48/4080 B, 1 msg)"), run::toString);
    }

    @Test
    void onceOnASavedFile() {
        Path file = Fixtures.file("fx_basic", dir);
        ToolRun run = ToolRun.of("top", "--file", file.toString(), "--once", "--interval", "20");
        assertEquals(ExitCodes.OK, run.status(), run::toString);
        assertTrue(run.out().contains("frames/s 0.0 "), run::toString);
        assertTrue(run.out().contains("frames published 6"), run::toString);
        assertTrue(run.out().contains("latest frame: id 6   sim_time 0.06   128 payload bytes"), run::toString);
        // the one reader saw frame 5 of 6; its ring holds 3 messages of 4 + 0 + 17 bytes: 16 + 16 + 32 of 4080
        String reader = run.out().lines().filter(l -> l.contains("0x268D7746ECB98360")).findFirst()
                .orElseThrow(() -> new AssertionError(run.toString()));
        assertTrue(reader.matches("\\s+0\\s+0x268D7746ECB98360\\s+n/a\\s+5\\s+1\\s+2% \\(64/4080 B, 3 msgs\\)"), reader);

        // 128-byte rings (112 B of messages): reader 0 holds 3 x 20-byte messages (3 x 32 B), reader 1 one of 5 (16 B)
        ToolRun control = ToolRun.of("top", "--file", Fixtures.file("fx_control", dir).toString(), "--once",
                "--interval", "20");
        assertTrue(control.out().contains("86% (96/112 B, 3 msgs)"), control::toString);
        assertTrue(control.out().contains("14% (16/112 B, 1 msg)"), control::toString);
    }

    /** {@code shmx top ... | head}: once the output is closed, the loop ends instead of sampling forever. */
    @Test
    void endsWhenTheOutputIsClosed() throws Exception {
        Path file = Fixtures.file("fx_basic", dir);
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        CompletableFuture<Integer> top = CompletableFuture.supplyAsync(() -> Main.execute(
                new PrintWriter(closedPipe), new PrintWriter(new StringWriter()), "top", "--file", file.toString(),
                "--interval", "20"));
        assertEquals(ExitCodes.OK, top.get(30, TimeUnit.SECONDS));
    }

    @Test
    void plainLinesUntilTheRegionGoesAway() throws Exception {
        ShmxServer server = channels.createQuickstart("gone", ChannelConfig.defaults(), 1);
        CompletableFuture<ToolRun> top = CompletableFuture.supplyAsync(
                () -> ToolRun.of("top", server.name(), "--interval", "50"));
        Thread.sleep(400);
        server.destroy();
        ToolRun run = top.get(30, TimeUnit.SECONDS);
        assertEquals(ExitCodes.OK, run.status(), run::toString);
        assertTrue(run.out().contains("shmx top  region '" + server.name() + "'"), run::toString);
        assertTrue(run.err().contains("went away"), run::toString);
    }
}
