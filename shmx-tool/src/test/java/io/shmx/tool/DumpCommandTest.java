package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shmx.ChannelConfig;
import io.shmx.ShmxServer;
import io.shmx.testing.Fixtures;
import io.shmx.testing.ProducerThread;
import io.shmx.testing.ShmNames;
import io.shmx.testing.TestChannels;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** {@code dump NAME PATH} then {@code inspect --file PATH}: the snapshot reads back as the live region. */
class DumpCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final TestChannels channels = new TestChannels("tool");

    @Test
    void roundTripOfAnIdleChannel() throws Exception {
        ShmxServer server = channels.createQuickstart("dump", ChannelConfig.defaults().withSlots(4), 6);
        Path file = dir.resolve("snap.shmx");
        ToolRun dump = ToolRun.of("dump", server.name(), file.toString());
        assertEquals(ExitCodes.OK, dump.status(), dump::toString);
        assertTrue(dump.out().contains("frame_seq 6, consistent"), dump::toString);
        assertEquals(Files.size(ShmNames.path(server.name())), Files.size(file));

        ToolRun live = ToolRun.of("inspect", server.name(), "--json");
        ToolRun saved = ToolRun.of("inspect", "--file", file.toString(), "--json");
        assertEquals(ExitCodes.OK, saved.status(), saved::toString);
        assertEquals(withoutLiveState(live.json()), withoutLiveState(saved.json()),
                "the snapshot reads exactly as the idle live region");
        assertEquals("yes", live.json().get("producer_alive").textValue());
        assertEquals("no", saved.json().get("producer_alive").textValue(), "no producer holds a saved file");
        assertEquals(6, saved.json().get("latest").get("frame_id").intValue());
        assertArrayEquals(Files.readAllBytes(ShmNames.path(server.name())), Files.readAllBytes(file),
                "byte for byte");
        server.destroy();
        ToolRun afterwards = ToolRun.of("inspect", "--file", file.toString());
        assertEquals(ExitCodes.OK, afterwards.status(), "the snapshot outlives the channel: " + afterwards);
    }

    /** A region the original library wrote, placed in /dev/shm, dumps to a byte-identical file that reads the same. */
    @ParameterizedTest
    @FieldSource("io.shmx.testing.Fixtures#NAMES")
    void roundTripOfEveryFixture(String fixture) throws Exception {
        Path original = Fixtures.file(fixture, dir);
        String name = channels.reserveName(fixture);
        Files.copy(original, ShmNames.path(name));
        Path file = dir.resolve(fixture + ".dump");
        ToolRun dump = ToolRun.of("dump", name, file.toString());
        assertEquals(ExitCodes.OK, dump.status(), dump::toString);
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(file));
        ToolRun live = ToolRun.of("inspect", name, "--json");
        ToolRun saved = ToolRun.of("inspect", "--file", file.toString(), "--json");
        assertEquals(ExitCodes.OK, saved.status(), saved::toString);
        assertEquals(withoutLiveState(live.json()), withoutLiveState(saved.json()));
        assertEquals(ToolRun.fixtureJson(fixture).get("header").get("session_id").bigIntegerValue(),
                saved.json().get("session_id").bigIntegerValue());
    }

    /** Under a producer publishing flat out, the snapshot's latest frame is whole: every element = its frame id. */
    @Test
    void consistentUnderAFlatOutProducer() {
        int elems = 2048;
        ShmxServer server = channels.create("busy", ChannelConfig.defaults().withSlots(3).withFrameBytesCap(64 * 1024),
                ProducerThread.STAMPS);
        try (ProducerThread producer = ProducerThread.stamps(server, elems)) {
            producer.awaitPublished(100);
            for (int round = 0; round < 3; round++) {
                Path file = dir.resolve("busy" + round);
                ToolRun dump = ToolRun.of("dump", server.name(), file.toString());
                assertEquals(ExitCodes.OK, dump.status(), dump::toString);
                JsonNode latest = ToolRun.of("inspect", "--file", file.toString(), "--json").json().get("latest");
                assertTrue(latest != null && !latest.isNull(), "the snapshot has a latest frame");
                long id = latest.get("frame_id").longValue();
                assertEquals((double) id, latest.get("sim_time").doubleValue());
                byte[] data = HexFormat.of().parseHex(latest.get("streams").get(0).get("data").textValue());
                ProducerThread.assertStamped(id, MemorySegment.ofArray(data), elems);
            }
        }
    }

    @Test
    void unwritableTarget() {
        ShmxServer server = channels.create("unwritable", ChannelConfig.defaults(), TestChannels.QUICKSTART);
        ToolRun run = ToolRun.of("dump", server.name(), dir.resolve("no/such/dir/x").toString());
        assertEquals(ExitCodes.REGION, run.status(), run::toString);
        assertTrue(run.err().contains("cannot dump region '" + server.name() + "'"), run::toString);
    }

    /**
     * The report without what only a live region has: the producer's liveness (a saved file's is
     * unknown) and the readers' heartbeat ages (measured against this machine's clock).
     */
    static JsonNode withoutLiveState(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove(List.of("producer_alive", "producer_state", "producer_pid"));
        for (JsonNode reader : copy.get("readers")) {
            ((ObjectNode) reader).remove("heartbeat_age_ns");
        }
        return copy;
    }
}
