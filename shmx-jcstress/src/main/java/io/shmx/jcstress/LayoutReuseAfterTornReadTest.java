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
import java.util.List;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJ_Result;

/**
 * The reader's layout reuse (a frame whose layout words equal the last parsed frame's is not parsed
 * again) after a torn read: the reader reads while the writer overwrites the ring's one slot with
 * a frame of the same layout; a parse of the half-written slot fails validation, and must not
 * leave its sizes behind for the next read to reuse. After both, the reader reads frame 2: its
 * stream must have its full 64 bytes (the chaos soak once accepted such a frame with 0).
 *
 * <p>Result: (frame id the final read returns, its stream's byte count).
 */
@JCStressTest
@Description("A torn read never leaves sizes for the layout reuse of a later read")
@Outcome(id = "2, 64", expect = ACCEPTABLE, desc = "the final read has frame 2 with its full stream")
@Outcome(id = ".*", expect = FORBIDDEN, desc = "the final read has the wrong frame or stream size")
@State
public class LayoutReuseAfterTornReadTest {
    private static final int WORDS = 8;
    private static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "w", DType.I64, 1));

    private final FrameBuilder builder;
    private final FrameReader reader;
    private final FrameView view = new FrameView();
    private final long[] words = new long[WORDS];

    public LayoutReuseAfterTornReadTest() {
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
    public void readerDuringTheWrite() {
        reader.latest(view);
    }

    @Arbiter
    public void afterBoth(JJ_Result r) {
        if (reader.latest(view)) {
            r.r1 = view.frameId();
            r.r2 = view.byteCountAt(view.indexOf(1));
        }
    }
}
