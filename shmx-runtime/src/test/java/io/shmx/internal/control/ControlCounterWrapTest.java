package io.shmx.internal.control;

import static io.shmx.internal.control.ControlRingDescriptor.COUNTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ControlSendResult;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, counters across their wrap: a control ring whose read and write positions start just
 * below 2^32 (where a 32-bit position would wrap) carries messages of every size across it, in
 * order, with wrap padding, FULL and draining as anywhere else.
 */
class ControlCounterWrapTest {

    @ParameterizedTest(name = "positions start at 2^32 - {0}")
    @ValueSource(longs = {1, 16, 100, 4000})
    void messagesCrossTheWrapOfA32BitPositionInOrder(long below) {
        try (Arena arena = Arena.ofConfined()) {
            int capacity = 256;
            MemorySegment seg = arena.allocate(capacity, 64);
            long start = (1L << 32) - below;
            seg.set(COUNTER, 0, start);
            seg.set(COUNTER, 8, start);
            ControlRing ring = new ControlRing(seg, capacity);
            SplittableRandom rnd = new SplittableRandom(below);
            List<Received> sent = new ArrayList<>();
            Received.Collector got = new Received.Collector();
            int full = 0;
            for (int i = 0; i < 400; i++) {
                byte[] data = new byte[rnd.nextInt(90)];
                rnd.nextBytes(data);
                int type = 1 + rnd.nextInt(0x7000);
                ControlSendResult res = ring.sender().send(type, data, 0, data.length);
                if (res == ControlSendResult.SENT) {
                    sent.add(Received.of(3, 42L, type, data));
                } else {
                    assertEquals(ControlSendResult.FULL, res);
                    full++;
                }
                if (rnd.nextInt(3) == 0) {
                    ring.poller().poll(3, 42L, got, 1 + rnd.nextInt(4));
                }
            }
            while (ring.poller().poll(3, 42L, got, 100) > 0) {
                // drain
            }
            assertEquals(sent, got.messages, "every message, in order, across the wrap");
            assertTrue(seg.get(COUNTER, 8) - start > (1L << 12), "the positions moved well past 2^32");
            assertTrue(Long.compareUnsigned(seg.get(COUNTER, 0), 1L << 32) > 0, "the read position crossed 2^32");
            assertTrue(full > 0, "the ring was full at times");
        }
    }
}
