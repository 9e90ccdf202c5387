package io.shmx;

import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What the fast paths of {@link ShmxClient#latest()} and {@link FrameWriter} must keep: the frame a
 * reader already holds is re-validated, never trusted; the heartbeat and {@code last_frame_seen}
 * stay current while the clock is read on a sample of calls; bytes left in a slot by older frames
 * never show through; and a truncated region still surfaces as {@link RegionTruncatedException}
 * once the hot methods are compiled.
 */
class HotPathTest {
    @RegisterExtension
    static final ShmNames NAMES = new ShmNames("hot");
    static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final List<StreamSpec> STREAMS = List.of(
            StreamSpec.of(1, "word", DType.I64, 1),
            StreamSpec.of(2, "bytes", DType.U8, 1));
    static final long TIMEOUT_NANOS = 5_000_000_000L;
    /**
     * How long the truncation tests run the hot path first, so that the JIT has compiled it
     * (C2 needs well over 10 000 calls and some milliseconds of compiling): on a machine so loaded
     * that it has not, they test the interpreted path instead, which is no false failure.
     */
    static final long WARM_UP_NANOS = 1_000_000_000L;

    static long publish(ShmxServer s, long value) {
        return s.beginFrame().append(1, new long[]{value}, 1).publish(value);
    }

    @Test
    void theFrameAReaderHoldsIsReturnedAgainOnlyWhileItsSlotIsUnchanged() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withSlots(1), STREAMS);
             ShmxClient c = ShmxClient.open(s.name())) {
            publish(s, 10);
            Frame f = c.latest();
            assertEquals(1, f.frameId());
            for (int i = 0; i < 1000; i++) {
                Frame again = c.latest();
                assertSame(f, again);
                assertEquals(1, again.frameId());
                assertEquals(0, again.missedBefore());
                assertEquals(10L, again.stream(1).get(I64, 0));
                assertTrue(again.isValid());
            }
            FrameWriter w = s.beginFrame().append(1, new long[]{11}, 1); // frame 2 starts in the only slot
            assertNull(c.latest(), "frame_seq still names frame 1, but its slot is being rewritten");
            assertFalse(f.isValid());
            w.publish(11);
            Frame g = c.latest();
            assertEquals(2, g.frameId());
            assertEquals(11L, g.stream(1).get(I64, 0));
            assertEquals(0, g.missedBefore(), "frame 2 follows frame 1");
        }
    }

    @Test
    void aFrameFirstReturnedByNextIsReturnedByLatestWithItsStreams() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), STREAMS); ShmxClient c = ShmxClient.open(s.name())) {
            s.beginFrame().append(1, new long[]{5}, 1).append(2, new byte[]{1, 2, 3}, 3).publish(0);
            Frame n = c.next();
            assertEquals(1, n.frameId());
            Frame l = c.latest();
            assertEquals(1, l.frameId());
            assertEquals(2, l.streamCount());
            assertArrayEquals(new byte[]{1, 2, 3}, l.copyStream(2));
            assertEquals(5L, l.stream(1).get(I64, 0));
        }
    }

    @Test
    void aReaderSpinningOnAnUnchangedFrameKeepsItsHeartbeatFresh() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), STREAMS); ShmxClient c = ShmxClient.open(s.name())) {
            publish(s, 1);
            assertNotNull(c.latest());
            long before = heartbeat(s, c);
            long deadline = System.nanoTime() + TIMEOUT_NANOS;
            long calls = 0;
            while (heartbeat(s, c) == before && System.nanoTime() - deadline < 0) {
                for (int i = 0; i < 10_000; i++) {
                    calls += c.latest().frameId();
                }
            }
            assertTrue(heartbeat(s, c) - before > 0, "the heartbeat moved while the reader spun (" + calls + " calls)");
            assertEquals(0, s.reapStaleReaders(System.nanoTime(), 1_000_000_000L), "a spinning reader is not stale");
        }
    }

    @Test
    void aReaderRecordsItsNewestFrameWithItsHeartbeatWhileFramesArrive() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), STREAMS); ShmxClient c = ShmxClient.open(s.name())) {
            publish(s, 1);
            assertEquals(1, c.latest().frameId());
            assertEquals(1, reader(s, c).lastFrameSeen(), "the first frame is recorded with the first heartbeat");
            long before = heartbeat(s, c);
            long deadline = System.nanoTime() + TIMEOUT_NANOS;
            long id = 1;
            long recorded = 1;
            while ((heartbeat(s, c) == before || recorded == 1 || id < 10_000) && System.nanoTime() - deadline < 0) {
                id = publish(s, id + 1);
                assertEquals(id, c.latest().frameId());
                long seen = reader(s, c).lastFrameSeen();
                assertTrue(seen >= recorded && seen <= id, "last_frame_seen " + seen + " is a frame returned so far, "
                        + "and never goes back (previous " + recorded + ", newest " + id + ")");
                recorded = seen;
            }
            assertTrue(heartbeat(s, c) - before > 0, "the heartbeat moved while frames arrived");
            assertTrue(recorded > 1, "a later frame was recorded with a later heartbeat");
        }
    }

    @Test
    void aReaderSpinningOnAnUnchangedFrameRecordsItWithItsNextHeartbeat() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), STREAMS); ShmxClient c = ShmxClient.open(s.name())) {
            publish(s, 1);
            assertEquals(1, c.latest().frameId());
            publish(s, 2);
            assertEquals(2, c.latest().frameId()); // within a heartbeat interval of the first read
            long deadline = System.nanoTime() + TIMEOUT_NANOS;
            while (reader(s, c).lastFrameSeen() != 2 && System.nanoTime() - deadline < 0) {
                assertEquals(2, c.latest().frameId());
            }
            assertEquals(2, reader(s, c).lastFrameSeen(), "recorded by a later heartbeat");
        }
    }

    @Test
    void paddingAndStreamHeadersNeverShowOlderBytes() throws Exception {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withSlots(1), STREAMS);
             ShmxClient c = ShmxClient.open(s.name());
             FileChannel ch = FileChannel.open(s.file(), StandardOpenOption.READ, StandardOpenOption.WRITE);
             Arena arena = Arena.ofConfined()) {
            HeaderInfo h = s.headerInfo();
            MemorySegment region = ch.map(FileChannel.MapMode.READ_WRITE, 0, ch.size(), arena);
            long slot = h.slotsOffset();
            for (int len = 0; len <= 40; len++) {
                publish(s, len);
                // another writer's leftovers: every payload byte of the slot set to 0xFF
                region.asSlice(slot + 64, h.frameBytesCap()).fill((byte) 0xFF);
                byte[] data = new byte[len];
                for (int i = 0; i < len; i++) {
                    data[i] = (byte) (i + 1);
                }
                s.beginFrame().append(2, data, len).publish(len);
                long tlv = slot + 64;
                long span = (24 + len + 15) & ~15L;
                assertEquals(0x2000, region.get(U32, tlv), "type");
                assertEquals(16 + len, region.get(U32, tlv + 4), "length");
                assertEquals(2, region.get(U32, tlv + 8), "stream id");
                assertEquals(len, region.get(U32, tlv + 12), "element count");
                assertEquals(len, region.get(U32, tlv + 16), "bytes");
                assertEquals(0, region.get(U32, tlv + 20), "reserved");
                for (long z = tlv + 24 + len; z < tlv + span; z++) {
                    assertEquals(0, region.get(ValueLayout.JAVA_BYTE, z), "padding byte " + (z - tlv) + " of " + len);
                }
                assertEquals(span, region.get(U32, slot + 24), "payload_bytes");
                assertEquals(1, region.get(U32, slot + 28), "tlv_count");
                assertEquals(0, region.get(U32, slot + 36), "header padding");
                assertEquals(0, region.get(I64, slot + 40), "reserved");
                assertEquals(0, region.get(I64, slot + 48), "reserved");
                assertEquals(s.sessionId(), region.get(I64, slot), "session copy");
                Frame f = c.latest();
                assertArrayEquals(data, f.copyStream(2));
            }
        }
    }

    @Test
    void truncationUnderACompiledProducerIsAClearException() throws Exception {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), STREAMS)) {
            long[] value = new long[1];
            long end = System.nanoTime() + WARM_UP_NANOS;
            for (int i = 0; i < 300_000 || System.nanoTime() - end < 0; i++) {
                value[0] = i;
                s.beginFrame().append(1, value, 1).publish(i);
            }
            truncateToTheFirstSlot(s);
            RegionTruncatedException e = assertThrows(RegionTruncatedException.class,
                    () -> s.beginFrame().append(1, value, 1));
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    @Test
    void truncationUnderACompiledReaderIsAClearException() throws Exception {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), STREAMS); ShmxClient c = ShmxClient.open(s.name())) {
            long[] value = new long[1];
            long sum = 0;
            long end = System.nanoTime() + WARM_UP_NANOS;
            for (int i = 0; i < 300_000 || System.nanoTime() - end < 0; i++) { // new and repeated frames
                if ((i & 1) == 0) {
                    value[0] = i;
                    s.beginFrame().append(1, value, 1).publish(i);
                }
                Frame f = c.latest();
                sum += f.stream(1).get(I64, 0) + (f.isValid() ? 1 : 0);
            }
            assertTrue(sum > 0);
            truncateToTheFirstSlot(s);
            RegionTruncatedException e = assertThrows(RegionTruncatedException.class, c::latest);
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    /** Cuts the region file at the page that holds the start of the frame slots: the header stays readable. */
    private static void truncateToTheFirstSlot(ShmxServer s) throws Exception {
        long cut = s.headerInfo().slotsOffset() & ~4095L;
        assertTrue(cut >= 4096, "the slots start beyond the header page");
        try (FileChannel ch = FileChannel.open(s.file(), StandardOpenOption.WRITE)) {
            ch.truncate(cut);
        }
    }

    private static ReaderInfo reader(ShmxServer s, ShmxClient c) {
        return s.snapshotReaders().stream().filter(r -> r.index() == c.readerIndex()).findFirst().orElseThrow();
    }

    private static long heartbeat(ShmxServer s, ShmxClient c) {
        return reader(s, c).heartbeat();
    }
}
