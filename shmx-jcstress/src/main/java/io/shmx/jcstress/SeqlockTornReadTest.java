package io.shmx.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.shmx.internal.frame.FrameHeaderDescriptor;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJ_Result;

/**
 * The seqlock protocol of {@link FrameHeaderDescriptor}, with the runtime's own publish and validate
 * code: a slot holds frame 1 (every payload word = 1); the writer overwrites it with frame 2 (every
 * word = 2) while a reader reads it. The reader accepts a read only if it validates; an accepted
 * read whose words are not all equal to its frame id is a torn frame, which must never happen.
 *
 * <p>Result: (accepted frame id or 0 when rejected, 1 when the accepted payload was torn else 0).
 */
@JCStressTest
@Description("A reader never accepts a frame the writer was overwriting")
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "read frame 1 before the writer started")
@Outcome(id = "2, 0", expect = ACCEPTABLE, desc = "read frame 2 after it was published")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "rejected: the slot was being written")
@Outcome(id = ".*, 1", expect = FORBIDDEN, desc = "a torn frame was accepted")
@State
public class SeqlockTornReadTest {
    private static final long SLOT = GlobalHeaderDescriptor.LENGTH;
    private static final long PAYLOAD = SLOT + FrameHeaderDescriptor.PAYLOAD_OFFSET;
    private static final int WORDS = 16;

    private final MemorySegment region =
            Arena.ofAuto().allocate(SLOT + FrameHeaderDescriptor.LENGTH + WORDS * 8L, 64);
    private final MemorySegment slot = region.asSlice(SLOT);

    public SeqlockTornReadTest() {
        write(1);
    }

    private void write(long fid) {
        FrameHeaderDescriptor.beginWrite(region, slot, fid);
        for (int i = 0; i < WORDS; i++) {
            region.set(ValueLayout.JAVA_LONG, PAYLOAD + i * 8L, fid);
        }
        FrameHeaderDescriptor.publish(region, slot, fid);
    }

    @Actor
    public void writer() {
        write(2);
    }

    @Actor
    public void reader(JJ_Result r) {
        long f1 = FrameHeaderDescriptor.frameIdAcquire(region, SLOT);
        boolean uniform = true;
        for (int i = 0; i < WORDS; i++) {
            uniform &= region.get(ValueLayout.JAVA_LONG, PAYLOAD + i * 8L) == f1;
        }
        if (!FrameHeaderDescriptor.validate(region, SLOT, f1)) {
            r.r1 = 0;
            r.r2 = 0;
            return;
        }
        r.r1 = f1;
        r.r2 = uniform ? 0 : 1;
    }
}
