package behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.processor.behaviour.Scenario;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/** begin(), typed claims filled in place, publish(simTime); the claims' guards. */
public final class ZeroCopy implements Scenario {
    @Override
    public void run(String channel) {
        try (AllTypesWriter writer = AllTypesWriter.create(channel);
             AllTypesReader reader = AllTypesReader.open(channel)) {
            AllTypesWriter.Frame frame = writer.begin();
            assertTrue(frame.isOpen());
            assertThrows(IllegalStateException.class, writer::begin, "one frame at a time");

            io.shmx.typed.FloatClaim positions = frame.positions(2);
            positions.set(0, 0, 1f).set(0, 1, 2f).set(0, 2, 3f).set(1, 0, 4f).set(1, 1, 5f).set(1, 2, 6f);
            IndexOutOfBoundsException outside = assertThrows(IndexOutOfBoundsException.class, () -> positions.set(2, 0, 0f));
            assertTrue(outside.getMessage().contains("positions"), outside.getMessage());
            assertThrows(IndexOutOfBoundsException.class, () -> positions.set(0, 3, 0f));
            assertThrows(IllegalStateException.class, () -> frame.positions(1), "a stream is written once");

            frame.u32(2).setUnsigned(0, 4294967295L).set(1, 7);
            assertThrows(IllegalArgumentException.class, () -> frame.u8(1).setUnsigned(0, 256));
            frame.u16(1).setUnsigned(0, 65535);
            frame.f16(2).set(0, 0.5f).setBits(1, (short) 0x3C00);
            frame.bf16(1).set(0, 1.01171875f);
            frame.halfBits(1).setFloat(0, 0, 2f).set(0, 1, (short) 0xBC00);
            frame.flags(new boolean[] {false, true});
            frame.i8(new byte[] {-5});
            frame.i16(0);
            frame.i32(new int[] {1, 2, 3});
            frame.i64(new long[] {-9});
            frame.u64(new long[0]);
            frame.f64(1).set(0, -0.25);
            frame.label("zero-copy");
            MemorySegment raw = frame.raw(3);
            assertEquals(12, raw.byteSize());
            raw.set(ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 8, 9.5f);
            frame.energy(1.0);
            frame.count(5);

            IllegalStateException incomplete = assertThrows(IllegalStateException.class, () -> frame.publish(1.0));
            assertTrue(incomplete.getMessage().contains("ok, brainBits"), incomplete.getMessage());
            assertTrue(frame.isOpen(), "a refused publish leaves the frame open");

            frame.ok(false).brainBits((short) 0x4000);
            long id = frame.publish(2.0);
            assertFalse(frame.isOpen());
            IllegalStateException closed = assertThrows(IllegalStateException.class, () -> positions.set(0, 0, 1f),
                    "a claim is closed once its frame is published");
            assertTrue(closed.getMessage().startsWith("[ShmxClaimClosed] the claim of stream 'positions' was used "
                    + "after its frame was published or aborted"), closed.getMessage());
            assertThrows(IllegalStateException.class, () -> frame.energy(2.0));

            AllTypesView view = reader.latest();
            assertEquals(id, view.frameId());
            assertEquals(2.0, view.simTime());
            assertEquals(6f, view.positions(1, 2));
            assertEquals(4294967295L, view.u32Unsigned(0));
            assertEquals(7, view.u32(1));
            assertEquals(65535, view.u16Unsigned(0));
            assertEquals(0.5f, view.f16(0));
            assertEquals(1.0f, view.f16(1));
            assertEquals(1.015625f, view.bf16(0));
            assertEquals((short) 0x4000, view.halfBits(0, 0));
            assertEquals(-1.0f, view.halfBitsFloat(0, 1));
            assertEquals(0, view.i16Count());
            assertEquals("zero-copy", view.label());
            assertEquals(9.5f, view.rawSegment().get(ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 8));
            assertEquals(2.0f, view.brainBitsFloat());
            AllTypes copy = view.toRecord();
            assertEquals(3, copy.i32().length);
            assertFalse(copy.ok());

            // abort: nothing becomes visible
            AllTypesWriter.Frame again = writer.begin();
            assertSame(frame, again, "one reusable frame per writer");
            again.energy(3.0);
            again.abort();
            assertEquals(id, reader.latest().frameId());
        }
    }
}
