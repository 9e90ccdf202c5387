package behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ChannelNotFoundException;
import io.shmx.DType;
import io.shmx.SchemaMismatchException;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.processor.behaviour.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * {@code open(channel, waitForProducer)}: a reader started before its producer gets the producer's
 * frames; a channel that never appears fails naming it; a channel that appears with other streams
 * is refused like {@code open(channel)} refuses it.
 */
public final class WaitForProducer implements Scenario {
    private static final int FRAMES = 3;

    @Override
    public void run(String channel) throws Exception {
        readerStartedBeforeProducerGetsItsFrames(channel);
        String other = channel + "-b";
        timeoutNamesTheChannel(other);
        waitedChannelIsCheckedAgainstTheSchema(other);
    }

    private static void readerStartedBeforeProducerGetsItsFrames(String channel) throws Exception {
        assertThrows(ChannelNotFoundException.class, () -> AllTypesReader.open(channel),
                "without a wait, a channel that does not exist yet fails at once");
        CountDownLatch readerOpened = new CountDownLatch(1);
        CountDownLatch readerDone = new CountDownLatch(1);
        FutureTask<Long> producer = new FutureTask<>(() -> {
            Thread.sleep(200);
            try (AllTypesWriter writer = AllTypesWriter.create(channel)) {
                assertTrue(readerOpened.await(10, TimeUnit.SECONDS), "the waiting reader opened the channel");
                long last = 0;
                for (int i = 1; i <= FRAMES; i++) {
                    last = writer.publish(Values.sample(i), i);
                }
                assertTrue(readerDone.await(10, TimeUnit.SECONDS), "the reader read its frames");
                return last;
            }
        });
        Thread producerThread = Thread.ofPlatform().daemon().name("wait-for-producer").start(producer);
        try (AllTypesReader reader = AllTypesReader.open(channel, Duration.ofSeconds(10))) {
            readerOpened.countDown();
            assertEquals(channel, reader.channel());
            for (int i = 1; i <= FRAMES; i++) {
                AllTypesView view = reader.awaitNext(Duration.ofSeconds(5));
                assertNotNull(view, "frame " + i + " of the producer that started after the reader");
                assertEquals(i, view.frameId());
                assertEquals(0, view.missedBefore(), "a reader attached before the first frame misses none");
                Values.assertRoundTrip(Values.sample(i), view.toRecord());
            }
        } finally {
            readerOpened.countDown();
            readerDone.countDown();
            producerThread.join(10_000); // its region exists before the channel is cleaned up
        }
        assertEquals(FRAMES, producer.get(0, TimeUnit.SECONDS), "the producer's last frame id");
    }

    private static void timeoutNamesTheChannel(String channel) {
        ChannelNotFoundException e = assertThrows(ChannelNotFoundException.class,
                () -> AllTypesReader.open(channel, Duration.ofMillis(100)));
        String m = e.getMessage();
        assertTrue(m.startsWith("channel '" + channel + "' did not appear within "), m);
        assertTrue(m.contains("/dev/shm/" + channel + " does not exist"), m);
    }

    private static void waitedChannelIsCheckedAgainstTheSchema(String channel) {
        List<StreamSpec> streams = new ArrayList<>(AllTypesSchema.streams());
        streams.set(6, StreamSpec.of(AllTypesSchema.U32_ID, "u32", DType.U32, 2));
        try (ShmxServer server = ShmxServer.create(channel, streams)) {
            SchemaMismatchException e = assertThrows(SchemaMismatchException.class,
                    () -> AllTypesReader.open(channel, Duration.ofSeconds(1)));
            String m = e.getMessage();
            assertTrue(m.startsWith("channel '" + channel + "' does not match schema all-types (behaviour.AllTypes): "), m);
            assertTrue(m.contains("stream 'u32' (id 7) has 2 components, expected 1"), m);
            assertEquals(0, server.headerInfo().readersConnected(), "the refused reader released its slot");
        }
    }
}
