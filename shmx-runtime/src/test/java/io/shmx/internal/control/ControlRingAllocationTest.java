package io.shmx.internal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ControlHandler;
import io.shmx.ControlSendResult;
import io.shmx.internal.readers.ReaderSlotTable;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Steady control traffic allocates nothing: neither the send nor the attributed poll. */
class ControlRingAllocationTest {
    private static final int SLOTS = 3;
    private static final int CAP = 4096;

    private static final Object THREAD_BEAN;
    private static final Method ALLOCATED_BYTES;

    static {
        Object bean = null;
        Method method = null;
        try {
            bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            method = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            bean = null;
        }
        THREAD_BEAN = bean;
        ALLOCATED_BYTES = method;
    }

    /** Bytes allocated so far by the current thread, or -1 if the JVM does not tell. */
    private static long allocatedBytes() {
        if (THREAD_BEAN == null) {
            return -1;
        }
        try {
            return (long) ALLOCATED_BYTES.invoke(THREAD_BEAN);
        } catch (ReflectiveOperationException e) {
            return -1;
        }
    }

    /** Sums the bytes it sees; allocates nothing itself. */
    private static final class Summer implements ControlHandler {
        long sum;
        int count;

        @Override
        public void onMessage(int readerIndex, long readerId, int type, MemorySegment data) {
            sum += readerId + type + data.byteSize() + (data.byteSize() > 0 ? data.get(ValueLayout.JAVA_BYTE, 0) : 0);
            count++;
        }
    }

    @Test
    void steadySendAndPollAllocateNothing() {
        Assumptions.assumeTrue(allocatedBytes() >= 0, "per-thread allocation counter available");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment header = arena.allocate(128, 64);
            ControlRing[] rings = ControlRing.sliceAll(arena.allocate((long) SLOTS * CAP, 64), 0, CAP, CAP, SLOTS);
            ReaderSlotTable table = new ReaderSlotTable(arena.allocate(SLOTS * 64L, 64), SLOTS, header, 116, rings);
            long[] ids = {101, 202, 303};
            for (int i = 0; i < SLOTS; i++) {
                assertEquals(i, table.claims().claim(ids[i], 1));
            }
            byte[] payload = new byte[40];
            MemorySegment payloadSegment = arena.allocate(24);
            Summer summer = new Summer();
            Runnable round = () -> {
                for (int i = 0; i < SLOTS; i++) {
                    if (rings[i].sender().send(0x3000, payload, 0, 5 + i * 13) != ControlSendResult.SENT
                            || rings[i].sender().send(0x3001, payloadSegment) != ControlSendResult.SENT
                            || !table.claims().frameSeen(i, ids[i], 7, 2)) {
                        throw new AssertionError("send failed");
                    }
                }
                table.reaper().pollControl(summer, 64);
            };
            for (int n = 0; n < 50_000; n++) {
                round.run(); // warm up: compile, and fill every view cache position
            }
            int before = summer.count;
            long probe = allocatedBytes();
            long overhead = allocatedBytes() - probe; // what one measurement itself allocates
            long start = allocatedBytes();
            for (int n = 0; n < 20_000; n++) {
                round.run();
            }
            long allocated = allocatedBytes() - start - overhead;
            assertEquals(before + 20_000 * SLOTS * 2, summer.count);
            assertTrue(allocated < 256, "allocated " + allocated + " bytes in 120000 sends and polls");
        }
    }
}
