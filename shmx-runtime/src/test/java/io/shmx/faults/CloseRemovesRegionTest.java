package io.shmx.faults;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.ProducerState;
import io.shmx.ShmxClient;
import io.shmx.ShmxInspector;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 16: close() removes the region file by default, keeps it on request and in compatibility mode. */
class CloseRemovesRegionTest {
    static final ShmNames NAMES = new ShmNames("close");
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "v", DType.I64, 1));

    @AfterAll
    static void cleanup() {
        NAMES.close();
    }

    @Test
    void closeRemovesTheFileAndAttachedReadersSeeClosed() {
        String name = NAMES.next();
        ShmxServer s = ShmxServer.create(name, STREAMS);
        try (ShmxClient c = ShmxClient.open(name)) {
            s.close();
            assertFalse(Files.exists(s.file()), "close() removes /dev/shm/" + name);
            assertEquals(ProducerState.CLOSED, c.producerState(), "a reader already attached keeps its mapping");
        }
    }

    @Test
    void keepRegionOnCloseLeavesItForPostMortem() {
        String name = NAMES.next();
        ShmxServer s = ShmxServer.create(name, ChannelConfig.defaults().withKeepRegionOnClose(true), STREAMS);
        s.beginFrame().append(1, new long[]{7}, 1).publish(0);
        s.close();
        assertTrue(Files.exists(s.file()));
        try (ShmxInspector in = ShmxInspector.open(name)) {
            assertEquals(ProducerState.CLOSED, in.producerState());
            assertEquals(1, in.latest().frameId());
        }
        try (ShmxServer next = ShmxServer.create(name, STREAMS)) {
            assertEquals(0, next.framesPublished(), "the next producer replaces a kept region");
        }
        assertFalse(Files.exists(s.file()));
    }

    @Test
    void compatibilityModeKeepsTheFileUnlessToldOtherwise() {
        String kept = NAMES.next();
        ShmxServer a = ShmxServer.create(kept, ChannelConfig.defaults().withCompatibility(true), STREAMS);
        assertTrue(a.config().keepRegionOnClose());
        a.close();
        assertTrue(Files.exists(a.file()), "kept so that the next producer restarts it in place");
        String removed = NAMES.next();
        ShmxServer b = ShmxServer.create(removed, ChannelConfig.defaults().withCompatibility(true)
                .withKeepRegionOnClose(false), STREAMS);
        b.close();
        assertFalse(Files.exists(b.file()));
        String destroyed = NAMES.next();
        ShmxServer d = ShmxServer.create(destroyed, ChannelConfig.defaults().withKeepRegionOnClose(true), STREAMS);
        d.destroy();
        assertFalse(Files.exists(d.file()), "destroy() always removes");
    }

    @Test
    void closeNeverRemovesANewerRegionUnderTheName() {
        String name = NAMES.next();
        ShmxServer old = ShmxServer.create(name, STREAMS);
        try (ShmxServer newer = ShmxServer.create(name, ChannelConfig.defaults().withReplaceLive(true), STREAMS)) {
            old.close();
            assertTrue(Files.exists(newer.file()), "the replaced producer's close leaves the new region alone");
            try (ShmxClient c = ShmxClient.open(name)) {
                assertEquals(newer.sessionId(), c.sessionId());
                assertEquals(ProducerState.ALIVE, c.producerState());
            }
        }
    }
}
