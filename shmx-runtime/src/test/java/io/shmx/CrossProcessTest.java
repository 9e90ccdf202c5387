package io.shmx;

import io.shmx.testing.ChildJvm;
import io.shmx.testing.Publisher;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** A producer in a second JVM, readers here. */
class CrossProcessTest {
    @RegisterExtension
    static final ShmNames NAMES = new ShmNames("xp");
    static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    @Test
    void framesFromAnotherProcessArriveInOrderAndAProducerCrashIsSeen() throws Exception {
        String name = NAMES.next();
        try (ChildJvm child = new ChildJvm(Publisher.class, "count", name)) {
            child.expect("READY");
            try (ShmxClient c = ShmxClient.open(name)) {
                assertEquals(ProducerState.ALIVE, c.producerState());
                ChannelInUseException e = assertThrows(ChannelInUseException.class,
                        () -> ShmxServer.create(name, java.util.List.of(StreamSpec.of(1, "x", DType.U8, 1))));
                assertTrue(e.getMessage().contains("pid " + child.pid()), e.getMessage());

                child.send("PUBLISH 20000");
                long seen = 0;
                long delivered = 0;
                long missed = 0;
                while (seen < 20000) {
                    Frame f = c.awaitNext(Duration.ofSeconds(10));
                    assertNotNull(f, "a frame within 10 s");
                    assertTrue(f.frameId() > seen, "in order");
                    // the reader attached before frame 1: missed counts exactly the gap, from the first frame on
                    assertEquals(f.frameId() - seen - 1, f.missedBefore(), "exact missed count");
                    long value = f.stream(1).get(I64, 0);
                    assertTrue(f.isValid() ? value == f.frameId() : true, "a valid frame holds its own id");
                    assertEquals(f.frameId() * 0.001, f.simTime(), 1e-9);
                    missed += f.frameId() - seen - 1;
                    seen = f.frameId();
                    delivered++;
                }
                assertEquals(20000, delivered + missed);
                child.expect("DONE");

                child.send("HALT");
                child.waitFor(30);
                assertEquals(ProducerState.DEAD, c.producerState(), "the lock died with the process");
                assertEquals(20000, c.latest().frameId(), "frames stay readable");
            }
            // a dead producer's region is taken over by a new producer
            try (ShmxServer s = ShmxServer.create(name, java.util.List.of(StreamSpec.of(1, "x", DType.U8, 1)))) {
                assertEquals(0, s.framesPublished());
            }
        }
    }

    @Test
    void noTornFrameIsEverAcceptedUnderAFlatOutWriter() throws Exception {
        String name = NAMES.next();
        int bytes = 1 << 20;
        try (ChildJvm child = new ChildJvm(Publisher.class, "stress", name, "3000", Integer.toString(bytes));
             Arena arena = Arena.ofConfined()) {
            child.expect("READY");
            MemorySegment expected = arena.allocate(bytes);
            int expectedValue = -1;
            long accepted = 0;
            long rejected = 0;
            long torn = 0;
            long lapChecks = 0;
            try (ShmxClient c = ShmxClient.open(name); ShmxClient keeper = ShmxClient.open(name)) {
                Frame kept = null;
                long keptId = 0;
                while (child.isAlive()) {
                    Frame f = c.latest();
                    if (f != null) {
                        MemorySegment data = f.stream(1);
                        int v = data.get(ValueLayout.JAVA_BYTE, 0);
                        if (v != expectedValue) {
                            expected.fill((byte) v);
                            expectedValue = v;
                        }
                        boolean uniform = data.byteSize() == bytes && data.mismatch(expected) == -1;
                        if (f.isValid()) {
                            accepted++;
                            if (!uniform) {
                                torn++;
                            }
                            assertEquals((byte) f.frameId(), (byte) v, "data belongs to the frame id");
                        } else {
                            rejected++;
                        }
                    }
                    if (kept == null) {
                        kept = keeper.latest();
                        keptId = kept == null ? 0 : kept.frameId();
                    } else {
                        long seq = c.headerInfo().frameSeq();
                        if (seq >= keptId + 2) {
                            assertFalse(kept.isValid(), "frame " + keptId + " was lapped at frame_seq " + seq);
                            lapChecks++;
                            kept = null;
                        }
                    }
                }
            } catch (ChannelClosedException | RegionTruncatedException ignored) {
                // the producer destroyed the channel at the end
            }
            String frames = child.expect("FRAMES");
            assertEquals(0, child.waitFor(30));
            System.out.printf("torn-read stress: %s published; %d accepted, %d rejected, %d torn accepted, %d lapped "
                    + "views checked%n", frames, accepted, rejected, torn, lapChecks);
            assertEquals(0, torn, "torn frames accepted (accepted " + accepted + ", rejected " + rejected + ", "
                    + frames + ")");
            assertTrue(accepted > 10, "enough frames checked: " + accepted);
            assertTrue(lapChecks > 3, "lapped views checked: " + lapChecks);
        }
    }
}
