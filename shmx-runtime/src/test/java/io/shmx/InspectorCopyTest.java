package io.shmx;

import io.shmx.RegionCopy.Consistency;
import io.shmx.testing.Fixtures;
import io.shmx.testing.ProducerThread;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** {@link ShmxInspector#copyTo}: snapshots that read back as the region, idle or under a flat-out producer. */
class InspectorCopyTest {
    @RegisterExtension
    static final ShmNames NAMES = new ShmNames("copy");

    @TempDir
    Path dir;

    private List<Path> filesInDir() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void idleChannelCopiesWholeAndByteForByte() throws Exception {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), List.of(StreamSpec.of(1, "v", DType.I64, 4)))) {
            for (int k = 1; k <= 9; k++) {
                s.beginFrame().append(1, new long[] {k, k, k, k}, 1).publish(k * 0.5);
            }
            Path target = dir.resolve("snap.shmx");
            Files.writeString(target, "an older file, replaced");
            RegionCopy copy;
            try (ShmxInspector live = ShmxInspector.open(s.name())) {
                copy = live.copyTo(target);
            }
            assertEquals(Consistency.WHOLE, copy.consistency());
            assertEquals(1, copy.wholeAttempts(), "nothing was published: the first copy holds");
            assertEquals(target.toAbsolutePath(), copy.target());
            assertEquals(9, copy.frameSeq());
            assertEquals(Files.size(s.file()), copy.bytes());
            assertArrayEquals(Files.readAllBytes(s.file()), Files.readAllBytes(target));
            assertEquals(List.of(target), filesInDir(), "no temporary file left beside the target");
            try (ShmxInspector saved = ShmxInspector.openFile(target)) {
                assertEquals(s.headerInfo(), saved.headerInfo());
                assertEquals(9, saved.latest().frameId());
                assertEquals(ProducerState.ALIVE, ShmxInspector.probe(s.file()).producerState());
                assertEquals(ProcessHandle.current().pid(), saved.producerPid(), "the copy keeps the stored pid");
            }
        }
    }

    @Test
    void everyFixtureCopiesByteForByte() throws Exception {
        for (String f : Fixtures.NAMES) {
            Path original = Fixtures.file(f, dir);
            Path target = dir.resolve(f + ".copy");
            try (ShmxInspector in = ShmxInspector.openFile(original)) {
                RegionCopy copy = in.copyTo(target);
                assertEquals(Consistency.WHOLE, copy.consistency(), f);
                assertEquals(in.headerInfo().frameSeq(), copy.frameSeq(), f);
            }
            assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(target), f);
        }
    }

    /** Under a producer that never pauses, every copy's latest frame is whole: each element equals its id. */
    @Test
    void copiesUnderAFlatOutProducerHoldAWholeLatestFrame() throws Exception {
        int elems = 4096;
        try (ShmxServer s = ShmxServer.create(NAMES.next(),
                ChannelConfig.defaults().withSlots(3).withFrameBytesCap(64 * 1024), ProducerThread.STAMPS);
             ProducerThread producer = ProducerThread.stamps(s, elems);
             ShmxInspector in = ShmxInspector.open(s.name())) {
            producer.awaitPublished(100);
            for (int round = 0; round < 5; round++) {
                Path target = dir.resolve("busy" + round);
                RegionCopy copy = in.copyTo(target);
                try (ShmxInspector saved = ShmxInspector.openFile(target)) {
                    assertEquals(copy.frameSeq(), saved.headerInfo().frameSeq(), copy::toString);
                    FrameSnapshot latest = saved.latest();
                    assertNotNull(latest, copy::toString);
                    assertEquals(copy.frameSeq(), latest.frameId(), "the header's newest frame: " + copy);
                    assertEquals((double) latest.frameId(), latest.simTime());
                    ProducerThread.assertStamped(latest.frameId(),
                            MemorySegment.ofArray(latest.streams().getFirst().data()), elems);
                }
            }
        }
    }

    @Test
    void targetProblemsAndClosedInspector() throws Exception {
        Path original = Fixtures.file("fx_basic", dir);
        Path target = dir.resolve("no/such/dir/x");
        ShmxInspector in = ShmxInspector.openFile(original);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> in.copyTo(target));
        assertTrue(e.getMessage().contains("cannot write a copy of region file " + original + " to " + target),
                e.getMessage());
        assertThrows(InvalidArgumentException.class, () -> in.copyTo(null));
        assertEquals(List.of(original), filesInDir(), "nothing written");
        in.close();
        assertThrows(ChannelClosedException.class, () -> in.copyTo(dir.resolve("y")));
        assertThrows(ChannelClosedException.class, in::producerPid);
    }
}
