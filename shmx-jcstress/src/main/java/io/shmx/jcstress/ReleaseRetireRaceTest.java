package io.shmx.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.shmx.internal.readers.ReaderSlotTable;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * A reader leaving its slot while the producer's reaper makes two passes a reap timeout apart (at
 * 10 s and 12 s, timeout 1 s; the reader's heartbeat is from 1 s). The reap may win the slot from
 * the reader; or the reader takes its id first and both passes fall inside the rest of its free,
 * as if it stalled a whole timeout there, so the second pass retires the half-freed slot. Whoever
 * frees the slot, it ends free and readers_connected is lowered exactly once.
 *
 * <p>Result: (release outcome: 0 RELEASED, 2 NOT_OWNER; slots reaped; final state: 2 = the slot
 * is free and readers_connected is 0, 1 = the reader still owns it, 0 = anything else).
 */
@JCStressTest
@Description("A release racing two reaper passes: the slot ends free, counted out once")
@Outcome(id = "0, 0, 2", expect = ACCEPTABLE, desc = "the reader freed its slot")
@Outcome(id = "0, 1, 2", expect = ACCEPTABLE, desc = "the reader took its id, the reaper retired the half-freed slot")
@Outcome(id = "2, 1, 2", expect = ACCEPTABLE, desc = "the reaper won: the reader learns it no longer owned the slot")
@Outcome(id = ".*", expect = FORBIDDEN, desc = "the slot or the count contradicts the outcome")
@State
public class ReleaseRetireRaceTest {
    private static final long ID = 0x5EED_1234_ABCD_0004L;
    private static final long SECOND = 1_000_000_000L;

    private final ReaderSlotTable table = SlotStates.oneSlotTable();

    public ReleaseRetireRaceTest() {
        if (table.claims().claim(ID, SECOND) != 0) {
            throw new IllegalStateException("claim failed");
        }
    }

    @Actor
    public void reader(III_Result r) {
        r.r1 = table.claims().release(0, ID, SECOND).ordinal();
    }

    @Actor
    public void reaper(III_Result r) {
        r.r2 = table.reaper().reapStale(10 * SECOND, SECOND) + table.reaper().reapStale(12 * SECOND, SECOND);
    }

    @Arbiter
    public void state(III_Result r) {
        r.r3 = SlotStates.of(table, ID);
    }
}
