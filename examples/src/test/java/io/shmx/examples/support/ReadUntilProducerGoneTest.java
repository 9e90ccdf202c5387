package io.shmx.examples.support;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.Frame;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReadUntilProducerGoneTest {
    private static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "k", DType.U64, 1));

    @RegisterExtension
    final ShmNames names = new ShmNames("until-gone");

    private static void publish(ShmxServer server, int frames) {
        for (long k = 1; k <= frames; k++) {
            server.beginFrame().append(1, new long[] {k}, 1).publish(k);
        }
    }

    private static List<Long> frameIds(ReadUntilProducerGone<Frame> frames) {
        List<Long> ids = new ArrayList<>();
        for (Frame f; (f = frames.next()) != null; ) {
            ids.add(f.frameId());
        }
        return ids;
    }

    @Test
    void returnsTheFramesTheWaitsBringThenEndsWhenTheProducerHasClosed() {
        ShmxServer server = ShmxServer.create(names.next(), ChannelConfig.defaults().withSlots(8), STREAMS);
        try (ShmxClient client = ShmxClient.open(server.name())) {
            List<Duration> waits = new ArrayList<>();
            var frames = new ReadUntilProducerGone<>(client, d -> {
                waits.add(d);
                return client.awaitNext(d);
            }, client::next, Duration.ofMillis(20));
            publish(server, 2);
            server.close();
            assertEquals(List.of(1L, 2L), frameIds(frames));
            assertEquals(3, waits.size(), "two frames, then one empty wait before the producer's state is checked");
            assertEquals(List.of(Duration.ofMillis(20)), waits.stream().distinct().toList());
        } finally {
            server.destroy();
        }
    }

    @Test
    void keepsWaitingWhileTheProducerIsAliveThenReadsWhatItLeft() {
        ShmxServer server = ShmxServer.create(names.next(), ChannelConfig.defaults().withSlots(8), STREAMS);
        try (ShmxClient client = ShmxClient.open(server.name())) {
            int[] waits = {0};
            // every wait comes back empty: the frames can only come from the reads after the producer is gone
            var frames = new ReadUntilProducerGone<Frame>(client, d -> {
                if (++waits[0] == 3) {
                    publish(server, 3);
                    server.close();
                }
                return null;
            }, client::next, Duration.ofMillis(20));
            assertEquals(List.of(1L, 2L, 3L), frameIds(frames));
            assertEquals(3, waits[0], "empty waits go on while the producer is alive, and stop once it is gone");
            assertNull(frames.next());
            assertEquals(3, waits[0], "once all is read, no more waits");
        } finally {
            server.destroy();
        }
    }
}
