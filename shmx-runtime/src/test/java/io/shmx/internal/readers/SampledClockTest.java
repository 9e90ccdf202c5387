package io.shmx.internal.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampledClockTest {

    @Test
    void theStrideDoublesWhileReadingsComeFastAndDropsToOneOtherwise() {
        int stride = 1;
        for (int expected : new int[] {2, 4, 8, 16, 32, 32, 32}) {
            stride = SampledClock.nextStride(stride, SampledClock.WINDOW_NANOS - 1);
            assertEquals(expected, stride);
        }
        assertEquals(1, SampledClock.nextStride(32, SampledClock.WINDOW_NANOS), "a slow window resets it");
        assertEquals(1, SampledClock.nextStride(1, 10 * SampledClock.WINDOW_NANOS));
        assertEquals(SampledClock.MAX_STRIDE, SampledClock.nextStride(SampledClock.MAX_STRIDE, 0));
    }

    @Test
    void aCallerThatIsNotSpinningReadsTheClockOnEveryCall() throws InterruptedException {
        SampledClock clock = new SampledClock();
        for (int i = 0; i < 3; i++) {
            Thread.sleep(1); // 1 ms between calls: far slower than the window
            assertNotEquals(SampledClock.NO_SAMPLE, clock.sample(), "call " + i);
            assertEquals(1, clock.stride());
        }
    }

    @Test
    void aSpinningCallerReadsTheClockOnAFractionOfCallsAndNeverOnMoreThanTheMaximumStride() {
        SampledClock clock = new SampledClock();
        int readings = 0;
        int sinceLast = 0;
        int longestGap = 0;
        for (int i = 0; i < 100_000; i++) {
            if (clock.sample() == SampledClock.NO_SAMPLE) {
                sinceLast++;
            } else {
                readings++;
                longestGap = Math.max(longestGap, sinceLast);
                sinceLast = 0;
            }
        }
        assertTrue(readings < 100_000, "some calls skip the clock: " + readings + " readings");
        assertTrue(readings >= 100_000 / SampledClock.MAX_STRIDE, readings + " readings");
        assertTrue(longestGap <= SampledClock.MAX_STRIDE - 1, "longest run without a reading: " + longestGap);
    }
}
