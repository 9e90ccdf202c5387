package io.shmx;

import io.shmx.testing.Fixtures;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Mutated regions (header fields, directory and frame TLV lengths, counts, truncation, random bytes)
 * opened and read through the inspector and a client: only documented exceptions or "no frame".
 *
 * <p>Iterations: {@code -Dshmx.fuzz.iterations=N} (CI: 3000; long run: 100000). Seed:
 * {@code -Dshmx.fuzz.seed=S}; a failure names the iteration, which replays alone with
 * {@code -Dshmx.fuzz.only=I}.
 */
class FuzzTest {
    @RegisterExtension
    static final ShmNames NAMES = new ShmNames("fuzz");
    static final int[] INTERESTING = {0, 1, 2, 7, 8, 15, 16, 17, 31, 32, 63, 64, 65, 127, 128, 4096, 65536,
            0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFF0, 0xFFFF_FFF8, 0xFFFF_FFFF};

    private final Path scratch = ShmNames.path(NAMES.next());

    @Test
    void mutatedRegionsNeverCrashOrLeakBytes() throws Exception {
        int iterations = Integer.getInteger("shmx.fuzz.iterations", 3000);
        long seed = Long.getLong("shmx.fuzz.seed", 0x5EED_2026L);
        int only = Integer.getInteger("shmx.fuzz.only", -1);
        List<byte[]> corpus = new ArrayList<>();
        for (String f : List.of("fx_basic", "fx_control", "fx_corrupt", "fx_dtypes", "fx_empty")) {
            corpus.add(Fixtures.bytes(f));
        }
        corpus.add(javaRegion());
        byte[] particles = Fixtures.bytes("fx_particles");
        int opened = 0;
        int framesRead = 0;
        for (int i = 0; i < iterations; i++) {
            if (only >= 0 && i != only) {
                continue;
            }
            Random r = new Random(seed * 31 + i);
            byte[] b = (i % 50 == 49 ? particles : corpus.get(r.nextInt(corpus.size()))).clone();
            b = mutate(b, r);
            try {
                int[] counts = exercise(b, i);
                opened += counts[0];
                framesRead += counts[1];
            } catch (Throwable t) {
                fail("fuzz iteration " + i + " (seed " + seed + "; replay with -Dshmx.fuzz.only=" + i + "): " + t, t);
            }
        }
        System.out.printf("fuzz: %d iterations (seed %d): %d regions opened, %d frames read%n", iterations, seed,
                opened, framesRead);
        if (only < 0) {
            assertTrue(opened > iterations / 10, "enough mutated regions opened: " + opened);
            assertTrue(framesRead > 0, "some mutated regions still had a readable frame");
        }
    }

    /** Opens and reads a mutated region; returns {regions opened, frames read}. */
    private int[] exercise(byte[] b, int i) throws Exception {
        int opened = 0;
        int frames = 0;
        Path file = Files.write(scratch, b); // tmpfs: fast, and the inspector opens any file by path
        try (ShmxInspector in = ShmxInspector.openFile(file)) {
            opened++;
            in.headerInfo();
            in.streams();
            in.readers();
            in.slots();
            FrameSnapshot f = in.latest();
            if (f != null) {
                frames++;
                for (FrameSnapshot.StreamData s : f.streams()) {
                    assertEquals(s.bytes(), s.data().length);
                    assertTrue(s.bytes() <= f.payloadBytes());
                }
            }
        } catch (ShmxException expected) {
            // documented: the region fails validation
        }
        if (i % 4 == 0) {
            String name = NAMES.next();
            Path shm = ShmNames.path(name);
            Files.write(shm, b);
            try (ShmxClient c = ShmxClient.open(name)) {
                opened++;
                c.streams();
                c.refreshStatic();
                for (Frame f = c.next(); f != null; f = c.next()) {
                    frames++;
                    checkInsideSlot(f);
                }
                Frame f = c.latest();
                if (f != null) {
                    checkInsideSlot(f);
                }
            } catch (ShmxException expected) {
                // documented: invalid region, no free reader slot
            } finally {
                Files.deleteIfExists(shm);
            }
        }
        return new int[]{opened, frames};
    }

    private static void checkInsideSlot(Frame f) {
        MemorySegment slot = f.segment();
        for (int k = 0; k < f.streamCount(); k++) {
            long end = f.offsetAt(k) + f.byteCountAt(k);
            assertTrue(f.offsetAt(k) >= 64 && end <= 64 + f.payloadBytes() && end <= slot.byteSize(),
                    "stream " + k + " lies inside the frame");
            f.copyStream(f.streamIdAt(k));
        }
    }

    private static byte[] mutate(byte[] b, Random r) {
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int n = 1 + r.nextInt(4);
        for (int m = 0; m < n; m++) {
            switch (r.nextInt(7)) {
                case 0 -> bb.putInt(4 * r.nextInt(32), value(r)); // any header word
                case 1 -> { // a directory TLV length or name/extra length
                    int used = Math.min(bb.getInt(56), b.length - 136);
                    if (used > 8) {
                        int at = 128 + 16 * r.nextInt(Math.max(1, used / 16)) + (r.nextBoolean() ? 4 : 8 + 24 + 4 * r.nextInt(2));
                        if (at + 4 <= b.length) {
                            bb.putInt(at, value(r));
                        }
                    }
                }
                case 2, 3 -> { // a frame header field or a frame TLV field
                    long slots = Integer.toUnsignedLong(bb.getInt(60));
                    long stride = Integer.toUnsignedLong(bb.getInt(64));
                    long base = Integer.toUnsignedLong(bb.getInt(68));
                    if (slots > 0 && stride > 0 && base + stride <= b.length) {
                        long slot = base + stride * r.nextInt((int) Math.min(slots, 64));
                        long at = r.nextBoolean() ? slot + 8 + 4 * r.nextInt(8)
                                : slot + 64 + 16 * r.nextInt(8) + 4 * r.nextInt(6);
                        if (at + 4 <= b.length) {
                            bb.putInt((int) at, value(r));
                        }
                    }
                }
                case 4 -> b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                case 5 -> { // truncation
                    return Arrays.copyOf(b, r.nextInt(b.length));
                }
                default -> bb.putLong(8 * r.nextInt(16), r.nextLong());
            }
        }
        return b;
    }

    private static int value(Random r) {
        return r.nextInt(3) == 0 ? r.nextInt() : INTERESTING[r.nextInt(INTERESTING.length)];
    }

    /** A region written by this implementation (seqlock writer, compatibility checksums), as bytes. */
    private static byte[] javaRegion() throws Exception {
        List<StreamSpec> specs = List.of(StreamSpec.of(1, "a", DType.F32, 3), StreamSpec.of(2, "b", DType.U8, 1));
        try (ShmxServer s = ShmxServer.create(NAMES.next(),
                ChannelConfig.defaults().withSlots(3).withFrameBytesCap(512).withReaderSlots(2)
                        .withControlPerReader(64).withCompatibility(true), specs)) {
            for (int i = 0; i < 4; i++) {
                s.beginFrame().append(1, new float[]{i, i, i}, 1).append(2, new byte[]{(byte) i, 9}, 2).publish(i);
            }
            byte[] b = Files.readAllBytes(s.file());
            s.destroy();
            return b;
        }
    }
}
