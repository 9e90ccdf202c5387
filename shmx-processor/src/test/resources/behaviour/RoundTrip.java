package behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.processor.behaviour.Scenario;
import java.nio.charset.StandardCharsets;

/** A whole record through publish(record), read back by typed accessors and toRecord(). */
public final class RoundTrip implements Scenario {
    @Override
    public void run(String channel) {
        try (AllTypesWriter writer = AllTypesWriter.create(channel);
             AllTypesReader reader = AllTypesReader.open(channel)) {
            assertEquals(AllTypesSchema.SCHEMA_HASH, writer.server().headerInfo().staticHash(),
                    "the channel's static hash is the schema hash computed at compile time");
            assertEquals(AllTypesSchema.DIRECTORY_LENGTH, writer.server().headerInfo().staticBytesUsed());
            assertNull(reader.latest(), "nothing published yet");

            AllTypes sent = Values.sample(1);
            long frameId = writer.publish(sent, 12.5);
            assertEquals(1, frameId);

            AllTypesView view = reader.latest();
            assertNotNull(view);
            assertEquals(frameId, view.frameId());
            assertEquals(12.5, view.simTime());
            Values.assertRoundTrip(sent, view.toRecord());

            // typed accessors, straight from the slot
            assertEquals(3, view.flagsCount());
            assertTrue(view.flags(0));
            assertFalse(view.flags(1));
            assertEquals(-1, view.u8(0));
            assertEquals(255, view.u8Unsigned(0));
            assertEquals(128, view.u8Unsigned(1));
            assertEquals(65535, view.u16Unsigned(0));
            assertEquals(32768, view.u16Unsigned(1));
            assertEquals(4294967295L, view.u32Unsigned(0));
            assertEquals(2147483648L, view.u32Unsigned(1));
            assertEquals(-1L, view.u64(0));
            assertEquals(1.5f, view.f16(0));
            assertEquals(65504f, view.f16(1));
            assertEquals((short) 0x3E00, view.f16Bits(0)); // 1.5 in binary16
            assertEquals(Float.floatToFloat16(1f / 3f), view.f16Bits(3));
            assertEquals((short) 0x3F80, view.bf16Bits(0));
            assertEquals((short) 0x3F82, view.bf16Bits(1));
            assertEquals(2, view.positionsCount());
            assertEquals(4f, view.positions(1, 0));
            assertEquals(2f, view.positions(0, 2));
            assertEquals(2, view.halfBitsCount());
            assertEquals(1.0f, view.halfBitsFloat(0, 0));
            assertEquals(-2.0f, view.halfBitsFloat(0, 1));
            assertEquals(65504f, view.halfBitsFloat(1, 0));
            assertEquals(sent.energy(), view.energy());
            assertEquals(-2, view.count());
            assertEquals(4294967294L, view.countUnsigned());
            assertTrue(view.ok());
            assertEquals(1.0f, view.brainBitsFloat());
            assertEquals(sent.label(), view.label());
            assertEquals(sent.label().getBytes(StandardCharsets.UTF_8).length, view.labelCount());
            assertEquals(2, view.rawCount());
            assertEquals(8, view.rawSegment().byteSize());
            assertEquals(AllTypesWriter.bytesNeeded(sent), view.frame().payloadBytes(),
                    "bytesNeeded is the payload size, TLV headers and padding included");
            assertTrue(view.isValid());

            // reader's single view, re-pointed
            writer.publish(Values.sample(2), 13.0);
            AllTypesView next = reader.latest();
            assertSame(view, next, "one view per reader");
            assertEquals(2, next.frameId());
            assertEquals(5f, next.positions(1, 0));
            assertThrows(IndexOutOfBoundsException.class, () -> next.positions(2, 0));
            assertThrows(IndexOutOfBoundsException.class, () -> next.positions(0, 3));
        }
    }

    private static void assertThrows(Class<? extends Throwable> type, org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertThrows(type, e);
    }
}
