package io.shmx.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ChannelConfig;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A Java producer (generated writer) read by the original C++ reader, which checks every stream with the generated header. */
class JavaProducerCppReaderInteropTest {
    private static final ChannelConfig COMPAT = ChannelConfig.defaults().withCompatibility(true).withSlots(8)
            .withFrameBytesCap(8192);

    @Test
    void originalReaderGetsEveryDtypeExactlyFromACompatibilityProducer() throws Exception {
        try (Channels ch = new Channels(); Peer cpp = Peer.start("reader")) {
            String name = ch.name("compat");
            AllTypesWriter writer = AllTypesWriter.create(name, COMPAT);
            try {
                cpp.call("open " + name + " 5000");
                // lock step: every frame is the latest when the original reader looks
                for (long k = 1; k <= 200; k++) {
                    writer.publish(Recipe.frame(k, Recipe.defaultBlob(k)), k);
                    String r = cpp.call("read 2000 1");
                    assertEquals(0, Peer.num(r, "bad"), r);
                    assertEquals(k, Peer.num(r, "lastseq"), r);
                }
                // flat out while the original reader reads: whatever it accepts must be exact
                CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> cpp.call("read 1500 0", 60));
                long k = 1000;
                while (!read.isDone()) {
                    writer.publish(Recipe.frame(k, Recipe.defaultBlob(k)), k);
                    k++;
                    if ((k & 63) == 0) {
                        Thread.sleep(0, 200_000);
                    }
                }
                String r = read.get();
                assertEquals(0, Peer.num(r, "bad"), r);
                assertTrue(Peer.num(r, "distinct") > 10, r);
                System.out.println("interop: Java (compatibility) -> C++: 200 frames in lock step exact; concurrent "
                        + (k - 1000) + " published, " + r);
            } finally {
                writer.destroy();
            }
        }
    }

    @Test
    void originalReaderGetsOneMebibyteFramesExactly() throws Exception {
        int blob = 1 << 20;
        try (Channels ch = new Channels(); Peer cpp = Peer.start("reader")) {
            String name = ch.name("compat-mib");
            AllTypesWriter writer = AllTypesWriter.create(name, COMPAT.withSlots(3).withFrameBytesCap(blob + 8192));
            try {
                cpp.call("open " + name + " 5000");
                for (long k = 1; k <= 4; k++) {
                    writer.publish(Recipe.frame(k, blob), k);
                    String r = cpp.call("read 5000 1");
                    assertEquals(0, Peer.num(r, "bad"), r);
                    assertEquals(k, Peer.num(r, "lastseq"), r);
                }
            } finally {
                writer.destroy();
            }
        }
    }

    /**
     * With compatibility off (the default) the writer computes no checksum, so the original reader,
     * which insists on one, rejects every frame: it must do so without crashing (README, "Working
     * with C++ and Python shmx", says why and how to turn it on).
     */
    @Test
    void compatibilityOffTheOriginalReaderRejectsEveryFrameWithoutCrashing() throws Exception {
        try (Channels ch = new Channels(); Peer cpp = Peer.start("reader")) {
            String name = ch.name("nocompat");
            AllTypesWriter writer = AllTypesWriter.create(name, ChannelConfig.defaults().withSlots(4).withFrameBytesCap(8192));
            try {
                cpp.call("open " + name + " 5000");
                for (long k = 1; k <= 50; k++) {
                    writer.publish(Recipe.frame(k, Recipe.defaultBlob(k)), k);
                }
                String r = cpp.call("read 300 0");
                assertEquals(0, Peer.num(r, "distinct"), "the original reader accepted a frame without checksum: " + r);
                assertTrue(Peer.num(r, "rejected") > 0, r);
                String h = cpp.call("header");
                assertEquals(50, Peer.num(h, "frame_seq"), h);
                assertTrue(cpp.isAlive());
                assertEquals(0, cpp.quit(), "the original reader's exit code");
            } finally {
                writer.destroy();
            }
        }
    }
}
