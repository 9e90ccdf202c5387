package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.shmx.ChannelConfig;
import io.shmx.ShmxServer;
import io.shmx.testing.ShmNames;
import io.shmx.testing.TestChannels;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command run inside a producer's JVM leaves the producer's liveness lock in place. The lock
 * is an fcntl lock, which belongs to the process and is dropped when the process closes ANY
 * descriptor of the file; another process is the only one that can tell (this JVM's runtime knows
 * its own producers), so a second JVM running {@code shmx list} checks after each command.
 */
class SameJvmProducerTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final TestChannels channels = new TestChannels("tool");

    @Test
    void everyCommandKeepsTheProducersLock() {
        ShmxServer server = channels.createQuickstart("samejvm", ChannelConfig.defaults().withSlots(4), 3);
        String name = server.name();
        String file = ShmNames.path(name).toString();
        assertAliveSeenFromAnotherProcess(name, "before any command");
        List<List<String>> commands = List.of(
                List.of("list"),
                List.of("list", "--json"),
                List.of("inspect", name),
                List.of("inspect", name, "--json"),
                List.of("inspect", "--file", file),
                List.of("top", name, "--once", "--interval", "20"),
                List.of("docs", "--channel", name),
                List.of("docs", "--file", file),
                List.of("dump", name, dir.resolve("snap").toString()));
        for (List<String> command : commands) {
            ToolRun run = ToolRun.of(command.toArray(String[]::new));
            assertEquals(ExitCodes.OK, run.status(), run::toString);
            assertAliveSeenFromAnotherProcess(name, "after `shmx " + String.join(" ", command) + "` in its JVM");
        }
        ToolRun notASchema = ToolRun.of("docs", file);
        assertEquals(ExitCodes.REGION, notASchema.status(), notASchema::toString);
        assertAliveSeenFromAnotherProcess(name, "after `shmx docs " + file + "` (a region named as a schema file)");
    }

    private static void assertAliveSeenFromAnotherProcess(String name, String when) {
        ToolRun list = ToolRun.inChildJvm("list", "--json");
        assertEquals(ExitCodes.OK, list.status(), list::toString);
        JsonNode region = null;
        for (JsonNode r : list.json().get("regions")) {
            if (r.get("name").textValue().equals(name)) {
                region = r;
            }
        }
        if (region == null) {
            throw new AssertionError("region " + name + " not listed by another process " + when + ": " + list);
        }
        assertEquals("alive", region.get("producer_state").textValue(), "producer state " + when + ": " + region);
        assertEquals(ProcessHandle.current().pid(), region.get("producer_pid").longValue(), when + ": " + region);
    }
}
