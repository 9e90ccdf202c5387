package io.shmx.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.Frame;
import io.shmx.ShmxClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The original C++ producer (its Server, the generated header, the recipe) read by Java: typed and untyped, latest and next. */
class CppProducerJavaReaderInteropTest {
    private static final int FRAMES = 2000;

    /** Publishes frames 1..count in the peer, in the background. */
    private static CompletableFuture<String> publishAsync(Peer peer, long from, long count, int blob, int paceUs, int abandonEvery) {
        return CompletableFuture.supplyAsync(() -> peer.call("publish " + from + " " + count + " " + blob + " " + paceUs + " "
                + abandonEvery, 120));
    }

    @Test
    void typedReaderNextAndLatestGetEveryDtypeExactly() throws Exception {
        try (Channels ch = new Channels(); Peer cpp = Peer.start("producer")) {
            String name = ch.name("typed");
            cpp.call("create " + name + " 64 8192 4096 16");
            try (AllTypesReader reader = AllTypesReader.open(name, Duration.ofSeconds(5))) {
                CompletableFuture<String> done = publishAsync(cpp, 1, FRAMES, 0, 20, 0);
                long received = 0;
                long missed = 0;
                long lastSeq = 0;
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (lastSeq < FRAMES && System.nanoTime() < deadline) {
                    AllTypesView v = reader.next();
                    if (v == null) {
                        Thread.onSpinWait();
                        continue;
                    }
                    AllTypes got = v.toRecord();
                    Recipe.assertExact(got);
                    assertTrue(got.seq() > lastSeq, "next() went back from seq " + lastSeq + " to " + got.seq());
                    assertEquals(got.seq(), v.frameId(), "frame id and seq of an original producer's frame");
                    missed += v.missed();
                    lastSeq = got.seq();
                    received++;
                }
                assertEquals("ok publish published=" + FRAMES + " abandoned=0", done.get());
                assertEquals(FRAMES, lastSeq, "the last frame next() returned");
                assertEquals(FRAMES, received + missed, "received + missed frames");
                AllTypesView latest = reader.latest();
                assertNotNull(latest, "latest() after the producer stopped");
                Recipe.assertExact(latest.toRecord());
                assertEquals(FRAMES, latest.toRecord().seq());
                System.out.println("interop: C++ -> Java typed next: " + received + " frames exact, " + missed + " missed");
            }
        }
    }

    @Test
    void untypedClientNextAndLatestGetEveryStreamsBytesExactly() throws Exception {
        try (Channels ch = new Channels(); Peer cpp = Peer.start("producer")) {
            String name = ch.name("untyped");
            cpp.call("create " + name + " 64 8192 4096 16");
            try (ShmxClient client = ShmxClient.open(name, Duration.ofSeconds(5))) {
                CompletableFuture<String> done = publishAsync(cpp, 1, FRAMES, 0, 20, 0);
                long received = 0;
                long lastSeq = 0;
                long latestChecked = 0;
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (lastSeq < FRAMES && System.nanoTime() < deadline) {
                    Frame f = client.next();
                    if (f == null) {
                        Thread.onSpinWait();
                        continue;
                    }
                    long seq = Recipe.assertExactUntyped(f);
                    assertTrue(f.isValid(), "frame seq " + seq + " was overwritten while checked (64 slots, 20 us pace)");
                    assertTrue(seq > lastSeq, "next() went back from seq " + lastSeq + " to " + seq);
                    lastSeq = seq;
                    received++;
                    if (received % 100 == 0) {
                        Frame l = client.latest();
                        if (l != null) {
                            long ls = Recipe.assertExactUntyped(l);
                            if (l.isValid()) {
                                assertTrue(ls >= seq, "latest() older than next()");
                                latestChecked++;
                            }
                        }
                    }
                }
                done.get();
                assertEquals(FRAMES, lastSeq);
                Frame last = client.latest();
                assertNotNull(last);
                assertEquals(FRAMES, Recipe.assertExactUntyped(last));
                System.out.println("interop: C++ -> Java untyped next: " + received + " frames exact, latest checked "
                        + (latestChecked + 1) + " times");
            }
        }
    }

    @Test
    void oneMebibyteFramesReadExactly() throws Exception {
        int blob = 1 << 20;
        try (Channels ch = new Channels(); Peer cpp = Peer.start("producer")) {
            String name = ch.name("mib");
            cpp.call("create " + name + " 3 " + (blob + 8192) + " 4096 16");
            try (AllTypesReader typed = AllTypesReader.open(name, Duration.ofSeconds(5));
                 ShmxClient untyped = ShmxClient.open(name)) {
                for (long k = 1; k <= 4; k++) {
                    cpp.call("publish " + k + " 1 " + blob + " 0 0");
                    AllTypesView v = typed.next();
                    assertNotNull(v, "next() of 1 MiB frame " + k);
                    AllTypes got = v.toRecord();
                    assertEquals(k, got.seq());
                    assertEquals(blob, got.blob().length);
                    Recipe.assertExact(got);
                    Frame f = untyped.latest();
                    assertNotNull(f, "latest() of 1 MiB frame " + k);
                    assertEquals(k, Recipe.assertExactUntyped(f));
                }
            }
        }
    }

    /**
     * Issue 13.1: an original producer that begins every third frame and never publishes it. Each
     * abandoned reservation moves reserve_index ahead of the frame ids, and next() compared the
     * frame id with reserve_index: after {@code slots} of them it returned null for ever.
     */
    @Test
    void nextKeepsReadingWhenTheOriginalProducerAbandonsEveryThirdFrame() throws Exception {
        int frames = 600;
        try (Channels ch = new Channels(); Peer cpp = Peer.start("producer")) {
            String name = ch.name("abandon");
            cpp.call("create " + name + " 4 8192 4096 16");
            try (AllTypesReader reader = AllTypesReader.open(name, Duration.ofSeconds(5))) {
                CompletableFuture<String> done = publishAsync(cpp, 1, frames, 0, 200, 3);
                long received = 0;
                long lastSeq = 0;
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (!(done.isDone() && lastSeq == frames) && System.nanoTime() < deadline) {
                    AllTypesView v = reader.next();
                    if (v == null) {
                        Thread.onSpinWait();
                        continue;
                    }
                    AllTypes got = v.toRecord();
                    if (!v.isValid()) {
                        continue; // overwritten (or its slot re-begun) while copied: not a frame we returned
                    }
                    Recipe.assertExact(got);
                    assertTrue(got.seq() > lastSeq);
                    lastSeq = got.seq();
                    received++;
                }
                String published = done.get();
                assertEquals("ok publish published=" + frames + " abandoned=" + frames / 2, published,
                        "every third begin abandoned");
                assertEquals(frames, lastSeq, "next() reached the last frame (received " + received + ")");
                assertTrue(received > frames / 4, "next() returned " + received + " of " + frames + " frames");
                System.out.println("interop: abandoned reservations: next() returned " + received + " of " + frames
                        + " frames, " + published);
            }
        }
    }
}
