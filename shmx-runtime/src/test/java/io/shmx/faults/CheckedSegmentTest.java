package io.shmx.faults;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.Frame;
import io.shmx.FrameWriter;
import io.shmx.ShmxClient;
import io.shmx.ShmxException;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.testing.Allocations;
import io.shmx.testing.ChildJvm;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 12.4: a segment that a writer handed out for a frame and that the caller kept past the
 * frame's end. By default it stays writable (the hazard); with
 * {@link ChannelConfig#withCheckedSegments(boolean)} it is revoked when the frame is published,
 * aborted, dropped by the next begin or the server closed, and a later use throws.
 */
class CheckedSegmentTest {
    static final ShmNames NAMES = new ShmNames("cseg");
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "v", DType.I64, 1),
            StreamSpec.of(2, "w", DType.U8, 1));
    /** One slot: every frame reuses the memory of the one before, as a ring does after a lap. */
    static final ChannelConfig CHECKED = ChannelConfig.defaults().withSlots(1).withCheckedSegments(true);
    static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** What the JDK says when a segment of a closed arena is used; shmx cannot change it (ChannelConfig documents it). */
    static final String JDK_CLOSED = "Already closed";

    @AfterAll
    static void cleanup() {
        NAMES.close();
    }

    @Test
    void checkedSegmentsAreOffByDefault() {
        assertFalse(ChannelConfig.defaults().checkedSegments());
        assertTrue(CHECKED.checkedSegments());
        assertNotEquals(ChannelConfig.defaults(), ChannelConfig.defaults().withCheckedSegments(true));
        assertTrue(CHECKED.toString().contains("checkedSegments=true"), CHECKED.toString());
    }

    @Test
    void byDefaultASegmentKeptPastPublishStillWritesIntoThePublishedFrame() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withSlots(1), STREAMS);
             ShmxClient c = ShmxClient.open(s.name())) {
            FrameWriter w = s.beginFrame();
            long off = w.claimOffset(1, 1);
            MemorySegment kept = w.segment();
            kept.set(I64, off, 42L);
            w.publish(1);
            kept.set(I64, off, -1L); // the bug checked segments catch: nothing stops it here
            Frame f = c.latest();
            assertEquals(1, f.frameId());
            assertEquals(-1L, f.stream(1).get(I64, 0), "the reader sees the scribble in a validated frame");
        }
    }

    @Test
    void aSegmentKeptPastPublishThrowsAndThePublishedFrameStaysAsPublished() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), CHECKED, STREAMS);
             ShmxClient c = ShmxClient.open(s.name())) {
            FrameWriter w = s.beginFrame();
            long off = w.claimOffset(1, 1);
            MemorySegment kept = w.segment();
            MemorySegment slice = kept.asSlice(off, 8);
            MemorySegment claimed = w.claim(2, 8);
            assertEquals(8, claimed.byteSize());
            kept.set(I64, off, 42L);
            claimed.fill((byte) 7);
            w.publish(1);

            IllegalStateException write = assertThrows(IllegalStateException.class, () -> kept.set(I64, off, -1L));
            assertEquals(JDK_CLOSED, write.getMessage());
            IllegalStateException fill = assertThrows(IllegalStateException.class, () -> claimed.fill((byte) 9));
            assertEquals(JDK_CLOSED, fill.getMessage());
            assertThrows(IllegalStateException.class, () -> slice.get(I64, 0), "reads are refused too");
            assertThrows(IllegalStateException.class, () -> MemorySegment.copy(new byte[8], 0, claimed,
                    ValueLayout.JAVA_BYTE, 0, 8), "bulk copies too");
            assertFalse(kept.scope().isAlive());

            Frame f = c.latest();
            assertEquals(1, f.frameId());
            assertEquals(42L, f.stream(1).get(I64, 0));
            assertEquals((byte) 7, f.stream(2).get(ValueLayout.JAVA_BYTE, 7));

            ShmxException again = assertThrows(ShmxException.class, w::segment, "the writer's own accessor checks first");
            assertEquals("[ShmxNoFrame] FrameWriter.segment() was called with no frame in progress: a frame's segment "
                    + "is valid from ShmxServer.beginFrame() until that frame's publish or abort; call beginFrame() and "
                    + "take the new frame's segment() rather than keeping one", again.getMessage());
        }
    }

    @Test
    void aSegmentKeptPastAbortThrowsAndTheNextFrameInTheSameSlotIsUntouched() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), CHECKED, STREAMS);
             ShmxClient c = ShmxClient.open(s.name())) {
            FrameWriter w = s.beginFrame();
            long off = w.claimOffset(1, 1);
            MemorySegment kept = w.segment();
            MemorySegment claimed = w.claim(2, 4);
            w.abort();
            assertEquals(JDK_CLOSED, assertThrows(IllegalStateException.class, () -> kept.set(I64, off, -1L))
                    .getMessage());
            assertEquals(JDK_CLOSED, assertThrows(IllegalStateException.class, () -> claimed.fill((byte) 1))
                    .getMessage());

            FrameWriter next = s.beginFrame(); // the same slot and offsets as the aborted frame
            assertEquals(off, next.claimOffset(1, 1));
            MemorySegment fresh = next.segment();
            assertNotSame(kept, fresh, "each frame hands out its own segment");
            assertSame(fresh, next.segment(), "one segment per frame, however often it is asked for");
            fresh.set(I64, off, 5L);
            assertThrows(IllegalStateException.class, () -> kept.set(I64, off, -1L));
            next.publish(2);
            assertEquals(5L, c.latest().stream(1).get(I64, 0));
        }
    }

    @Test
    void aSegmentOfAFrameDroppedByTheNextBeginThrows() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), CHECKED, STREAMS)) {
            FrameWriter w = s.beginFrame();
            long off = w.claimOffset(1, 1);
            MemorySegment kept = w.segment();
            s.beginFrame(); // drops the frame in progress
            assertEquals(JDK_CLOSED, assertThrows(IllegalStateException.class, () -> kept.set(I64, off, 1L))
                    .getMessage());
        }
    }

    @Test
    void aSegmentOfAFrameOpenWhenItsThreadClosesTheServerThrows() {
        ShmxServer s = ShmxServer.create(NAMES.next(), CHECKED, STREAMS);
        FrameWriter w = s.beginFrame();
        long off = w.claimOffset(1, 1);
        MemorySegment kept = w.segment();
        s.close();
        assertFalse(kept.scope().isAlive(), "revoked before the region was unmapped");
        assertEquals(JDK_CLOSED, assertThrows(IllegalStateException.class, () -> kept.set(I64, off, 1L)).getMessage());
    }

    @Test
    void aServerClosedByAnotherThreadLeavesTheRegionMappedForTheFrameItCouldNotRevoke() throws Exception {
        ShmxServer s = ShmxServer.create(NAMES.next(), CHECKED, STREAMS);
        FrameWriter w = s.beginFrame();
        long off = w.claimOffset(1, 1);
        MemorySegment kept = w.segment();
        AtomicReference<Throwable> closing = new AtomicReference<>();
        Thread closer = Thread.ofPlatform().start(() -> {
            try {
                s.close(); // a confined arena cannot be closed here; unmapping would leave 'kept' dangling
            } catch (Throwable t) {
                closing.set(t);
            }
        });
        closer.join();
        assertNull(closing.get(), "close() from another thread does not throw");
        assertFalse(Files.exists(s.file()), "the region file is removed as usual");
        kept.set(I64, off, 1L); // still mapped: lands in the orphaned mapping, where it harms no one (and no crash)
        assertEquals(1L, kept.get(I64, off));
        assertThrows(ShmxException.class, w::segment, "the closed server hands out nothing more");
    }

    @Test
    void aFrameThatHandedOutSegmentsBelongsToThatThreadWhichAloneCanUseOrEndIt() throws Exception {
        String testThread = Thread.currentThread().getName();
        Thread.currentThread().setName("producer");
        try (ShmxServer s = ShmxServer.create(NAMES.next(), CHECKED, STREAMS);
             ShmxClient c = ShmxClient.open(s.name())) {
            FrameWriter w = s.beginFrame();
            long off = w.claimOffset(1, 1);
            MemorySegment bytes = w.claim(2, 8);
            MemorySegment kept = w.segment();
            kept.set(I64, off, 77L);

            Throwable raw = onThread("worker", () -> bytes.fill((byte) 1));
            assertInstanceOf(WrongThreadException.class, raw, "the JDK's own check on the segment");
            assertEquals("Attempted access outside owning thread", raw.getMessage());
            String expected = "[ShmxCheckedSegmentsThread] thread 'worker' ends the frame (publish, abort or a new "
                    + "beginFrame), but with checked segments (ChannelConfig.withCheckedSegments(true)) the segments "
                    + "of a frame are confined to the thread that took the first of them, here 'producer', and only it "
                    + "can use them or end the frame; fill and end the frame on 'producer', or create the channel "
                    + "without checked segments to share a frame between threads";
            assertEquals(expected, onThread("worker", () -> w.publish(1)).getMessage());
            assertEquals(expected, onThread("worker", w::abort).getMessage());
            assertEquals(expected, onThread("worker", s::beginFrame).getMessage());
            Throwable ask = onThread("worker", w::segment);
            assertInstanceOf(ShmxException.class, ask);
            assertTrue(ask.getMessage().startsWith("[ShmxCheckedSegmentsThread] thread 'worker' asks for a segment "
                    + "of the frame"), ask.getMessage());

            bytes.fill((byte) 2);
            assertEquals(1, w.publish(1), "the refused calls changed nothing: the owner publishes the frame");
            assertEquals(77L, c.latest().stream(1).get(I64, 0));
            assertEquals((byte) 2, c.latest().stream(2).get(ValueLayout.JAVA_BYTE, 7));
            assertThrows(IllegalStateException.class, () -> kept.get(I64, off));

            Throwable next = onThread("worker", () -> { // the next frame may belong to another thread
                FrameWriter v = s.beginFrame();
                v.segment().set(I64, v.claimOffset(1, 1), 78L);
                v.publish(2);
            });
            assertNull(next);
            assertEquals(78L, c.latest().stream(1).get(I64, 0));
        } finally {
            Thread.currentThread().setName(testThread);
        }
    }

    @Test
    void aFrameWhoseThreadEndedCanBeEndedByAnother() throws Exception {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), CHECKED, STREAMS);
             ShmxClient c = ShmxClient.open(s.name())) {
            AtomicReference<FrameWriter> begun = new AtomicReference<>();
            assertNull(onThread("short-lived", () -> {
                FrameWriter w = s.beginFrame();
                w.segment().set(I64, w.claimOffset(1, 1), 5L);
                begun.set(w);
            }));
            FrameWriter w = begun.get();
            long off = w.claimOffset(2, 1);
            w.segment().set(ValueLayout.JAVA_BYTE, off, (byte) 3); // this thread takes the frame over
            assertEquals(1, w.publish(1));
            assertEquals(5L, c.latest().stream(1).get(I64, 0));
            assertEquals((byte) 3, c.latest().stream(2).get(ValueLayout.JAVA_BYTE, 0));
        }
    }

    /** Runs {@code body} on a new platform thread named {@code name}; returns what it threw, or null. */
    private static Throwable onThread(String name, ThrowingRunnable body) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = Thread.ofPlatform().name(name).start(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.join();
        return thrown.get();
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /**
     * Checked segments call {@code MemorySegment.reinterpret}, a restricted method: what a JVM
     * without native access for shmx says (a warning; these tests run on the class path, where
     * shmx is in the unnamed module), what one with it says (nothing), and what a JVM that denies
     * it says (shmx's own message, at the first segment).
     */
    @Test
    void nativeAccessDecidesBetweenAWarningSilenceAndAClearRefusal() {
        ChildJvm.Finished plain = ChildJvm.run(CheckedSegmentsChild.class, NAMES.next());
        assertEquals(0, plain.status(), plain.err());
        assertTrue(plain.out().contains("SEGMENT ok"), plain.out());
        assertTrue(plain.out().contains("KEPT java.lang.IllegalStateException: Already closed"), plain.out());
        assertTrue(plain.err().contains("WARNING: A restricted method in java.lang.foreign.MemorySegment has been "
                + "called"), plain.err());

        ChildJvm.Finished enabled = ChildJvm.run(List.of("--enable-native-access=ALL-UNNAMED"),
                CheckedSegmentsChild.class, NAMES.next());
        assertTrue(enabled.out().contains("KEPT java.lang.IllegalStateException: Already closed"), enabled.out());
        assertFalse(enabled.err().contains("WARNING"), enabled.err());

        ChildJvm.Finished denied = ChildJvm.run(List.of("--illegal-native-access=deny"), CheckedSegmentsChild.class,
                NAMES.next());
        assertTrue(denied.out().contains("SEGMENT io.shmx.ShmxException: [ShmxCheckedSegmentsAccess] checked "
                + "segments (ChannelConfig.withCheckedSegments(true))"), denied.out());
        assertTrue(denied.out().contains("--enable-native-access=io.shmx.runtime"), denied.out());
    }

    @Test
    void checkedFramesAllocateOnlyWhenTheyHandOutASegment() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), CHECKED.withSlots(4), STREAMS)) {
            long[] value = new long[1];
            long appendOnly = 0;
            long withSegment = 0;
            int rounds = 20_000;
            for (int round = 0; round < 2; round++) {
                long before = Allocations.currentThread();
                for (int i = 0; i < rounds; i++) {
                    value[0] = i;
                    s.beginFrame().append(1, value, 1).publish(i);
                }
                appendOnly = Allocations.currentThread() - before;
                before = Allocations.currentThread();
                for (int i = 0; i < rounds; i++) {
                    FrameWriter w = s.beginFrame();
                    w.segment().set(I64, w.claimOffset(1, 1), i);
                    w.publish(i);
                }
                withSegment = Allocations.currentThread() - before;
            }
            assertTrue(appendOnly < 4096, "append-only frames allocated " + appendOnly + " bytes in " + rounds
                    + " frames: the frame's arena is made on the first segment() only");
            // the probe sees what a frame's own arena costs (it would see it on the default path too)
            assertTrue(withSegment >= 32L * rounds, "a frame with a segment allocated " + withSegment / rounds
                    + " bytes");
            System.out.println("checked segments: " + withSegment / rounds + " bytes allocated per frame that asks "
                    + "for a segment, " + appendOnly + " bytes in " + rounds + " append-only frames");
        }
    }
}
