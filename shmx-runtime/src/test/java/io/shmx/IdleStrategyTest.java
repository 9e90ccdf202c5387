package io.shmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.BackoffIdleStrategy.Phase;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdleStrategyTest {

    @Test
    void backoffGoesThroughItsPhasesThenDoublesThePark() {
        BackoffIdleStrategy idle = new BackoffIdleStrategy(2, 3, 1, 1_000, 5_000);
        assertEquals(Phase.SPIN, idle.phase());
        idle.idle();
        assertEquals(Phase.SPIN, idle.phase());
        idle.idle();
        assertEquals(Phase.SPIN_WAIT, idle.phase());
        idle.idle();
        idle.idle();
        assertEquals(Phase.SPIN_WAIT, idle.phase());
        idle.idle();
        assertEquals(Phase.YIELD, idle.phase());
        idle.idle();
        assertEquals(Phase.PARK, idle.phase());
        assertEquals(1_000, idle.parkNanos());
        idle.idle();
        assertEquals(2_000, idle.parkNanos());
        idle.idle();
        assertEquals(4_000, idle.parkNanos());
        idle.idle();
        assertEquals(5_000, idle.parkNanos(), "capped at the maximum");
        idle.idle();
        assertEquals(5_000, idle.parkNanos());
        assertEquals(Phase.PARK, idle.phase());

        idle.reset();
        assertEquals(Phase.SPIN, idle.phase());
        assertEquals(1_000, idle.parkNanos());
    }

    @Test
    void idleWithWorkResetsAndWithoutWorkBacksOff() {
        BackoffIdleStrategy idle = new BackoffIdleStrategy(1, 0, 0, 10, 10);
        idle.idle(0);
        assertEquals(Phase.PARK, idle.phase());
        idle.idle(3);
        assertEquals(Phase.SPIN, idle.phase());
    }

    @Test
    void phasesWithZeroIdlesAreSkipped() {
        assertEquals(Phase.PARK, new BackoffIdleStrategy(0, 0, 0, 1, 1).phase());
        assertEquals(Phase.YIELD, new BackoffIdleStrategy(0, 0, 2, 1, 1).phase());
        BackoffIdleStrategy noYield = new BackoffIdleStrategy(0, 1, 0, 1, 1);
        assertEquals(Phase.SPIN_WAIT, noYield.phase());
        noYield.idle();
        assertEquals(Phase.PARK, noYield.phase());
    }

    @Test
    void parkDoublingDoesNotOverflow() {
        BackoffIdleStrategy idle = new BackoffIdleStrategy(0, 0, 0, 1, Long.MAX_VALUE);
        long previous = idle.parkNanos();
        // parks of 1, 2, 4 ... ns: stop long before they take noticeable time
        for (int i = 0; i < 12; i++) {
            idle.idle();
            assertTrue(idle.parkNanos() > previous);
            previous = idle.parkNanos();
        }
        assertEquals(1L << 12, previous);
    }

    @Test
    void invalidSettingsAreRefusedWithTheirName() {
        IllegalArgumentException spins = assertThrows(IllegalArgumentException.class,
                () -> new BackoffIdleStrategy(-1, 0, 0, 1, 1));
        assertTrue(spins.getMessage().contains("maxSpins"), spins.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BackoffIdleStrategy(0, -1, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new BackoffIdleStrategy(0, 0, -1, 1, 1));
        IllegalArgumentException park = assertThrows(IllegalArgumentException.class,
                () -> new BackoffIdleStrategy(0, 0, 0, 10, 5));
        assertTrue(park.getMessage().contains("park"), park.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BackoffIdleStrategy(0, 0, 0, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new SleepingIdleStrategy(0));
        assertEquals(SleepingIdleStrategy.DEFAULT_SLEEP_NANOS, new SleepingIdleStrategy().sleepNanos());
    }

    static Stream<IdleStrategy> strategies() {
        return Stream.of(BusySpinIdleStrategy.INSTANCE, YieldingIdleStrategy.INSTANCE, new SleepingIdleStrategy(50_000),
                new BackoffIdleStrategy(), new BackoffIdleStrategy(0, 0, 0, 1_000, 1_000_000));
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void aWaitingLoopSeesWorkThatArrives(IdleStrategy idle) throws InterruptedException {
        AtomicLong work = new AtomicLong();
        AtomicBoolean seen = new AtomicBoolean();
        Thread waiter = Thread.ofPlatform().start(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                long w = work.get();
                if (w == 3) {
                    seen.set(true);
                    return;
                }
                idle.idle((int) w);
            }
        });
        for (int i = 1; i <= 3; i++) {
            Thread.sleep(5);
            work.set(i);
        }
        waiter.join(TimeUnit.SECONDS.toMillis(30));
        assertTrue(seen.get(), idle + " kept polling and saw the work");
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void theInterruptStatusIsKept(IdleStrategy idle) {
        Thread.currentThread().interrupt();
        try {
            for (int i = 0; i < 200; i++) {
                idle.idle();
            }
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
