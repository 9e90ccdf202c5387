package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.Layout;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.testing.TestChannels;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code inspect NAME} on a channel created by the test. */
class LiveInspectTest {
    @RegisterExtension
    final TestChannels channels = new TestChannels("tool");

    @Test
    void jsonOfALiveChannel() {
        byte[] extra = {(byte) 0xCA, (byte) 0xFE};
        List<StreamSpec> streams = List.of(
                StreamSpec.of(7, "pos", DType.F32, 3, Layout.AOS_VECTOR, extra),
                StreamSpec.of(9, "count", DType.U64, 1));
        ShmxServer server = channels.create("json", ChannelConfig.defaults().withSlots(4).withFrameBytesCap(4096).withKeepRegionOnClose(true),
                streams);
        server.beginFrame().append(7, new float[] {1, 2, 3, 4, 5, 6}, 2).append(9, new long[] {-1L}, 1).publish(0.5);
        long fid = server.beginFrame().append(7, new float[] {7, 8, 9}, 1).append(9, new long[] {42}, 1).publish(1.5);

        try (ShmxClient client = ShmxClient.open(server.name())) {
            assertEquals(fid, client.latest().frameId());
            ToolRun run = ToolRun.of("inspect", server.name(), "--json");
            assertEquals(ExitCodes.OK, run.status(), run::toString);
            JsonNode j = run.json();

            assertEquals(BigInteger.valueOf(2), j.get("frame_seq").bigIntegerValue());
            assertEquals(j.get("header").get("frame_seq"), j.get("frame_seq"));
            assertEquals(new BigInteger(Long.toUnsignedString(server.headerInfo().sessionId())),
                    j.get("session_id").bigIntegerValue());
            assertEquals(BigInteger.valueOf(4), j.get("header").get("slots").bigIntegerValue());
            assertEquals(BigInteger.ONE, j.get("readers_connected").bigIntegerValue());

            JsonNode pos = j.get("streams").get(0);
            assertEquals("pos", pos.get("name").textValue());
            assertEquals("F32", pos.get("dtype").textValue());
            assertEquals(12, pos.get("dtype_code").intValue());
            assertEquals(3, pos.get("components").intValue());
            assertEquals("AOS_VECTOR", pos.get("layout").textValue());
            assertEquals(12, pos.get("bytes_per_elem").intValue());
            assertEquals("cafe", pos.get("extra").textValue());
            assertEquals("", j.get("streams").get(1).get("extra").textValue());

            JsonNode reader = j.get("readers").get(0);
            assertTrue(reader.get("in_use").booleanValue());
            assertEquals(BigInteger.valueOf(fid), reader.get("last_frame_seen").bigIntegerValue());
            assertTrue(reader.get("reader_id").bigIntegerValue().signum() > 0);
            assertEquals(Long.toUnsignedString(client.readerId()), reader.get("reader_id_str").textValue(),
                    "the exact id as a string");
            assertEquals(reader.get("reader_id").bigIntegerValue().toString(), reader.get("reader_id_str").textValue());
            assertEquals(Long.toUnsignedString(server.headerInfo().sessionId()), j.get("session_id_str").textValue());
            assertTrue(reader.get("heartbeat_age_ns").isIntegralNumber(), "a live reader's heartbeat has an age");
            assertEquals(0, reader.get("lag_frames").longValue(), "the reader has read the newest frame");

            assertEquals("yes", j.get("producer_alive").textValue());
            assertEquals("alive", j.get("producer_state").textValue());
            assertEquals(ProcessHandle.current().pid(), j.get("producer_pid").longValue());
            assertEquals(4, j.get("slots").size(), "every frame slot");
            assertEquals(BigInteger.valueOf(fid), j.get("slots").get((int) ((fid - 1) % 4)).get("frame_id")
                    .bigIntegerValue());

            JsonNode latest = j.get("latest");
            assertEquals(BigInteger.valueOf(fid), latest.get("frame_id").bigIntegerValue());
            assertEquals(1.5, latest.get("sim_time").doubleValue());
            JsonNode s0 = latest.get("streams").get(0);
            assertEquals("pos", s0.get("name").textValue());
            assertEquals(1, s0.get("elem_count").intValue());
            assertEquals(12, s0.get("bytes").intValue());
            ByteBuffer floats = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putFloat(7).putFloat(8).putFloat(9);
            assertEquals(HexFormat.of().formatHex(floats.array()), s0.get("data").textValue());
            assertEquals("2a00000000000000", latest.get("streams").get(1).get("data").textValue());

            server.close();
            JsonNode closed = ToolRun.of("inspect", server.name(), "--json").json();
            assertEquals("no", closed.get("producer_alive").textValue());
            assertEquals("closed", closed.get("producer_state").textValue());
            assertEquals(0, closed.get("producer_pid").longValue());
        }
    }

    @Test
    void textOfALiveChannelShowsHeartbeatAgeAndLag() {
        ShmxServer server = channels.create("text", ChannelConfig.defaults(), TestChannels.QUICKSTART);
        try (ShmxClient client = ShmxClient.open(server.name())) {
            TestChannels.publishQuickstart(server, 1);
            client.latest();
            TestChannels.publishQuickstart(server, 2);
            TestChannels.publishQuickstart(server, 3);
            ToolRun run = ToolRun.of("inspect", server.name());
            assertEquals(ExitCodes.OK, run.status(), run::toString);
            String readerLine = run.out().lines().filter(l -> l.contains("0x") && l.contains(" yes "))
                    .findFirst().orElseThrow(() -> new AssertionError(run.toString()));
            // age is a duration (live channel), last frame 1, lag 2
            assertTrue(readerLine.matches(".*\\d+(\\.\\d)? (ns|us|ms|s)\\s+1\\s+2$"), readerLine);
            assertTrue(run.out().startsWith("shmx region '" + server.name() + "'  format 2.0  producer alive: yes"),
                    run::toString);
            assertTrue(run.out().contains("Latest frame: id 3, sim_time 0.03"), run::toString);
            assertTrue(run.out().contains("[3.0, 4.0, 5.0, 6.0, ... 6 more]"), run::toString);
        }
    }
}
