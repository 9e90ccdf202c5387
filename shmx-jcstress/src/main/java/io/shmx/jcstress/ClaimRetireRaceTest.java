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
 * Ownership-fenced writes against reaping, on a claim: a reader claims the one slot with a clock
 * reading that is already stale (1 s), while the producer's reaper makes two passes a reap timeout
 * apart (at 10 s and 12 s, timeout 1 s). A claim the first pass finds under way and the second
 * finds unchanged is retired as abandoned, so both passes may fall anywhere inside the claim: the
 * claimer then stalls "a whole timeout" between any two of its steps. The claimer may also be
 * reaped as a stale owner right after its claim. Whatever the interleaving, the claimer either
 * owns the slot and it is counted once, or knows it has no slot and the slot is free and counted
 * out; a retired claim never completes into the free slot.
 *
 * <p>Result: (claimed slot or -1, slots reaped, final state: 1 = the reader owns the slot and
 * readers_connected is 1, 2 = the slot is free and readers_connected is 0, 0 = anything else).
 */
@JCStressTest
@Description("A claim racing the reaper: the slot and readers_connected end consistent with who won")
@Outcome(id = "0, 0, 1", expect = ACCEPTABLE, desc = "the claim completed first: the reader owns the slot")
@Outcome(id = "0, 1, 2", expect = ACCEPTABLE, desc = "claimed, then reaped as a stale owner: free, counted out")
@Outcome(id = "-1, 1, 2", expect = ACCEPTABLE, desc = "retired half-way, or reaped while publishing: the claimer knows, the slot is free")
@Outcome(id = ".*", expect = FORBIDDEN, desc = "the slot or the count contradicts the outcome")
@State
public class ClaimRetireRaceTest {
    private static final long ID = 0x5EED_1234_ABCD_0003L;
    private static final long SECOND = 1_000_000_000L;

    private final ReaderSlotTable table = SlotStates.oneSlotTable();

    @Actor
    public void claimer(III_Result r) {
        r.r1 = table.claims().claim(ID, SECOND);
    }

    @Actor
    public void reaper(III_Result r) {
        // The first pass notes a claim under way; the second, a timeout later, retires it if unchanged.
        r.r2 = table.reaper().reapStale(10 * SECOND, SECOND) + table.reaper().reapStale(12 * SECOND, SECOND);
    }

    @Arbiter
    public void state(III_Result r) {
        r.r3 = SlotStates.of(table, ID);
    }
}
