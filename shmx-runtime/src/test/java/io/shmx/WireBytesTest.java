package io.shmx;

import io.shmx.testing.Fixtures;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.shmx.testing.Json.arr;
import static io.shmx.testing.Json.lng;
import static io.shmx.testing.Json.obj;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The bytes a Java producer writes, checked by a decoder written here from the wire-format
 * description (it shares no code with the runtime), and compared with a region of the original
 * library.
 */
class WireBytesTest {
    @RegisterExtension
    static final ShmNames NAMES = new ShmNames("wire");
    /** The original library's FNV-1a basis (the fixtures' hashes only reproduce with it). */
    static final long BASIS = 1469598103934665603L;

    static long fnv(byte[] b, int off, int len) {
        long h = BASIS;
        for (int i = off; i < off + len; i++) {
            h ^= b[i] & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long a64(long x) {
        return (x + 63) / 64 * 64;
    }

    static long a16(long x) {
        return (x + 15) / 16 * 16;
    }

    static long u32(ByteBuffer b, int off) {
        return Integer.toUnsignedLong(b.getInt(off));
    }

    @Test
    void compatibilityRegionHasTheSpecifiedBytes() throws Exception {
        List<StreamSpec> specs = List.of(
                StreamSpec.of(5, "temperature", DType.F64, 1),
                StreamSpec.of(9, "xyz", DType.F32, 3, Layout.AOS_VECTOR, "unit=m".getBytes(StandardCharsets.UTF_8)));
        ChannelConfig cfg = ChannelConfig.defaults().withSlots(3).withFrameBytesCap(1000).withReaderSlots(5)
                .withControlPerReader(100).withStaticBytesCap(300).withCompatibility(true);
        try (ShmxServer s = ShmxServer.create(NAMES.next(), cfg, specs)) {
            s.beginFrame().append(5, new double[]{21.5, -3}, 2).append(9, new float[]{1, 2, 3}, 1).publish(0.25);
            s.beginFrame().append(9, new float[]{4, 5, 6, 7, 8, 9}, 2).publish(0.5);
            byte[] bytes = Files.readAllBytes(s.file());
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);

            // header
            assertEquals(0x48494E415F53484DL, b.getLong(0));
            assertEquals(2, u32(b, 8));
            assertEquals(0, u32(b, 12));
            assertEquals(0x01020304, u32(b, 16));
            long session = b.getLong(24);
            assertNotEquals(0, session);
            long staticCap = a64(300);
            long readers = a64(128 + staticCap);
            long control = a64(readers + 5 * 64);
            long controlStride = a64(100);
            long slotsOff = a64(control + controlStride * 5);
            long slotStride = 64 + a64(1000);
            assertEquals(128, u32(b, 48));
            assertEquals(staticCap, u32(b, 52));
            assertEquals(3, u32(b, 60));
            assertEquals(slotStride, u32(b, 64));
            assertEquals(slotsOff, u32(b, 68));
            assertEquals(1000, u32(b, 72));
            assertEquals(5, u32(b, 76));
            assertEquals(64, u32(b, 80));
            assertEquals(readers, u32(b, 84));
            assertEquals(control, u32(b, 88));
            assertEquals(100, u32(b, 92));
            assertEquals(controlStride, u32(b, 96));
            assertEquals(2, b.getLong(104), "frame_seq");
            assertEquals(2, u32(b, 112), "write_index");
            assertEquals(0, u32(b, 116), "readers_connected");
            assertEquals(2, u32(b, 120), "reserve_index");
            assertEquals(slotsOff + 3 * slotStride, bytes.length);

            // static directory
            int used = (int) u32(b, 56);
            assertEquals(1, u32(b, 32), "static_gen");
            assertEquals(fnv(bytes, 128, used), b.getLong(40), "static_hash");
            List<String> names = new ArrayList<>();
            int pos = 128;
            while (pos + 8 <= 128 + used) {
                assertEquals(0x1000, u32(b, pos));
                long len = u32(b, pos + 4);
                int nameLen = (int) u32(b, pos + 8 + 24);
                int extraLen = (int) u32(b, pos + 8 + 28);
                assertEquals(32 + nameLen + extraLen, len);
                names.add(new String(bytes, pos + 8 + 32, nameLen, StandardCharsets.UTF_8));
                if (names.size() == 2) {
                    assertEquals(9, u32(b, pos + 8));
                    assertEquals(12, u32(b, pos + 12), "F32");
                    assertEquals(3, u32(b, pos + 16));
                    assertEquals(1, u32(b, pos + 20), "AoS");
                    assertEquals(12, u32(b, pos + 24));
                    assertEquals(0, u32(b, pos + 28));
                    assertEquals("unit=m", new String(bytes, pos + 8 + 32 + nameLen, extraLen, StandardCharsets.UTF_8));
                }
                pos += (int) a16(8 + len);
            }
            assertEquals(128 + used, pos);
            assertEquals(List.of("temperature", "xyz"), names);

            // frames: 1 in slot 0, 2 in slot 1, slot 2 empty
            checkSlot(b, bytes, (int) slotsOff, session, 1, 0.25, List.of(5, 9), List.of(2L, 1L), List.of(16L, 12L));
            checkSlot(b, bytes, (int) (slotsOff + slotStride), session, 2, 0.5, List.of(9), List.of(2L), List.of(24L));
            assertEquals(0, b.getLong((int) (slotsOff + 2 * slotStride) + 8));
        }
    }

    private static void checkSlot(ByteBuffer b, byte[] bytes, int slot, long session, long fid, double simTime,
                                  List<Integer> ids, List<Long> counts, List<Long> sizes) {
        assertEquals(session, b.getLong(slot));
        assertEquals(fid, b.getLong(slot + 8));
        assertEquals(simTime, b.getDouble(slot + 16));
        int payload = (int) u32(b, slot + 24);
        assertEquals(ids.size(), u32(b, slot + 28));
        long h = fnv(bytes, slot + 64, payload);
        assertEquals((h >>> 32) ^ (h & 0xFFFFFFFFL), u32(b, slot + 32), "checksum");
        assertEquals(0, u32(b, slot + 36));
        assertEquals(0, b.getLong(slot + 40));
        assertEquals(0, b.getLong(slot + 48));
        int pos = 0;
        for (int i = 0; i < ids.size(); i++) {
            int t = slot + 64 + pos;
            assertEquals(0x2000, u32(b, t));
            assertEquals(16 + sizes.get(i), u32(b, t + 4));
            assertEquals((long) ids.get(i), u32(b, t + 8));
            assertEquals(counts.get(i), u32(b, t + 12));
            assertEquals(sizes.get(i), u32(b, t + 16));
            assertEquals(0, u32(b, t + 20));
            int end = (int) (24 + sizes.get(i));
            int span = (int) a16(end);
            for (int z = end; z < span; z++) {
                assertEquals(0, bytes[t + z], "padding is zero");
            }
            pos += span;
        }
        assertEquals(pos, payload);
    }

    /** Offsets the Java producer may legitimately differ at: session ids and this implementation's extension words. */
    private static boolean mayDiffer(int offset, int slotsOffset, int slotStride) {
        if (offset < 128) {
            return (offset >= 24 && offset < 32) || (offset >= 20 && offset < 24) || (offset >= 36 && offset < 40)
                    || (offset >= 100 && offset < 104) || (offset >= 124 && offset < 128);
        }
        if (offset >= slotsOffset) {
            int inSlot = (offset - slotsOffset) % slotStride;
            return inSlot < 8;
        }
        return false;
    }

    @Test
    void rebuildingFxDtypesInCompatibilityModeGivesTheOriginalBytes() throws Exception {
        Map<String, Object> json = Fixtures.json("fx_dtypes");
        Map<String, Object> h = obj(json.get("header"));
        List<StreamSpec> specs = new ArrayList<>();
        for (Object o : arr(json.get("streams"))) {
            Map<String, Object> e = obj(o);
            specs.add(new StreamSpec((int) lng(e.get("id")), (String) e.get("name"), (int) lng(e.get("dtype_code")),
                    (int) lng(e.get("components")), (int) lng(e.get("bytes_per_elem")), (int) lng(e.get("layout")),
                    HexFormat.of().parseHex((String) e.get("extra_hex"))));
        }
        ChannelConfig cfg = ChannelConfig.defaults().withSlots((int) lng(h.get("slots")))
                .withFrameBytesCap((int) lng(h.get("frame_bytes_cap"))).withReaderSlots((int) lng(h.get("reader_slots")))
                .withControlPerReader((int) lng(h.get("control_per_reader"))).withStaticBytesCap(0)
                .withCompatibility(true);
        byte[] original = Fixtures.bytes("fx_dtypes");
        try (ShmxServer s = ShmxServer.create(NAMES.next(), cfg, specs)) {
            Map<String, Object> latest = obj(json.get("latest"));
            FrameWriter w = s.beginFrame();
            for (Object o : arr(latest.get("streams"))) {
                Map<String, Object> e = obj(o);
                w.append((int) lng(e.get("id")), HexFormat.of().parseHex((String) e.get("data_hex")),
                        lng(e.get("elem_count")));
            }
            w.publish(io.shmx.testing.Json.dbl(latest.get("sim_time")));
            byte[] ours = Files.readAllBytes(s.file());
            assertEquals(original.length, ours.length);
            int slotsOffset = (int) lng(h.get("slots_offset"));
            int slotStride = (int) lng(h.get("slot_stride"));
            List<String> diffs = new ArrayList<>();
            for (int i = 0; i < ours.length; i++) {
                if (ours[i] != original[i] && !mayDiffer(i, slotsOffset, slotStride)) {
                    diffs.add(i + ": ours " + (ours[i] & 0xFF) + " original " + (original[i] & 0xFF));
                }
            }
            assertTrue(diffs.isEmpty(), "bytes differ at " + diffs.subList(0, Math.min(20, diffs.size())));
            assertFalse(Arrays.equals(Arrays.copyOfRange(ours, 24, 32), Arrays.copyOfRange(original, 24, 32)),
                    "a new session id");
        }
    }
}
