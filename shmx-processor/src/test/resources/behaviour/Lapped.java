package behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ChannelConfig;
import io.shmx.ShmxException;
import io.shmx.processor.behaviour.Scenario;
import java.time.Duration;

/** A view whose slot the producer overwrote is no longer valid, and toRecord refuses it. */
public final class Lapped implements Scenario {
    @Override
    public void run(String channel) {
        int slots = 3;
        try (AllTypesWriter writer = AllTypesWriter.create(channel, ChannelConfig.defaults().withSlots(slots));
             AllTypesReader reader = AllTypesReader.open(channel)) {
            writer.publish(Values.sample(1), 1.0);
            AllTypesView view = reader.next();
            assertEquals(1, view.frameId());
            float before = view.positions(1, 0);
            assertEquals(4f, before);
            assertTrue(view.isValid());

            // frames 2..5: frame 4 reuses the view's slot, and frame 2 is gone before this reader gets to it
            for (int i = 2; i <= slots + 2; i++) {
                writer.publish(Values.sample(i), i);
            }
            assertFalse(view.isValid(), "the producer lapped the ring and reused the view's slot");
            ShmxException e = assertThrows(ShmxException.class, view::toRecord);
            assertTrue(e.getMessage().contains("was overwritten by the producer"), e.getMessage());

            AllTypesView next = reader.awaitNext(Duration.ofSeconds(1));
            assertTrue(next.frameId() > 2, "frame 2 was lapped: " + next.frameId());
            assertEquals(next.frameId() - 2, next.missedBefore(), "next() counts the frames lost to the lap");
            assertTrue(next.isValid());
            Values.assertRoundTrip(Values.sample((int) next.frameId()), next.toRecord());
        }
    }
}
