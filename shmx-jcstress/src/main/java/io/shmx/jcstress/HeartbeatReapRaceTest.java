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
 * The heartbeat / reap pair of {@link ReaderSlotTable}, with the runtime's own code: a reader whose
 * heartbeat is stale (1 s, the reaper looks at 10 s with a 1 s timeout) refreshes it while the
 * producer reaps. Exactly one of them must win: the heartbeat (the slot stays the reader's) or the
 * reap (the reader learns it lost the slot and the slot is free and counted out). Both winning
 * would let a reaped reader go on writing into a slot a new reader may claim; neither winning
 * would strand a live reader's heartbeat or leak a slot.
 *
 * <p>Result: (heartbeat succeeded 1/0, slots reaped, final state: 1 = the reader owns the slot and
 * readers_connected is 1, 2 = the slot is free and readers_connected is 0, 0 = anything else).
 */
@JCStressTest
@Description("A heartbeat and a reap of the same stale reader slot: exactly one wins, the slot state matches")
@Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "the heartbeat won: the reader keeps its slot")
@Outcome(id = "0, 1, 2", expect = ACCEPTABLE, desc = "the reap won: the slot is free, the reader knows")
@Outcome(id = ".*", expect = FORBIDDEN, desc = "both or neither won, or the slot state contradicts the winner")
@State
public class HeartbeatReapRaceTest {
    private static final long ID = 0x5EED_1234_ABCD_0001L;
    private static final long SECOND = 1_000_000_000L;

    private final ReaderSlotTable table = SlotStates.oneSlotTable();

    public HeartbeatReapRaceTest() {
        if (table.claims().claim(ID, SECOND) != 0) {
            throw new IllegalStateException("claim failed");
        }
    }

    @Actor
    public void reader(III_Result r) {
        r.r1 = table.claims().heartbeat(0, ID, 10 * SECOND) ? 1 : 0;
    }

    @Actor
    public void reaper(III_Result r) {
        r.r2 = table.reaper().reapStale(10 * SECOND, SECOND);
    }

    @Arbiter
    public void state(III_Result r) {
        r.r3 = SlotStates.of(table, ID);
    }
}
