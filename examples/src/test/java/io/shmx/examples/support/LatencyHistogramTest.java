package io.shmx.examples.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatencyHistogramTest {

    @Test
    void smallValuesAreExact() {
        LatencyHistogram h = new LatencyHistogram();
        for (long v = 1; v <= 50; v++) {
            h.record(v);
        }
        assertEquals(25, h.percentile(50));
        assertEquals(50, h.percentile(100));
        assertEquals(1, h.min());
        assertEquals(50, h.max());
        assertEquals(50, h.count());
    }

    @Test
    void largeValuesAreWithinThreePercent() {
        LatencyHistogram h = new LatencyHistogram();
        for (long v = 1; v <= 100_000; v++) {
            h.record(v * 1_000);                 // 1 us .. 100 ms, evenly
        }
        assertWithin(50_000_000, h.percentile(50), 0.03);
        assertWithin(99_000_000, h.percentile(99), 0.03);
        assertWithin(90_000_000, h.percentile(90), 0.03);
        assertEquals(100_000_000, h.max());
        assertEquals(100_000_000, h.percentile(100));
    }

    @Test
    void aFewSlowSamplesShowInP99NotP50() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < 980; i++) {
            h.record(10_000);
        }
        for (int i = 0; i < 20; i++) {
            h.record(5_000_000);
        }
        assertWithin(10_000, h.percentile(50), 0.03);
        assertWithin(5_000_000, h.percentile(99), 0.03);
    }

    @Test
    void bucketsCoverTheWholeRangeInOrder() {
        long previous = -1;
        for (long v : new long[] {0, 1, 63, 64, 66, 127, 128, 1_000, 1L << 40, Long.MAX_VALUE}) {
            int index = LatencyHistogram.indexOf(v);
            assertTrue(index > previous, "bucket of " + v);
            previous = index;
            long middle = LatencyHistogram.middleOf(index);
            assertTrue(Math.abs((double) middle - v) <= Math.max(1, v / 32.0), v + " -> " + middle);
        }
    }

    @Test
    void emptyAndNegativeAndMerge() {
        LatencyHistogram h = new LatencyHistogram();
        assertEquals(0, h.percentile(99));
        h.record(-5);
        assertEquals(0, h.max());
        LatencyHistogram other = new LatencyHistogram();
        other.record(1_000_000);
        h.add(other);
        assertEquals(2, h.count());
        assertEquals(1_000_000, h.max());
        assertThrows(IllegalArgumentException.class, () -> h.percentile(0));
        assertThrows(IllegalArgumentException.class, () -> h.percentile(101));
    }

    private static void assertWithin(long expected, long actual, double relative) {
        assertTrue(Math.abs(actual - expected) <= expected * relative,
                "expected " + expected + " within " + relative * 100 + "%, got " + actual);
    }
}
