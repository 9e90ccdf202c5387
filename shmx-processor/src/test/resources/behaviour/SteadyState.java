package behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.processor.behaviour.Scenario;
import java.lang.management.ManagementFactory;

/**
 * The zero-copy write path, {@code publish(record)} (its String encoded straight into the slot)
 * and the view's typed reads and copies allocate nothing once warm.
 */
public final class SteadyState implements Scenario {
    private static final int FRAMES = 50_000;

    @Override
    public void run(String channel) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        float[] temperatures = {20.5f, 21.0f, 19.75f, 22.25f};
        Hot record = new Hot(new float[] {1, 2, 3, 4, 5, 6}, new int[] {7, (int) 4_000_000_000L}, temperatures, 0.25, true, "robot ✓ 7");
        float[] copied = new float[6];
        try (HotWriter writer = HotWriter.create(channel);
             HotReader reader = HotReader.open(channel)) {
            double sum = 0;
            long allocated = 0;
            for (int round = 0; round < 2; round++) { // round 0 warms up (JIT, first-use allocations)
                long before = threads.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < FRAMES; i++) {
                    HotWriter.Frame frame = writer.begin();
                    io.shmx.typed.FloatClaim positions = frame.positions(2);
                    for (int e = 0; e < 2; e++) {
                        positions.set(e, 0, i).set(e, 1, e).set(e, 2, -i);
                    }
                    frame.ids(2).set(0, i).setUnsigned(1, 4_000_000_000L);
                    frame.temperatures(temperatures);
                    frame.energy(i * 0.5).ok((i & 1) == 0).label("in place").publish(i);

                    HotView view = reader.latest();
                    sum += view.positions(1, 0) + view.idsUnsigned(1) + view.temperatures(3) + view.energy()
                            + (view.ok() ? 1 : 0) + view.positionsCount() + view.frameId();
                    if (!view.isValid()) {
                        sum -= 1;
                    }
                    HotView next = reader.next();
                    sum += next == null ? 0 : next.missedBefore();

                    writer.publish(record, i + 0.5);
                    HotView published = reader.latest();
                    sum += published.copyPositions(copied, 0) + copied[5] + published.labelCount();
                }
                allocated = threads.getCurrentThreadAllocatedBytes() - before;
            }
            assertTrue(allocated < 4096, "steady state allocated " + allocated + " bytes in " + FRAMES + " frames");
            assertTrue(sum > 0);
            HotView last = reader.latest();
            assertEquals(4L * FRAMES, last.frameId());
            assertEquals("robot ✓ 7", last.label());
            assertEquals(22.25f, last.temperatures(3));
            assertEquals(4_000_000_000L, last.idsUnsigned(1));
        }
    }
}
