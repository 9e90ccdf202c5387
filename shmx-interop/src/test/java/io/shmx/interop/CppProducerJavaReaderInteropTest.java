package io.shmx.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.Frame;
import io.shmx.ShmxClient;
import io.shmx.ShmxException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The original C++ producer (its Server, the generated header, the recipe) read by Java: typed and untyped, latest and next. */
class CppProducerJavaReaderInteropTest {
    private static final int FRAMES = 2000;
    private static final int LOCKSTEP = 1000;
    private static final int CHUNK = 50;

    /** Publishes frames 1..count in the peer, in the background. */
    private static CompletableFuture<String> publishAsync(Peer peer, long from, long count, int blob, int paceUs, int abandonEvery) {
        return CompletableFuture.supplyAsync(() -> peer.call("publish " + from + " " + count + " " + blob + " " + paceUs + " "
                + abandonEvery, 120));
    }

    /** The view's record, or null when the producer overwrote the frame while it was copied (the view says so). */
    private static AllTypes copyOrNull(AllTypesView v) {
        try {
            return v.toRecord();
        } catch (ShmxException e) {
            assertFalse(v.isValid(), "toRecord() failed on a valid frame: " + e);
            return null;
        }
    }

    @Test
    void typedReaderNextAndLatestGetEveryDtypeExactly() throws Exception {
        try (Channels ch = new Channels(); Peer cpp = Peer.start("producer")) {
            String name = ch.name("typed");
            cpp.call("create " + name + " 64 8192 4096 16");
            try (AllTypesReader reader = AllTypesReader.open(name, Duration.ofSeconds(5))) {
                // lock step: chunks smaller than the ring, read while the producer waits: every frame, in order
                for (long from = 1; from <= LOCKSTEP; from += CHUNK) {
                    cpp.call("publish " + from + " " + CHUNK + " 0 0 0");
                    for (long k = from; k < from + CHUNK; k++) {
                        AllTypesView v = reader.next();
                        assertNotNull(v, "next() of frame " + k);
                        assertEquals(0, v.missed(), "missed before frame " + k);
                        AllTypes got = v.toRecord();
                        assertEquals(k, got.seq());
                        Recipe.assertExact(got);
                    }
                    assertNull(reader.next(), "next() after frame " + (from + CHUNK - 1));
                }
                // flat out: whatever next() returns is exact and in order, and it reaches the last frame
                CompletableFuture<String> done = publishAsync(cpp, LOCKSTEP + 1, FRAMES - LOCKSTEP, 0, 20, 0);
                long received = 0;
                long lapped = 0;
                long missed = 0;
                long lastSeq = LOCKSTEP;
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (lastSeq < FRAMES && System.nanoTime() < deadline) {
                    AllTypesView v = reader.next();
                    if (v == null) {
                        Thread.onSpinWait();
                        continue;
                    }
                    AllTypes got = copyOrNull(v);
                    if (got == null) {
                        lapped++;
                        continue;
                    }
                    Recipe.assertExact(got);
                    assertTrue(got.seq() > lastSeq, "next() went back from seq " + lastSeq + " to " + got.seq());
                    assertEquals(got.seq(), v.frameId(), "frame id and seq of an original producer's frame");
                    missed += v.missed();
                    lastSeq = got.seq();
                    received++;
                }
                assertEquals("ok publish published=" + (FRAMES - LOCKSTEP) + " abandoned=0", done.get());
                assertEquals(FRAMES, lastSeq, "the last frame next() returned");
                AllTypesView latest = reader.latest();
                assertNotNull(latest, "latest() after the producer stopped");
                Recipe.assertExact(latest.toRecord());
                assertEquals(FRAMES, latest.toRecord().seq());
                System.out.println("interop: C++ -> Java typed next: " + LOCKSTEP + " frames in lock step exact; flat out "
                        + received + " exact, " + missed + " missed, " + lapped + " overwritten while copied");
            }
        }
    }

    @Test
    void untypedClientNextAndLatestGetEveryStreamsBytesExactly() throws Exception {
        try (Channels ch = new Channels(); Peer cpp = Peer.start("producer")) {
            String name = ch.name("untyped");
            cpp.call("create " + name + " 64 8192 4096 16");
            try (ShmxClient client = ShmxClient.open(name, Duration.ofSeconds(5))) {
                for (long from = 1; from <= LOCKSTEP; from += CHUNK) {
                    cpp.call("publish " + from + " " + CHUNK + " 0 0 0");
                    for (long k = from; k < from + CHUNK; k++) {
                        Frame f = client.next();
                        assertNotNull(f, "next() of frame " + k);
                        assertEquals(0, f.missed(), "missed before frame " + k);
                        assertEquals(k, Recipe.assertExactUntyped(f));
                    }
                    assertNull(client.next(), "next() after frame " + (from + CHUNK - 1));
                    Frame l = client.latest();
                    assertNotNull(l);
                    assertEquals(from + CHUNK - 1, Recipe.assertExactUntyped(l), "latest() after a chunk");
                }
                CompletableFuture<String> done = publishAsync(cpp, LOCKSTEP + 1, FRAMES - LOCKSTEP, 0, 20, 0);
                long received = 0;
                long lastSeq = LOCKSTEP;
                long latestChecked = 0;
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (lastSeq < FRAMES && System.nanoTime() < deadline) {
                    Frame f = client.next();
                    if (f == null) {
                        Thread.onSpinWait();
                        continue;
                    }
                    long seq = Recipe.assertExactUntyped(f);
                    if (seq < 0) {
                        continue; // overwritten while copied
                    }
                    assertTrue(seq > lastSeq, "next() went back from seq " + lastSeq + " to " + seq);
                    lastSeq = seq;
                    received++;
                    if (received % 100 == 0) {
                        Frame l = client.latest();
                        if (l != null) {
                            long ls = Recipe.assertExactUntyped(l);
                            if (ls >= 0) {
                                assertTrue(ls >= seq, "latest() older than next()");
                                latestChecked++;
                                lastSeq = ls; // latest() moves the cursor next() continues from
                            }
                        }
                    }
                }
                done.get();
                assertEquals(FRAMES, lastSeq);
                Frame last = client.latest();
                assertNotNull(last);
                assertEquals(FRAMES, Recipe.assertExactUntyped(last), "latest() after the producer stopped");
                System.out.println("interop: C++ -> Java untyped next/latest: " + LOCKSTEP + " frames in lock step exact; flat out "
                        + received + " exact, latest checked " + (latestChecked + 1) + " times");
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
                long abandoned = 0;
                // two frames at a time: at most three reservations, so nothing read yet is overwritten
                for (long k = 1; k <= frames; k += 2) {
                    String published = cpp.call("publish " + k + " 2 0 0 3");
                    abandoned += Peer.num(published, "abandoned");
                    for (long j = k; j < k + 2; j++) {
                        AllTypesView v = reader.next();
                        assertNotNull(v, "next() of frame " + j + " after " + abandoned + " abandoned reservations");
                        AllTypes got = v.toRecord();
                        assertEquals(j, got.seq());
                        Recipe.assertExact(got);
                    }
                }
                assertEquals(frames / 2 - 1, abandoned, "every third begin abandoned (899 begins for 600 frames)");
                assertNotNull(reader.latest());
                assertEquals(frames, reader.latest().toRecord().seq());
                String header = cpp.call("header");
                assertEquals(frames + abandoned, Peer.num(header, "reserve_index"), header);
                System.out.println("interop: abandoned reservations: next() returned all " + frames + " frames exactly across "
                        + abandoned + " abandoned reservations");
            }
        }
    }
}
