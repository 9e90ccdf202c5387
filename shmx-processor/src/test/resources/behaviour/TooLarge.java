package behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ChannelConfig;
import io.shmx.FrameTooLargeException;
import io.shmx.processor.behaviour.Scenario;

/** A frame over the cap fails before anything is written, saying what it needs and how to get it. */
public final class TooLarge implements Scenario {
    @Override
    public void run(String channel) {
        int cap = 1024;
        try (AllTypesWriter writer = AllTypesWriter.create(channel, ChannelConfig.defaults().withFrameBytesCap(cap));
             AllTypesReader reader = AllTypesReader.open(channel)) {
            AllTypes small = Values.sample(1);
            long smallBytes = AllTypesWriter.bytesNeeded(small);
            assertTrue(smallBytes <= cap, "sample fits: " + smallBytes);
            writer.publish(small, 1.0);

            AllTypes big = new AllTypes(small.flags(), small.i8(), small.u8(), small.i16(), small.u16(), small.i32(),
                    small.u32(), small.i64(), small.u64(), small.f16(), small.bf16(), new float[3 * 100],
                    small.f64(), small.halfBits(), small.label(), small.raw(), small.energy(), small.count(),
                    small.ok(), small.brainBits());
            long needed = AllTypesWriter.bytesNeeded(big);
            assertEquals(smallBytes - 48 + (24 + 1200 + 8), needed,
                    "100 xyz floats take a 1232-byte TLV instead of the sample's 48");
            FrameTooLargeException e = assertThrows(FrameTooLargeException.class, () -> writer.publish(big, 2.0));
            assertEquals(needed, e.neededBytes());
            assertEquals(cap, e.capBytes());
            assertTrue(e.getMessage().contains("needs " + needed + " payload bytes (TLV headers and 16-byte padding"
                    + " included) but channel '" + channel + "' takes at most " + cap), e.getMessage());
            assertTrue(e.getMessage().contains("ChannelConfig.defaults().withFrameBytesCap(" + needed + ")"), e.getMessage());

            // zero-copy: the claim that would overflow fails, naming the stream
            AllTypesWriter.Frame frame = writer.begin();
            FrameTooLargeException claim = assertThrows(FrameTooLargeException.class, () -> frame.positions(100));
            assertTrue(claim.getMessage().contains("'positions'"), claim.getMessage());
            frame.abort();
            assertFalse(frame.isOpen());

            // nothing of the refused frames is visible; the writer still works
            assertEquals(1, reader.latest().frameId());
            assertEquals(2, writer.publish(small, 3.0));
            assertEquals(2, reader.latest().frameId());
        }
    }
}
