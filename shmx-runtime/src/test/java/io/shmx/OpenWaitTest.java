package io.shmx;

import io.shmx.testing.ChildJvm;
import io.shmx.testing.Fixtures;
import io.shmx.testing.Publisher;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Opening a channel its producer has not created yet, or is still creating: {@link ShmxClient#open(String)}
 * waits for a half-created region, {@link ShmxClient#open(String, Duration)} and
 * {@link ShmxClient#awaitChannel} also for a missing one.
 */
class OpenWaitTest {
    @RegisterExtension
    static final ShmNames NAMES = new ShmNames("wait");
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "id", DType.U64, 1));

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Creates a region file the way a producer does, slowly: empty, then sized (all zeros), then the
     * header and content, the magic last. The bytes are the original library's fx_basic region.
     */
    static void createSlowly(Path file, long stepMillis) throws Exception {
        byte[] region = Fixtures.bytes("fx_basic");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            sleep(stepMillis);
            ch.write(ByteBuffer.wrap(new byte[1]), region.length - 1);
            sleep(stepMillis);
            ch.write(ByteBuffer.wrap(region, 8, region.length - 8), 8);
            ch.write(ByteBuffer.wrap(region, 0, 8), 0);
        }
    }

    @Test
    void openWaitsForARegionItsProducerIsStillCreating() throws Exception {
        String name = NAMES.next();
        Path file = ShmNames.path(name);
        Files.createFile(file);  // the producer's first step: an empty file
        CompletableFuture<Void> producer = CompletableFuture.runAsync(() -> {
            try {
                createSlowly(file, 300);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        long start = System.nanoTime();
        try (ShmxClient c = ShmxClient.open(name)) {
            assertTrue(System.nanoTime() - start >= 600_000_000L, "the open returned once the magic was written, "
                    + "after both 300 ms steps, not before");
            Frame f = c.latest();
            assertNotNull(f);
            assertEquals(6, f.frameId(), "the fixture's newest frame");
        }
        producer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRegionLeftHalfCreatedFailsAfterTheCreationWait() throws Exception {
        String name = NAMES.next();
        Path file = ShmNames.path(name);
        Files.write(file, new byte[4096]);  // sized, magic never written: a producer died while creating it
        long start = System.nanoTime();
        RegionNotReadyException e = assertThrows(RegionNotReadyException.class, () -> ShmxClient.open(name));
        long waited = System.nanoTime() - start;
        assertTrue(waited >= ShmxClient.CREATION_WAIT.toNanos(), "retried for the creation wait, " + waited + " ns");
        for (String part : List.of("channel '" + name + "'", "still being created", "ms", "rm " + file)) {
            assertTrue(e.getMessage().contains(part), part + " in: " + e.getMessage());
        }
    }

    @Test
    void openWithAWaitFindsAChannelCreatedLaterInAnotherThread() throws Exception {
        String name = NAMES.next();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<ShmxServer> producer = pool.submit(() -> {
                Thread.sleep(300);
                ShmxServer s = ShmxServer.create(name, STREAMS);
                s.beginFrame().append(1, new long[]{1}, 1).publish(0);
                return s;
            });
            try (ShmxClient c = ShmxClient.open(name, Duration.ofSeconds(20));
                 ShmxServer s = producer.get(20, TimeUnit.SECONDS)) {
                Frame f = c.awaitNext(Duration.ofSeconds(10));
                assertNotNull(f);
                assertEquals(1, f.frameId());
                assertEquals(1, s.headerInfo().readersConnected());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void openWithAWaitFindsAChannelCreatedByAnotherProcess() throws Exception {
        String name = NAMES.next();
        CompletableFuture<ShmxClient> opening = CompletableFuture.supplyAsync(
                () -> ShmxClient.open(name, Duration.ofSeconds(60)));
        try (ChildJvm child = new ChildJvm(Publisher.class, "count", name)) {
            child.expect("READY");
            try (ShmxClient c = opening.get(60, TimeUnit.SECONDS)) {
                child.send("PUBLISH 3");
                child.expect("DONE");
                Frame f = c.latest();
                assertEquals(3, f.frameId());
                assertEquals(2, f.missedBefore(), "the reader attached before frame 1");
                assertEquals(ProducerState.ALIVE, c.producerState());
            }
            child.send("CLOSE");
            assertEquals(0, child.waitFor(30));
        }
    }

    @Test
    void aChannelThatNeverAppearsIsNamedWithTheTimeWaitedAndTheFix() {
        String name = NAMES.next();
        long start = System.nanoTime();
        ChannelNotFoundException e = assertThrows(ChannelNotFoundException.class,
                () -> ShmxClient.open(name, Duration.ofMillis(200)));
        assertTrue(System.nanoTime() - start >= 200_000_000L, "waited the whole time");
        for (String part : List.of("channel '" + name + "'", "did not appear within", " ms", "/dev/shm/" + name,
                "ShmxServer.create", "same channel name")) {
            assertTrue(e.getMessage().contains(part), part + " in: " + e.getMessage());
        }
        assertInstanceOf(ChannelNotFoundException.class, e.getCause());

        e = assertThrows(ChannelNotFoundException.class, () -> ShmxClient.open(name));
        assertTrue(e.getMessage().contains("does not exist"), "no wait: the plain message, " + e.getMessage());
    }

    @Test
    void anInterruptEndsTheWait() throws Exception {
        String name = NAMES.next();
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        Thread waiter = Thread.ofPlatform().start(() -> {
            try {
                ShmxClient.open(name, Duration.ofMinutes(10)).close();
                failure.complete(null);
            } catch (Throwable t) {
                failure.complete(t);
            }
        });
        sleep(100);
        waiter.interrupt();
        Throwable t = failure.get(30, TimeUnit.SECONDS);
        ChannelNotFoundException e = assertInstanceOf(ChannelNotFoundException.class, t);
        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
        waiter.join();
    }

    @Test
    void awaitChannelWaitsWithoutTakingAReaderSlot() throws Exception {
        String name = NAMES.next();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<ShmxServer> producer = pool.submit(() -> {
                Thread.sleep(200);
                return ShmxServer.create(name, STREAMS);
            });
            ShmxClient.awaitChannel(name, Duration.ofSeconds(20));
            try (ShmxServer s = producer.get(20, TimeUnit.SECONDS)) {
                assertEquals(0, s.headerInfo().readersConnected(), "waiting claimed no reader slot");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badWaitsAreRefused() {
        String name = NAMES.next();
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> ShmxClient.open(name, Duration.ofSeconds(-1)));
        assertTrue(e.getMessage().contains("zero or more"), e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> ShmxClient.open(name, null));
        assertTrue(e.getMessage().contains("null"), e.getMessage());
    }
}
