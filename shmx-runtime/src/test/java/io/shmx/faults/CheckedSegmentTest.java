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
            assertTrue(again.getMessage().contains("no frame in progress"), again.getMessage());
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
    void aSegmentOfAFrameOpenWhenTheServerClosesThrows() {
        ShmxServer s = ShmxServer.create(NAMES.next(), CHECKED, STREAMS);
        FrameWriter w = s.beginFrame();
        long off = w.claimOffset(1, 1);
        MemorySegment kept = w.segment();
        Thread closer = Thread.ofPlatform().unstarted(s::close); // another thread: a confined arena could not close it
        closer.start();
        assertDoesNotThrow(() -> closer.join());
        assertFalse(kept.scope().isAlive(), "revoked before the region was unmapped");
        assertThrows(IllegalStateException.class, () -> kept.set(I64, off, 1L));
    }

    @Test
    void workerThreadsMayFillAFrameAndAnotherThreadMayPublishIt() throws Exception {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), CHECKED, STREAMS);
             ShmxClient c = ShmxClient.open(s.name())) {
            FrameWriter w = s.beginFrame();
            long off = w.claimOffset(1, 1);
            MemorySegment bytes = w.claim(2, 64);
            MemorySegment kept = w.segment();
            Thread a = Thread.ofPlatform().start(() -> bytes.asSlice(0, 32).fill((byte) 1));
            Thread b = Thread.ofPlatform().start(() -> bytes.asSlice(32, 32).fill((byte) 2));
            a.join();
            b.join();
            kept.set(I64, off, 77L);
            AtomicReference<Object> published = new AtomicReference<>();
            Thread publisher = Thread.ofPlatform().start(() -> {
                try {
                    published.set(w.publish(1));
                } catch (RuntimeException e) {
                    published.set(e);
                }
            });
            publisher.join();
            assertEquals(1L, published.get(), "published from another thread than the one that began the frame");
            AtomicReference<Throwable> late = new AtomicReference<>();
            Thread worker = Thread.ofPlatform().start(() -> {
                try {
                    bytes.set(ValueLayout.JAVA_BYTE, 0, (byte) 9);
                } catch (Throwable t) {
                    late.set(t);
                }
            });
            worker.join();
            assertInstanceOf(IllegalStateException.class, late.get(), "revoked for every thread");
            Frame f = c.latest();
            assertEquals(77L, f.stream(1).get(I64, 0));
            assertEquals((byte) 1, f.stream(2).get(ValueLayout.JAVA_BYTE, 0));
            assertEquals((byte) 2, f.stream(2).get(ValueLayout.JAVA_BYTE, 63));
        }
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
