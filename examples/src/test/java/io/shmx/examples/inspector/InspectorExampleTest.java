package io.shmx.examples.inspector;

import io.shmx.ChannelNotFoundException;
import io.shmx.examples.testing.Output;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InspectorExampleTest {
    @RegisterExtension
    final ShmNames names = new ShmNames("inspect");

    @Test
    void printsHeaderStreamsReadersAndLatestFrame() {
        String channel = names.next();
        Output out = new Output();
        InspectorExample.inspectOwnChannel(channel, out.stream());

        out.single("=== channel '" + channel + "' ===");
        out.single("producer: +ALIVE");
        out.single("session id: +[0-9a-f]+");
        out.single("static generation: 1");
        out.single("frames published: +3");
        out.single("readers connected: 1");
        out.single("ring: +3 slots of 65536 payload bytes");
        out.single(" +\\[1\\] frame_id +U64 x 1 +SOA_SCALAR +8 bytes per element");
        out.single(" +\\[2\\] timestamp +F64 x 1 +SOA_SCALAR +8 bytes per element");
        out.single(" +\\[3\\] data +F32 x 1 +SOA_SCALAR +4 bytes per element");
        out.single(" +slot \\d+: reader [0-9a-f]+, last frame seen 3, heartbeat [\\d.]+ ms ago");
        out.single("latest frame: id 3, sim time 0\\.500, \\d+ payload bytes");
        out.single(" +frame_id +\\[2\\]");
        out.single(" +timestamp +\\[1\\.700000002E9\\]");
        out.single(" +data +\\[2\\.0, 2\\.5, 3\\.0, 3\\.5, \\.\\.\\. 1 more\\]");
        assertFalse(Files.exists(ShmNames.path(channel)));
    }

    @Test
    void aMissingChannelIsNamed() {
        String channel = names.next();
        ChannelNotFoundException e = assertThrows(ChannelNotFoundException.class,
                () -> InspectorExample.inspect(channel, new Output().stream()));
        assertTrue(e.getMessage().contains(channel), e.getMessage());
    }
}
