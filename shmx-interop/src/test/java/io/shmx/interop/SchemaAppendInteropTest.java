package io.shmx.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.HeaderInfo;
import io.shmx.ShmxClient;
import io.shmx.StreamSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** write_static_append across languages: the other side refreshes and reads on. */
class SchemaAppendInteropTest {

    @Test
    void javaReaderSeesTheOriginalProducersAppend() throws Exception {
        try (Channels ch = new Channels(); Peer cpp = Peer.start("producer")) {
            String name = ch.name("append-c");
            cpp.call("create " + name + " 4 8192 4096 16");
            try (ShmxClient client = ShmxClient.open(name, Duration.ofSeconds(5))) {
                HeaderInfo before = client.headerInfo();
                String r = cpp.call("append calibration=1.25");
                assertEquals(before.staticBytesUsed() + "calibration=1.25".length(), Peer.num(r, "used"), r);
                client.refreshStatic();
                HeaderInfo after = client.headerInfo();
                assertEquals(before.staticGen() + 1, after.staticGen(), "static_gen after the append");
                assertEquals(Peer.num(r, "used"), after.staticBytesUsed());
                assertEquals(19, client.streams().size(), "the directory's streams survive raw appended bytes");
                cpp.call("publish 5 1 0 0 0");
                assertNotNull(client.latest(), "frames after the append");
                assertEquals(5, Recipe.assertExactUntyped(client.latest()));
            }
        }
    }

    @Test
    void originalReaderSeesTheJavaProducersAppendAndNewStream() throws Exception {
        try (Channels ch = new Channels(); Peer cpp = Peer.start("reader")) {
            String name = ch.name("append-j");
            AllTypesWriter writer = AllTypesWriter.create(name, ChannelConfig.defaults().withCompatibility(true));
            try {
                cpp.call("open " + name + " 5000");
                String r0 = cpp.call("refresh");
                assertEquals(19, Peer.num(r0, "streams"), r0);
                assertEquals(1, Peer.num(r0, "verify"), "the generated C++ header verifies the Java directory: " + r0);
                writer.server().addStream(StreamSpec.of(40, "temperature", DType.F32, 1));
                String r1 = cpp.call("refresh");
                assertEquals(20, Peer.num(r1, "streams"), r1);
                assertEquals(Peer.num(r0, "gen") + 1, Peer.num(r1, "gen"), r1);
                assertEquals(Long.toUnsignedString(writer.server().headerInfo().staticHash()), Peer.fields(r1).get("hash"));
                byte[] note = "note".getBytes(StandardCharsets.UTF_8);
                writer.server().writeStaticAppend(note);
                String r2 = cpp.call("refresh");
                assertEquals(Peer.num(r1, "used") + note.length, Peer.num(r2, "used"), r2);
                assertEquals(20, Peer.num(r2, "streams"), r2);
                writer.publish(Recipe.frame(9, 9), 9);
                String read = cpp.call("read 2000 1");
                assertEquals(0, Peer.num(read, "bad"), read);
                assertEquals(9, Peer.num(read, "lastseq"), read);
                assertTrue(cpp.isAlive());
            } finally {
                writer.destroy();
            }
        }
    }
}
