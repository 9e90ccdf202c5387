package io.shmx.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.shmx.DType;
import io.shmx.StreamSpec;
import io.shmx.internal.directory.DirectoryEntryCodec;
import io.shmx.internal.frame.FrameBuilder;
import io.shmx.internal.frame.FrameReader;
import io.shmx.internal.frame.FrameView;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.region.RegionInitializer;
import io.shmx.internal.region.RegionLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJ_Result;

/**
 * A held frame's re-validation: the reader's view already holds frame 1 (parsed and validated),
 * and {@code latest()} revalidates it with one acquire load instead of parsing again. The ring has
 * one slot, so the writer's frame 2 overwrites frame 1 in place while the reader calls
 * {@code latest()} and reads the stream. A read the view still calls valid ({@link FrameView#isValid()},
 * the read-then-validate check) must hold exactly the frame it names: never frame 1's id over
 * frame 2's words, or a mix.
 *
 * <p>Result: (frame id read, or 0 when latest found none or the read did not validate; 1 when an
 * accepted read was torn, else 0).
 */
@JCStressTest
@Description("latest() on a held frame never accepts a frame overwritten under it")
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "the held frame 1, before the writer started")
@Outcome(id = "2, 0", expect = ACCEPTABLE, desc = "frame 2, after it was published")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "no frame: the slot was being written")
@Outcome(id = ".*, 1", expect = FORBIDDEN, desc = "a torn or overwritten frame was accepted")
@State
public class HeldFrameRevalidationTest {
    private static final int WORDS = 8;
    private static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "w", DType.I64, 1));

    private final FrameBuilder builder;
    private final FrameReader reader;
    private final FrameView view = new FrameView();
    private final long[] words = new long[WORDS];

    public HeldFrameRevalidationTest() {
        byte[] dir = DirectoryEntryCodec.encode(STREAMS);
        RegionLayout layout = RegionLayout.compute(1, 256, 1, 0, 0, dir.length);
        MemorySegment region = Arena.ofAuto().allocate(layout.totalBytes(), 64);
        RegionInitializer.initialize(region, layout, dir, false, 0);
        builder = new FrameBuilder(region, layout, GlobalHeaderDescriptor.sessionId(region), false, STREAMS);
        publish(1);
        reader = new FrameReader(region, layout);
        if (!reader.latest(view) || view.frameId() != 1) {
            throw new IllegalStateException("set-up: frame 1 not readable");
        }
    }

    private void publish(long id) {
        java.util.Arrays.fill(words, id);
        builder.begin();
        long off = builder.reserve(1, WORDS, WORDS * 8L, 8, "long[]");
        builder.copy(off, words, WORDS * 8L);
        builder.publish(id);
    }

    @Actor
    public void writer() {
        publish(2);
    }

    @Actor
    public void reader(JJ_Result r) {
        if (!reader.latest(view)) {
            r.r1 = 0;
            r.r2 = 0;
            return;
        }
        long id = view.frameId();
        MemorySegment slot = view.slot();
        long off = view.offsetAt(0);
        boolean uniform = true;
        for (int i = 0; i < WORDS; i++) {
            uniform &= slot.get(ValueLayout.JAVA_LONG_UNALIGNED, off + i * 8L) == id;
        }
        if (!view.isValid()) {
            r.r1 = 0;
            r.r2 = 0;
            return;
        }
        r.r1 = id;
        r.r2 = uniform ? 0 : 1;
    }
}
