package io.shmx.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.shmx.ControlHandler;
import io.shmx.internal.control.ControlRing;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * A control send of a reader whose slot the producer frees at the same moment. The sender does what
 * the client does: it loads the ring's write counter, checks that it still owns the slot, and
 * sends publishing only from that counter value; the producer takes the slot away (here: a
 * volatile flag standing for the slot's id) and then fences the ring
 * ({@code ControlPoller.fenceAndDiscard}). Whatever the interleaving, nothing the former owner
 * sends is delivered afterwards (it would be delivered in the name of the slot's next owner): the
 * send saw the slot gone, or completed before the fence and was discarded with the rest, or fails.
 *
 * <p>Result: (send outcome: 0 SENT, 1 FULL, 9 not sent because the slot was gone; messages
 * delivered after the fence).
 */
@JCStressTest
@Description("A send racing the producer's fence of the ring: nothing is delivered after the fence")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "sent before the fence, discarded by it")
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "the fence came first: the send failed")
@Outcome(id = "9, 0", expect = ACCEPTABLE, desc = "the sender saw that the slot was gone")
@Outcome(id = ".*", expect = FORBIDDEN, desc = "a message of the former owner was delivered after the fence")
@State
public class ControlFenceTest {
    private static final int TYPE = 0x3000;

    private final MemorySegment segment = Arena.ofAuto().allocate(256, 64);
    private final ControlRing ring = new ControlRing(segment, 256);
    private final byte[] message = new byte[24];
    private volatile boolean owned = true;
    private int delivered;
    private final ControlHandler count = (readerIndex, readerId, type, data) -> delivered++;

    @Actor
    public void formerOwner(II_Result r) {
        long writeCounter = ring.writeCounterAcquire();
        r.r1 = owned ? ring.sender().send(writeCounter, TYPE, message, 0, message.length).ordinal() : 9;
    }

    @Actor
    public void producer() {
        owned = false;
        ring.poller().fenceAndDiscard();
    }

    @Arbiter
    public void state(II_Result r) {
        ring.poller().poll(0, 1, count, 16);
        r.r2 = delivered;
    }
}
