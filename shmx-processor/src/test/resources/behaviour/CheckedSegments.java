package behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ChannelConfig;
import io.shmx.ShmxException;
import io.shmx.processor.behaviour.Scenario;
import io.shmx.typed.FloatClaim;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Checked segments on a generated writer: the segments a frame hands out (a claim's, a raw
 * stream's bytes) are revoked when it is published or aborted; the claims themselves say what to
 * do; a frame that handed out segments is ended by the thread that filled it.
 */
public final class CheckedSegments implements Scenario {
    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    @Override
    public void run(String channel) {
        try (AllTypesWriter writer = AllTypesWriter.create(channel, ChannelConfig.defaults().withCheckedSegments(true));
             AllTypesReader reader = AllTypesReader.open(channel)) {
            AllTypesWriter.Frame frame = writer.begin();
            FloatClaim positions = frame.positions(1);
            MemorySegment claimed = positions.segment();
            long at = positions.offset();
            MemorySegment raw = frame.raw(1);
            positions.set(0, 0, 1f).set(0, 1, 2f).set(0, 2, 3f);
            raw.set(F32, 0, 9.5f);
            fillTheOtherStreams(frame);
            long id = frame.publish(1.0);

            IllegalStateException set = assertThrows(IllegalStateException.class, () -> positions.set(0, 0, -1f));
            assertEquals("[ShmxClaimClosed] the claim of stream 'positions' was used after its frame was published or "
                    + "aborted; a claim is valid only in the frame that made it: claim the stream again on the frame "
                    + "that the next AllTypesWriter.begin() returns, and write through that claim", set.getMessage());
            IllegalStateException copy = assertThrows(IllegalStateException.class,
                    () -> positions.copyFrom(new float[3]));
            assertEquals(set.getMessage(), copy.getMessage(), "copyFrom says the same, not a length mismatch");
            assertEquals(MemorySegment.NULL, positions.segment());
            assertEquals("Already closed", assertThrows(IllegalStateException.class, () -> claimed.set(F32, at, -1f))
                    .getMessage());
            assertEquals("Already closed", assertThrows(IllegalStateException.class, () -> raw.set(F32, 0, -1f))
                    .getMessage());

            AllTypesView view = reader.latest();
            assertEquals(id, view.frameId());
            assertEquals(3f, view.positions(0, 2));
            assertEquals(9.5f, view.rawSegment().get(F32, 0));

            AllTypesWriter.Frame aborted = writer.begin();
            MemorySegment rawOfAborted = aborted.raw(1);
            aborted.abort();
            assertThrows(IllegalStateException.class, () -> rawOfAborted.set(F32, 0, -1f));
            assertEquals(id, reader.latest().frameId());

            // a frame that handed out segments is published by the thread that filled it
            AllTypesWriter.Frame filled = writer.begin();
            filled.positions(0);
            filled.raw(0);
            fillTheOtherStreams(filled);
            Throwable[] elsewhere = new Throwable[1];
            Thread other = new Thread(() -> {
                try {
                    filled.publish(3.0);
                } catch (Throwable t) {
                    elsewhere[0] = t;
                }
            });
            other.start();
            join(other);
            assertInstanceOf(ShmxException.class, elsewhere[0]);
            assertTrue(elsewhere[0].getMessage().startsWith("[ShmxCheckedSegmentsThread]"), elsewhere[0].getMessage());
            assertTrue(filled.isOpen(), "a refused publish leaves the frame open");
            assertEquals(id + 1, filled.publish(3.0));
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void fillTheOtherStreams(AllTypesWriter.Frame frame) {
        frame.flags(new boolean[0]);
        frame.i8(new byte[0]);
        frame.u8(0);
        frame.i16(0);
        frame.u16(0);
        frame.i32(new int[0]);
        frame.u32(0);
        frame.i64(new long[0]);
        frame.u64(new long[0]);
        frame.f16(0);
        frame.bf16(0);
        frame.f64(0);
        frame.halfBits(0);
        frame.label("checked");
        frame.energy(1.0);
        frame.count(5);
        frame.ok(true);
        frame.brainBits((short) 0);
    }
}
