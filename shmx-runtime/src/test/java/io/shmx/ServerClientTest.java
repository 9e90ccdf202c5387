package io.shmx;

import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A producer and readers in one JVM: publish, latest, next, validation, static directory changes, lifecycle. */
class ServerClientTest {
    @RegisterExtension
    static final ShmNames NAMES = new ShmNames("sc");
    static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    static final List<StreamSpec> STREAMS = List.of(
            StreamSpec.of(1, "frame_id", DType.U64, 1),
            StreamSpec.of(2, "pos", DType.F32, 3),
            StreamSpec.of(3, "flags", DType.BOOL, 1));

    static ShmxServer server(ChannelConfig cfg) {
        return ShmxServer.create(NAMES.next(), cfg, STREAMS);
    }

    static long publish(ShmxServer s, long value) {
        return s.beginFrame()
                .append(1, new long[]{value}, 1)
                .append(2, new float[]{value, value + 1, value + 2, 0, 0, 0}, 2)
                .publish(value * 0.5);
    }

    @Test
    void latestReturnsNewestFrameWithItsStreams() {
        try (ShmxServer s = server(ChannelConfig.defaults()); ShmxClient c = ShmxClient.open(s.name())) {
            assertNull(c.latest(), "nothing published yet");
            publish(s, 7);
            assertEquals(2, publish(s, 8));
            Frame f = c.latest();
            assertNotNull(f);
            assertEquals(2, f.frameId());
            assertEquals(4.0, f.simTime());
            assertEquals(2, f.streamCount());
            assertEquals(8L, f.stream(1).get(I64, 0));
            assertEquals(2, f.elemCount(2));
            assertEquals(24, f.byteCount(2));
            MemorySegment pos = f.stream("pos");
            assertEquals(9f, pos.get(F32, 4));
            assertEquals(-1, f.elemCount(3), "stream 3 not in this frame");
            assertNull(f.stream(3));
            assertTrue(f.isValid());
            assertEquals(8L, MemorySegment.ofArray(f.copyStream(1)).get(I64, 0));
            assertEquals(List.of("frame_id", "pos", "flags"), c.streams().stream().map(StreamSpec::name).toList());
            assertEquals(ProducerState.ALIVE, c.producerState());
            assertTrue(f.offsetAt(0) % 8 == 0, "stream data is 8-aligned");
        }
    }

    @Test
    void nextDeliversInOrderAndCountsLappedFrames() {
        try (ShmxServer s = server(ChannelConfig.defaults().withSlots(4)); ShmxClient c = ShmxClient.open(s.name())) {
            for (int i = 1; i <= 6; i++) {
                publish(s, i);
            }
            // ring of 4 holds frames 3..6: the first next() starts at the oldest one; frames 1 and 2
            // were published after the reader attached and overwritten before it read
            for (long want = 3; want <= 6; want++) {
                Frame f = c.next();
                assertNotNull(f);
                assertEquals(want, f.frameId());
                assertEquals(want == 3 ? 2 : 0, f.missedBefore());
                assertEquals(want, f.stream(1).get(I64, 0));
            }
            assertNull(c.next());
            for (int i = 7; i <= 16; i++) {
                publish(s, i);
            }
            Frame f = c.next();
            assertEquals(13, f.frameId(), "frames 7..12 were overwritten");
            assertEquals(6, f.missedBefore());
            assertEquals(14, c.next().frameId());
            assertEquals(0, c.next().missedBefore());
        }
    }

    @Test
    void aViewKeptPastALapIsInvalid() {
        try (ShmxServer s = server(ChannelConfig.defaults().withSlots(2)); ShmxClient c = ShmxClient.open(s.name())) {
            publish(s, 1);
            Frame f = c.latest();
            assertTrue(f.isValid());
            publish(s, 2);
            assertTrue(f.isValid(), "frame 1's slot is not reused by frame 2");
            s.beginFrame().append(1, new long[]{3}, 1); // starts overwriting frame 1's slot
            assertFalse(f.isValid());
            assertNull(f.copyStream(1));
            s.beginFrame().abort();
            Frame g = c.latest();
            assertEquals(2, g.frameId(), "falls back to the newest readable slot");
        }
    }

    @Test
    void latestFallsBackWhileNewestSlotIsBeingWritten() {
        try (ShmxServer s = server(ChannelConfig.defaults().withSlots(3)); ShmxClient c = ShmxClient.open(s.name())) {
            for (int i = 1; i <= 3; i++) {
                publish(s, i);
            }
            s.beginFrame().append(1, new long[]{4}, 1); // frame 4 overwrites frame 1
            assertEquals(3, c.latest().frameId());
            assertNull(c.next(), "frame 3 was already returned by latest()");
            try (ShmxClient fresh = ShmxClient.open(s.name())) {
                Frame f = fresh.next();
                assertEquals(2, f.frameId(), "frame 1 is being overwritten: the oldest readable is 2");
            }
        }
    }

    @Test
    void claimWritesInPlace() {
        try (ShmxServer s = server(ChannelConfig.defaults()); ShmxClient c = ShmxClient.open(s.name())) {
            FrameWriter w = s.beginFrame();
            MemorySegment pos = w.claim(2, 5);
            assertEquals(60, pos.byteSize());
            for (int i = 0; i < 15; i++) {
                pos.setAtIndex(F32, i, i * 1.5f);
            }
            long off = w.claimOffset(1, 1);
            w.segment().set(I64, off, 99L);
            w.publish(1.0);
            Frame f = c.latest();
            assertEquals(99L, f.stream(1).get(I64, 0));
            assertEquals(21f, f.stream(2).getAtIndex(F32, 14));
        }
    }

    @Test
    void everyPrimitiveArrayTypeAppends() {
        List<StreamSpec> specs = List.of(StreamSpec.of(1, "b", DType.BOOL, 1), StreamSpec.of(2, "i8", DType.I8, 1),
                StreamSpec.of(3, "i16", DType.I16, 1), StreamSpec.of(4, "i32", DType.I32, 1),
                StreamSpec.of(5, "i64", DType.I64, 1), StreamSpec.of(6, "f32", DType.F32, 1),
                StreamSpec.of(7, "f64", DType.F64, 1), StreamSpec.of(8, "seg", DType.U8, 1));
        try (ShmxServer s = ShmxServer.create(NAMES.next(), specs); ShmxClient c = ShmxClient.open(s.name())) {
            s.beginFrame()
                    .append(1, new boolean[]{true, false, true}, 3)
                    .append(2, new byte[]{-1, 2}, 2)
                    .append(3, new short[]{-2, 300}, 2)
                    .append(4, new int[]{-3, 70000}, 2)
                    .append(5, new long[]{-4, 1L << 40}, 2)
                    .append(6, new float[]{1.25f, -2f}, 2)
                    .append(7, new double[]{Math.PI, -0.5}, 2)
                    .append(8, MemorySegment.ofArray(new byte[]{9, 8, 7}), 3)
                    .publish(0);
            Frame f = c.latest();
            assertArrayEquals(new byte[]{1, 0, 1}, f.copyStream(1));
            assertArrayEquals(new byte[]{-1, 2}, f.copyStream(2));
            assertEquals(300, f.stream(3).get(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 2));
            assertEquals(70000, f.stream(4).get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 4));
            assertEquals(1L << 40, f.stream(5).get(I64, 8));
            assertEquals(-2f, f.stream(6).get(F32, 4));
            assertEquals(Math.PI, f.stream(7).get(ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 0));
            assertArrayEquals(new byte[]{9, 8, 7}, f.copyStream(8));
        }
    }

    @Test
    void addStreamAndRawAppendsReachReaders() {
        try (ShmxServer s = server(ChannelConfig.defaults()); ShmxClient c = ShmxClient.open(s.name())) {
            long gen = c.headerInfo().staticGen();
            assertFalse(c.refreshStatic());
            s.addStream(StreamSpec.of(9, "late", DType.I32, 1));
            assertNull(c.stream(9), "not visible before refresh");
            assertTrue(c.refreshStatic());
            assertEquals("late", c.stream(9).name());
            assertEquals(gen + 1, c.headerInfo().staticGen());
            s.beginFrame().append(9, new int[]{5}, 1).publish(0);
            assertEquals(5, c.latest().stream("late").get(ValueLayout.JAVA_INT_UNALIGNED, 0));

            s.writeStaticAppend("opaque".getBytes());
            assertTrue(c.refreshStatic());
            assertEquals(4, c.streams().size(), "raw bytes end the directory walk without error");
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> s.addStream(StreamSpec.of(10, "after_raw", DType.I32, 1)));
            assertTrue(e.getMessage().contains("raw bytes"), e.getMessage());
        }
    }

    @Test
    void secondProducerIsRefusedUnlessReplacing() {
        try (ShmxServer s = server(ChannelConfig.defaults())) {
            ChannelInUseException e = assertThrows(ChannelInUseException.class,
                    () -> ShmxServer.create(s.name(), STREAMS));
            assertTrue(e.getMessage().contains("live producer") && e.getMessage().contains("withReplaceLive"),
                    e.getMessage());
            publish(s, 1);
            try (ShmxClient c = ShmxClient.open(s.name());
                 ShmxServer s2 = ShmxServer.create(s.name(), ChannelConfig.defaults().withReplaceLive(true), STREAMS)) {
                assertEquals(ProducerState.REPLACED, c.producerState());
                long oldSession = c.sessionId();
                publish(s2, 42);
                Frame f = null;
                for (int i = 0; i < 200 && (f == null || f.stream(1).get(I64, 0) != 42); i++) {
                    f = c.latest();
                    sleep(2);
                }
                assertNotNull(f);
                assertEquals(42L, f.stream(1).get(I64, 0), "re-attached to the new region");
                assertNotEquals(oldSession, c.sessionId());
                assertEquals(1, c.reattachments());
                assertEquals(ProducerState.ALIVE, c.producerState());
            }
        }
    }

    @Test
    void closeMarksClosedAndARestartedProducerIsFollowed() {
        String name;
        ShmxServer s = server(ChannelConfig.defaults());
        name = s.name();
        publish(s, 1);
        try (ShmxClient c = ShmxClient.open(name)) {
            s.close();
            assertEquals(ProducerState.CLOSED, c.producerState());
            assertEquals(1, c.latest().frameId(), "frames stay readable after close");
            assertThrows(ChannelClosedException.class, s::beginFrame);
            try (ShmxServer again = ShmxServer.create(name, STREAMS)) {
                publish(again, 5);
                Frame f = null;
                for (int i = 0; i < 200 && (f == null || f.stream(1).get(I64, 0) != 5); i++) {
                    f = c.latest();
                    sleep(2);
                }
                assertEquals(5L, f.stream(1).get(I64, 0));
                again.destroy();
                assertFalse(Files.exists(again.file()));
            }
        }
    }

    @Test
    void readerSlotsAreClaimedAndReleased() {
        try (ShmxServer s = server(ChannelConfig.defaults().withReaderSlots(2))) {
            ShmxClient a = ShmxClient.open(s.name());
            ShmxClient b = ShmxClient.open(s.name());
            assertEquals(2, s.headerInfo().readersConnected());
            assertEquals(2, s.snapshotReaders().size());
            ReaderSlotsFullException e = assertThrows(ReaderSlotsFullException.class, () -> ShmxClient.open(s.name()));
            assertTrue(e.getMessage().contains("withReaderSlots"), e.getMessage());
            publish(s, 3);
            a.latest();
            ReaderInfo ra = s.snapshotReaders().get(a.readerIndex());
            assertEquals(a.readerId(), ra.readerId());
            assertEquals(1, ra.lastFrameSeen());
            a.close();
            assertEquals(1, s.headerInfo().readersConnected());
            try (ShmxInspector in = ShmxInspector.open(s.name())) {
                assertEquals(1, in.readers().size());
                assertEquals(b.readerId(), in.readers().getFirst().readerId());
            }
            b.close();
            assertEquals(0, s.snapshotReaders().size());
        }
    }

    @Test
    void producerThatDiesWithoutClosingIsReportedDead() throws Exception {
        // covered across processes in CrossProcessTest; here: a closed producer is never reported alive
        ShmxServer s = server(ChannelConfig.defaults());
        try (ShmxInspector in = ShmxInspector.open(s.name())) {
            assertEquals(ProducerState.ALIVE, in.producerState());
            s.close();
            assertEquals(ProducerState.CLOSED, in.producerState());
        }
    }

    @Test
    void steadyStatePublishAndReadAllocateNothing() {
        try (ShmxServer s = server(ChannelConfig.defaults().withSlots(4));
             ShmxClient c = ShmxClient.open(s.name())) {
            long[] value = new long[1];
            float[] pos = new float[6];
            long sum = 0;
            for (int round = 0; round < 2; round++) {
                long before = io.shmx.testing.Allocations.currentThread();
                for (int i = 0; i < 50_000; i++) {
                    value[0] = i;
                    FrameWriter w = s.beginFrame().append(1, value, 1).append(2, pos, 2);
                    long flag = w.claimOffset(3, 1); // zero-copy through segment(): the default hands out the slot itself
                    w.segment().set(ValueLayout.JAVA_BYTE, flag, (byte) (i & 1));
                    w.publish(i);
                    Frame f = c.latest();
                    sum += f.frameId() + f.offsetAt(f.indexOf(1)) + (f.isValid() ? 1 : 0);
                    Frame n = c.next();
                    sum += n == null ? 0 : n.missedBefore();
                }
                long allocated = io.shmx.testing.Allocations.currentThread() - before;
                if (round == 1) {
                    assertTrue(allocated < 4096, "steady state allocated " + allocated + " bytes in 50000 rounds");
                }
            }
            assertTrue(sum > 0);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
