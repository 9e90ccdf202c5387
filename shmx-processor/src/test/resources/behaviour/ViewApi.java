package behaviour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.processor.behaviour.Scenario;
import java.math.BigInteger;

/**
 * What a user reads off a view besides the accessors: toString with values and labelled counts,
 * the exact unsigned value of a U64, copying an array stream into one's own array, and frames whose
 * streams arrive in another order than the record's (the view resolves them again).
 */
public final class ViewApi implements Scenario {
    @Override
    public void run(String channel) {
        try (AllTypesWriter writer = AllTypesWriter.create(channel);
             AllTypesReader reader = AllTypesReader.open(channel)) {
            AllTypes sent = Values.sample(1);
            writer.publish(sent, 12.5);
            AllTypesView view = reader.latest();

            // toString: scalars and strings as values, arrays as dtype, labelled count and first elements
            String text = view.toString();
            assertTrue(text.startsWith("AllTypesView[frameId=1, simTime=12.5, missed=0, "), text);
            assertTrue(text.contains("positions=F32x3[2 elems: (0.0, 1.0, 2.0), (4.0, 4.0, 5.0)]"), text);
            assertTrue(text.contains("u64=U64[2 elems: 18446744073709551615, 9223372036854775808]"), text);
            assertTrue(text.contains("u8=U8[4 elems: 255, 128, 0, 1]"), text);
            assertTrue(text.contains("label=\"héllo ✓ 1\""), text);
            assertTrue(text.contains("energy=" + sent.energy()), text);
            assertTrue(text.contains("count=4294967294"), text); // U32 scalar printed unsigned
            assertTrue(text.contains("f16=F16[5 elems: 1.5, 65504.0, -0.0, 0.33325195, ...]"), text);

            // U64: the exact unsigned value
            assertEquals(new BigInteger("18446744073709551615"), view.u64Unsigned(0));
            assertEquals(BigInteger.ONE.shiftLeft(63), view.u64Unsigned(1));
            assertEquals(-1L, view.u64(0));

            // copying an array stream out in one call, bounds-checked
            float[] positions = new float[8];
            assertEquals(6, view.copyPositions(positions, 1));
            assertArrayEquals(new float[] {0, 0, 1, 2, 4, 4, 5, 0}, positions);
            float[] f16 = new float[5];
            assertEquals(5, view.copyF16(f16, 0));
            assertEquals(65504f, f16[1]);
            IndexOutOfBoundsException small = assertThrows(IndexOutOfBoundsException.class,
                    () -> view.copyPositions(new float[5], 0));
            assertTrue(small.getMessage().contains("stream 'positions' holds 6 scalars (2 elements x 3)"),
                    small.getMessage());
            assertThrows(IndexOutOfBoundsException.class, () -> view.copyPositions(positions, 3));
            assertThrows(IndexOutOfBoundsException.class, () -> view.copyPositions(positions, -1));
            assertTrue(view.isValid());

            // a frame with the streams in reverse order: same values through the same view
            long before = view.frame().layoutStamp();
            AllTypes second = Values.sample(7);
            AllTypesWriter.Frame frame = writer.begin();
            frame.brainBits(second.brainBits()).ok(second.ok()).count(second.count()).energy(second.energy())
                    .raw(second.raw()).label(second.label()).halfBits(second.halfBits()).f64(second.f64())
                    .positions(second.positions()).bf16(second.bf16()).f16(second.f16()).u64(second.u64())
                    .i64(second.i64()).u32(second.u32()).i32(second.i32()).u16(second.u16()).i16(second.i16())
                    .u8(second.u8()).i8(second.i8()).flags(second.flags()).publish(13.0);
            AllTypesView reordered = reader.latest();
            assertTrue(reordered.frame().layoutStamp() != before, "a new stream order is a new layout");
            Values.assertRoundTrip(second, reordered.toRecord());
            assertEquals(10f, reordered.positions(1, 0));

            // and back: the first order again resolves again
            writer.publish(sent, 14.0);
            Values.assertRoundTrip(sent, reader.latest().toRecord());
            long stamp = view.frame().layoutStamp();
            writer.publish(sent, 15.0);
            assertEquals(stamp, reader.latest().frame().layoutStamp(), "same streams, same order: same layout");
        }
    }
}
