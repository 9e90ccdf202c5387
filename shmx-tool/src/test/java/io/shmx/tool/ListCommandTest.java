package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.shmx.ChannelConfig;
import io.shmx.ShmxServer;
import io.shmx.testing.ChildJvm;
import io.shmx.testing.Fixtures;
import io.shmx.testing.Publisher;
import io.shmx.testing.ShmNames;
import io.shmx.testing.TestChannels;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code list}: shmx regions with their figures; other files skipped; unreadable ones reported. */
class ListCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final TestChannels channels = new TestChannels("tool");

    private static JsonNode region(JsonNode list, String name) {
        for (JsonNode r : list.get("regions")) {
            if (r.get("name").textValue().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("region " + name + " not listed in " + list);
    }

    @Test
    void fixturesInADirectory() throws IOException {
        for (String f : Fixtures.NAMES) {
            Fixtures.file(f, dir);
        }
        Files.writeString(dir.resolve("notes.txt"), "not a region, and longer than nothing at all ".repeat(10));
        Files.write(dir.resolve("tiny"), new byte[] {1});
        byte[] basic = Files.readAllBytes(dir.resolve("fx_basic"));
        Files.write(dir.resolve("fx_cut"), Arrays.copyOf(basic, 4096));

        ToolRun run = ToolRun.of("list", "--dir", dir.toString(), "--json");
        assertEquals(ExitCodes.OK, run.status(), run::toString);
        JsonNode list = run.json();
        List<String> names = new ArrayList<>();
        list.get("regions").forEach(r -> names.add(r.get("name").textValue()));
        assertEquals(Fixtures.NAMES, names, "sorted shmx regions only");
        for (String f : Fixtures.NAMES) {
            JsonNode expected = ToolRun.fixtureJson(f);
            JsonNode header = expected.get("header");
            JsonNode r = region(list, f);
            assertEquals(expected.get("file_bytes").bigIntegerValue(), r.get("size").bigIntegerValue(), f);
            assertEquals(header.get("slots").bigIntegerValue(), r.get("slots").bigIntegerValue(), f);
            assertEquals(header.get("frame_bytes_cap").bigIntegerValue(), r.get("frame_bytes_cap").bigIntegerValue(), f);
            assertEquals(BigInteger.valueOf(expected.get("streams").size()), r.get("streams").bigIntegerValue(), f);
            assertEquals(header.get("frame_seq").bigIntegerValue(), r.get("frame_seq").bigIntegerValue(), f);
            assertEquals(header.get("readers_connected").bigIntegerValue(), r.get("readers_connected").bigIntegerValue(), f);
            // the original library takes no producer lock: its producers' liveness cannot be told
            assertEquals("unknown", r.get("producer_alive").textValue(), f);
            assertEquals("unknown", r.get("producer_state").textValue(), f);
            assertEquals(0, r.get("producer_pid").intValue(), f);
            assertEquals(System.getProperty("user.name"), r.get("owner").textValue(), f);
            assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(f))),
                    r.get("permissions").textValue(), f);
        }
        JsonNode unreadable = list.get("unreadable");
        assertEquals(1, unreadable.size(), run::toString);
        assertEquals(dir.resolve("fx_cut").toString(), unreadable.get(0).get("path").textValue());
        assertTrue(unreadable.get(0).get("reason").textValue().contains("truncated"), run::toString);
    }

    @Test
    void textTable() throws IOException {
        Fixtures.file("fx_basic", dir);
        Files.write(dir.resolve("fx_cut"), Arrays.copyOf(Files.readAllBytes(dir.resolve("fx_basic")), 200));
        ToolRun run = ToolRun.of("list", "--dir", dir.toString());
        assertEquals(ExitCodes.OK, run.status(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run::toString);
        assertTrue(lines.get(0).startsWith("NAME"), run::toString);
        assertTrue(lines.get(1).matches("fx_basic\\s+325\\.4 KiB\\s+4\\s+64\\.0 KiB\\s+3\\s+6\\s+1\\s+unknown\\s+\\S+:\\S+\\s+rw.*"),
                lines.get(1));
        assertTrue(run.err().contains("unreadable: " + dir.resolve("fx_cut") + " is truncated"), run::toString);
    }

    @Test
    void emptyDirectoryAndMissingDirectory() {
        ToolRun run = ToolRun.of("list", "--dir", dir.toString());
        assertEquals(ExitCodes.OK, run.status(), run::toString);
        assertEquals("no shmx regions", run.out().strip());
        ToolRun missing = ToolRun.of("list", "--dir", dir.resolve("nope").toString());
        assertEquals(ExitCodes.REGION, missing.status(), missing::toString);
    }

    @Test
    void liveChannelInDevShm() {
        ShmxServer server = channels.createQuickstart("list",
                ChannelConfig.defaults().withSlots(5).withFrameBytesCap(8192).withKeepRegionOnClose(true), 7);
        ToolRun run = ToolRun.of("list", "--json");
        assertEquals(ExitCodes.OK, run.status(), run::toString);
        JsonNode r = region(run.json(), server.name());
        assertEquals(5, r.get("slots").intValue());
        assertEquals(8192, r.get("frame_bytes_cap").intValue());
        assertEquals(3, r.get("streams").intValue());
        assertEquals(7, r.get("frame_seq").intValue());
        assertEquals("rw-------", r.get("permissions").textValue(), "new regions are owner-only");
        assertEquals("yes", r.get("producer_alive").textValue(), "a producer in this JVM");
        ToolRun text = ToolRun.of("list");
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith(server.name() + " ")), text::toString);

        server.close(); // kept (keepRegionOnClose): the file stays, marked closed
        JsonNode closed = region(ToolRun.of("list", "--json").json(), server.name());
        assertEquals("closed", closed.get("producer_state").textValue(), closed::toString);
        assertEquals("no", closed.get("producer_alive").textValue(), closed::toString);
        assertEquals(7, closed.get("frame_seq").intValue());
    }

    /** A producer in another JVM: alive while it runs, dead once it was killed (region left behind). */
    @Test
    void producerAliveOrDead() throws Exception {
        String name = channels.reserveName("alive");
        try (ChildJvm child = new ChildJvm(Publisher.class, "count", name)) {
            child.expect("READY");
            child.send("PUBLISH 3");
            child.expect("DONE");
            JsonNode alive = region(ToolRun.of("list", "--json").json(), name);
            assertEquals("yes", alive.get("producer_alive").textValue(), alive::toString);
            assertEquals("alive", alive.get("producer_state").textValue(), alive::toString);
            assertEquals(child.pid(), alive.get("producer_pid").longValue());
            assertEquals(3, alive.get("frame_seq").intValue());
            child.kill();
        }
        assertTrue(Files.exists(ShmNames.path(name)), "a killed producer leaves its region");
        JsonNode dead = region(ToolRun.of("list", "--json").json(), name);
        assertEquals("no", dead.get("producer_alive").textValue(), dead::toString);
        assertEquals("dead", dead.get("producer_state").textValue(), dead::toString);
        assertEquals(0, dead.get("producer_pid").intValue(), dead::toString);
        ToolRun text = ToolRun.of("list");
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith(name + " ") && l.contains(" no ")), text::toString);
    }
}
