package io.shmx.internal.region;

import static org.junit.jupiter.api.Assertions.*;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.FrameSnapshot;
import io.shmx.RegionCopy.Consistency;
import io.shmx.RegionCopy;
import io.shmx.ShmxInspector;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.internal.frame.FrameHeaderDescriptor;
import io.shmx.testing.ProducerThread;
import io.shmx.testing.ShmNames;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The copier's fallback alone (no whole copy): header, directory and latest frame refreshed consistently. */
class RegionCopierTest {
    @RegisterExtension
    static final ShmNames NAMES = new ShmNames("copier");
    static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    @TempDir
    Path dir;

    private static MappedRegion map(ShmxServer s) {
        return Platform.current().mapExisting(s.file(), true, "channel '" + s.name() + "'");
    }

    @Test
    void fallbackOnAnIdleChannelCopiesHeaderDirectoryAndLatestFrame() throws Exception {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withSlots(4),
                List.of(StreamSpec.of(1, "v", DType.I64, 2), StreamSpec.of(2, "w", DType.F32, 1)));
             MappedRegion region = map(s)) {
            for (int k = 1; k <= 6; k++) {
                s.beginFrame().append(1, new long[] {k, -k}, 1).append(2, new float[] {k}, 1).publish(k);
            }
            Path target = dir.resolve("latest");
            RegionCopy copy = RegionCopier.copy(region, target, 0);
            assertEquals(Consistency.LATEST_FRAME, copy.consistency());
            assertEquals(0, copy.wholeAttempts());
            assertEquals(6, copy.frameSeq());
            byte[] live = Files.readAllBytes(s.file());
            byte[] saved = Files.readAllBytes(target);
            RegionLayout layout = region.layout();
            int headAndStatic = (int) (layout.staticOffset() + layout.staticBytesCap());
            assertArrayEquals(Arrays.copyOf(live, headAndStatic), Arrays.copyOf(saved, headAndStatic),
                    "header and static area");
            int slot = (int) layout.slotOffset(FrameHeaderDescriptor.slotOf(6, 4));
            int frameEnd = slot + FrameHeaderDescriptor.LENGTH
                    + (int) FrameHeaderDescriptor.payloadBytes(MemorySegment.ofArray(live), slot);
            assertArrayEquals(Arrays.copyOfRange(live, slot, frameEnd), Arrays.copyOfRange(saved, slot, frameEnd),
                    "the latest frame");
            int older = (int) layout.slotOffset(FrameHeaderDescriptor.slotOf(5, 4));
            assertEquals(0, MemorySegment.ofArray(saved).get(I64, older + FrameHeaderDescriptor.FRAME_ID_OFFSET),
                    "with no whole copy, other slots stay empty");
            try (ShmxInspector in = ShmxInspector.openFile(target)) {
                assertEquals(s.headerInfo(), in.headerInfo());
                assertEquals(List.of("v", "w"), in.streams().stream().map(StreamSpec::name).toList());
                FrameSnapshot latest = in.latest();
                assertEquals(6, latest.frameId());
                assertEquals(-6, MemorySegment.ofArray(latest.streams().getFirst().data()).get(I64, 8));
            }
        }
    }

    @Test
    void fallbackBeforeAnyFrameCopiesHeaderAndDirectory() throws Exception {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), List.of(StreamSpec.of(1, "v", DType.I64, 1)));
             MappedRegion region = map(s)) {
            RegionCopy copy = RegionCopier.copy(region, dir.resolve("empty"), 0);
            assertEquals(Consistency.LATEST_FRAME, copy.consistency());
            assertEquals(0, copy.frameSeq());
            try (ShmxInspector in = ShmxInspector.openFile(dir.resolve("empty"))) {
                assertEquals(s.headerInfo(), in.headerInfo());
                assertEquals(1, in.streams().size());
                assertNull(in.latest());
            }
        }
    }

    @Test
    void fallbackUnderAFlatOutProducerHoldsAWholeLatestFrame() throws Exception {
        int elems = 2048;
        try (ShmxServer s = ShmxServer.create(NAMES.next(),
                ChannelConfig.defaults().withSlots(2).withFrameBytesCap(32 * 1024), ProducerThread.STAMPS);
             MappedRegion region = map(s);
             ProducerThread producer = ProducerThread.stamps(s, elems)) {
            producer.awaitPublished(100);
            for (int round = 0; round < 20; round++) {
                Path target = dir.resolve("busy" + round);
                RegionCopy copy = RegionCopier.copy(region, target, 0);
                assertEquals(Consistency.LATEST_FRAME, copy.consistency());
                try (ShmxInspector in = ShmxInspector.openFile(target)) {
                    FrameSnapshot latest = in.latest();
                    assertNotNull(latest, copy::toString);
                    assertEquals(copy.frameSeq(), latest.frameId(), copy::toString);
                    ProducerThread.assertStamped(latest.frameId(),
                            MemorySegment.ofArray(latest.streams().getFirst().data()), elems);
                }
            }
        }
    }
}
