package io.shmx.faults;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.FrameSnapshot;
import io.shmx.InvalidRegionException;
import io.shmx.RegionNotReadyException;
import io.shmx.ShmxInspector;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.testing.Fixtures;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Fuzz that checks the answer (issue 12): each case damages a region in one known way, and the
 * reader must give the specific outcome that damage deserves (the exception type and the words of
 * its message, or the frame being refused, or the directory walk stopping), not just "some
 * ShmxException". Cases: {@code -Dshmx.damage.iterations} (5,000 in the normal build; the
 * {@code fuzz} profile runs 100,000), seed {@code -Dshmx.damage.seed}; a failure names the case.
 */
class DamageFuzzTest {
    static final ShmNames NAMES = new ShmNames("damage");
    static final long MAGIC = 0x48494E415F53484DL;

    enum Damage {
        SHORTER_THAN_HEADER, TRUNCATED_BODY, MAGIC_ZERO, MAGIC_OTHER, VERSION, ENDIANNESS, NO_SLOTS, STRIDE_UNALIGNED,
        STATIC_USED_OVER_CAP, SLOTS_PAST_FILE, FRAME_PAYLOAD_OVER_CAP, FRAME_TLV_PAST_PAYLOAD, FRAME_SESSION,
        ORIGINAL_CHECKSUM, DIRECTORY_TLV_LENGTH
    }

    /** A base region and what it holds undamaged. */
    record Base(String label, byte[] bytes, boolean seqlock, long latestId, int streams) {}

    private final Path scratch = ShmNames.path(NAMES.next());

    @AfterAll
    static void cleanup() {
        NAMES.close();
    }

    @Test
    void everyDamageGetsTheAnswerItDeserves() throws Exception {
        int iterations = Integer.getInteger("shmx.damage.iterations", 5000);
        long seed = Long.getLong("shmx.damage.seed", 0xDA4A6EL);
        List<Base> bases = new ArrayList<>();
        bases.add(base("java region", javaRegion(), true));
        bases.add(base("fx_basic", Fixtures.bytes("fx_basic"), false));
        bases.add(base("fx_dtypes", Fixtures.bytes("fx_dtypes"), false));
        Map<Damage, Integer> counts = new EnumMap<>(Damage.class);
        for (int i = 0; i < iterations; i++) {
            SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
            Base base = bases.get(r.nextInt(bases.size()));
            Damage d = Damage.values()[r.nextInt(Damage.values().length)];
            if (d == Damage.ORIGINAL_CHECKSUM && base.seqlock()) {
                d = Damage.FRAME_SESSION; // checksums decide only for original writers
            }
            try {
                check(base, d, r);
            } catch (Throwable t) {
                fail("damage case " + i + " (" + d + " on " + base.label() + ", seed " + seed + "): " + t, t);
            }
            counts.merge(d, 1, Integer::sum);
        }
        System.out.println("damage fuzz: " + iterations + " cases (seed " + seed + "): " + counts);
        assertEquals(Damage.values().length, counts.size(), "every kind of damage was tried");
    }

    private void check(Base base, Damage d, SplittableRandom r) throws Exception {
        byte[] b = base.bytes().clone();
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        long slots = u32(bb, 60);
        long stride = u32(bb, 64);
        long slotsOffset = u32(bb, 68);
        long frameCap = u32(bb, 72);
        long newest = base.seqlock() ? bb.getLong(104) : u32(bb, 112);
        int slot = (int) (slotsOffset + ((newest - 1) % slots) * stride);
        switch (d) {
            case SHORTER_THAN_HEADER -> {
                b = Arrays.copyOf(b, r.nextInt(128));
                expectThrows(b, RegionNotReadyException.class, "smaller than the 128-byte");
            }
            case TRUNCATED_BODY -> {
                b = Arrays.copyOf(b, 128 + r.nextInt(b.length - 128));
                expectThrows(b, InvalidRegionException.class, "is truncated");
            }
            case MAGIC_ZERO -> {
                bb.putLong(0, 0);
                expectThrows(b, RegionNotReadyException.class, "no magic yet");
            }
            case MAGIC_OTHER -> {
                long m;
                do {
                    m = r.nextLong();
                } while (m == 0 || m == MAGIC);
                bb.putLong(0, m);
                expectThrows(b, InvalidRegionException.class, "is not an shmx region");
            }
            case VERSION -> {
                int v;
                do {
                    v = r.nextInt();
                } while (v == 2);
                bb.putInt(8, v);
                expectThrows(b, InvalidRegionException.class, "format version");
            }
            case ENDIANNESS -> {
                int e;
                do {
                    e = r.nextInt();
                } while (e == 0x01020304);
                bb.putInt(16, e);
                expectThrows(b, InvalidRegionException.class, "endianness tag");
            }
            case NO_SLOTS -> {
                bb.putInt(r.nextBoolean() ? 60 : 72, 0);
                expectThrows(b, InvalidRegionException.class, "must both be at least 1");
            }
            case STRIDE_UNALIGNED -> {
                bb.putInt(64, (int) (stride + 1 + 8 * r.nextInt(4)));
                expectThrows(b, InvalidRegionException.class, "8-aligned");
            }
            case STATIC_USED_OVER_CAP -> {
                long cap = u32(bb, 52);
                bb.putInt(56, (int) (cap + 1 + r.nextInt(1 << 20)));
                expectThrows(b, InvalidRegionException.class, "exceeds static_bytes_cap");
            }
            case SLOTS_PAST_FILE -> {
                bb.putInt(68, (int) (slotsOffset + 64L * (1 + r.nextInt(1 << 16))));
                expectThrows(b, InvalidRegionException.class, "is truncated");
            }
            case FRAME_PAYLOAD_OVER_CAP -> {
                bb.putInt(slot + 24, (int) Math.min(0xFFFF_FFFFL, frameCap + 1 + r.nextInt(1 << 20)));
                expectFrameRefused(b, base);
            }
            case FRAME_TLV_PAST_PAYLOAD -> {
                long payload = u32(bb, slot + 24);
                bb.putInt(slot + 64 + 4, (int) (payload + r.nextInt(1 << 16))); // the first TLV's length
                expectFrameRefused(b, base);
            }
            case FRAME_SESSION -> {
                bb.putLong(slot, bb.getLong(slot) ^ (1L + r.nextLong(Long.MAX_VALUE)));
                expectFrameRefused(b, base);
            }
            case ORIGINAL_CHECKSUM -> {
                long payload = u32(bb, slot + 24);
                int at = slot + 64 + r.nextInt((int) payload);
                b[at] ^= (byte) (1 << r.nextInt(8));
                expectFrameRefused(b, base);
            }
            case DIRECTORY_TLV_LENGTH -> {
                long staticOffset = u32(bb, 48);
                long used = u32(bb, 56);
                bb.putInt((int) staticOffset + 4, (int) (used + r.nextInt(1 << 16))); // the first entry's length
                try (ShmxInspector in = ShmxInspector.openFile(write(b))) {
                    assertEquals(0, in.streams().size(), "the walk stops at an entry longer than the area");
                }
            }
        }
    }

    private void expectThrows(byte[] b, Class<? extends Exception> type, String words) throws Exception {
        Path file = write(b);
        Exception e = assertThrows(type, () -> ShmxInspector.openFile(file).close());
        assertTrue(e.getMessage().contains(words), "expected \"" + words + "\" in: " + e.getMessage());
    }

    /** The damaged newest frame is not returned: latest() is absent or an older frame, and every other read works. */
    private void expectFrameRefused(byte[] b, Base base) throws Exception {
        try (ShmxInspector in = ShmxInspector.openFile(write(b))) {
            assertEquals(base.streams(), in.streams().size(), "the directory is untouched");
            FrameSnapshot f = in.latest();
            assertTrue(f == null || f.frameId() < base.latestId(), "the damaged frame " + base.latestId()
                    + " was returned");
            in.slots();
            in.readers();
        }
    }

    private Path write(byte[] b) throws Exception {
        return Files.write(scratch, b);
    }

    private Base base(String label, byte[] bytes, boolean seqlock) throws Exception {
        try (ShmxInspector in = ShmxInspector.openFile(write(bytes))) {
            FrameSnapshot f = in.latest();
            assertNotNull(f, label + " has a frame");
            return new Base(label, bytes, seqlock, f.frameId(), in.streams().size());
        }
    }

    private static long u32(ByteBuffer bb, int at) {
        return Integer.toUnsignedLong(bb.getInt(at));
    }

    /** A closed region of this implementation (seqlock writer) with 4 frames, as bytes. */
    private static byte[] javaRegion() throws Exception {
        List<StreamSpec> specs = List.of(StreamSpec.of(1, "a", DType.F32, 3), StreamSpec.of(2, "b", DType.U8, 1));
        String name = NAMES.next();
        try (ShmxServer s = ShmxServer.create(name, ChannelConfig.defaults().withSlots(3).withFrameBytesCap(512)
                .withReaderSlots(2).withControlPerReader(64).withKeepRegionOnClose(true), specs)) {
            for (int i = 1; i <= 4; i++) {
                s.beginFrame().append(1, new float[]{i, i, i}, 1).append(2, new byte[]{(byte) i, 9}, 2).publish(i);
            }
        }
        return Files.readAllBytes(ShmNames.path(name)); // closed first: reading needs no producer descriptor
    }
}
