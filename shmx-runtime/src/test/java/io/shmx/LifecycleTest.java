package io.shmx;

import io.shmx.testing.Fixtures;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Permissions, read-only inspection, truncation under a reader, stale regions. */
class LifecycleTest {
    @RegisterExtension
    static final ShmNames NAMES = new ShmNames("life");
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "v", DType.I64, 1));

    @TempDir
    Path dir;

    @Test
    void newRegionIsOwnerOnlyByDefaultAndHonoursConfiguredBits() throws Exception {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), STREAMS)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(s.file())));
        }
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withPermissions(0660), STREAMS)) {
            assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(s.file())));
        }
    }

    @Test
    void inspectorReadsAReadOnlyFileAndNeverWrites() throws Exception {
        Path file = Fixtures.file("fx_basic", dir);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        try (ShmxInspector in = ShmxInspector.openFile(file)) {
            assertEquals(6, in.latest().frameId());
            assertEquals(1, in.readers().size());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void truncationUnderAReaderIsAClearException() throws Exception {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), STREAMS); ShmxClient c = ShmxClient.open(s.name())) {
            s.beginFrame().append(1, new long[]{1}, 1).publish(0);
            assertNotNull(c.latest());
            try (FileChannel ch = FileChannel.open(s.file(), StandardOpenOption.WRITE)) {
                ch.truncate(64);
            }
            RegionTruncatedException e = assertThrows(RegionTruncatedException.class, c::next);
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
            assertNull(c.latest(), "the region under the name is no longer valid: no frame, no crash");
            assertThrows(RegionTruncatedException.class, () -> s.beginFrame().append(1, new long[]{2}, 1));
        }
    }

    @Test
    void staleRegionOfADeadProducerIsReplaced() throws Exception {
        String name = NAMES.next();
        // a region file left behind: the original library's fixture under our name (no producer lock)
        Files.write(ShmNames.path(name), Fixtures.bytes("fx_empty"));
        try (ShmxInspector old = ShmxInspector.open(name)) {
            try (ShmxServer s = ShmxServer.create(name, STREAMS)) {
                assertEquals(0, s.headerInfo().frameSeq());
                assertEquals(1, s.streams().size());
                assertNotEquals(old.headerInfo().sessionId(), s.sessionId());
            }
            assertEquals(1, old.streams().size(), "the old mapping stays readable (a new file, not in place)");
        }
    }

    @Test
    void nonShmxFileIsRefusedClearly() throws Exception {
        Path file = dir.resolve("junk.bin");
        byte[] junk = new byte[4096];
        Arrays.fill(junk, (byte) 7);
        Files.write(file, junk);
        InvalidRegionException e = assertThrows(InvalidRegionException.class, () -> ShmxInspector.openFile(file));
        assertTrue(e.getMessage().contains("not an shmx region"), e.getMessage());
        Files.write(file, new byte[10]);
        e = assertThrows(InvalidRegionException.class, () -> ShmxInspector.openFile(file));
        assertTrue(e.getMessage().contains("smaller than the 128-byte"), e.getMessage());
    }

    @Test
    void clientReadsAnOriginalLibraryRegionAndVerifiesChecksums() throws Exception {
        String name = NAMES.next();
        Files.write(ShmNames.path(name), Fixtures.bytes("fx_particles"));
        try (ShmxClient c = ShmxClient.open(name)) {
            assertEquals(ProducerState.UNKNOWN, c.producerState());
            Frame f = c.latest();
            assertEquals(4, f.frameId());
            assertTrue(f.isValid());
            assertEquals(257, f.elemCount(1));
            assertEquals(3084, f.stream("positions").byteSize());
            assertEquals(List.of(4L), List.of(c.latest().frameId()));
        }
        try (ShmxClient c = ShmxClient.open(name)) {
            long[] ids = {c.next().frameId(), c.next().frameId(), c.next().frameId()};
            assertArrayEquals(new long[]{2, 3, 4}, ids, "in order from the oldest readable frame");
            assertNull(c.next());
        }
        String corrupt = NAMES.next();
        Files.write(ShmNames.path(corrupt), Fixtures.bytes("fx_corrupt"));
        try (ShmxClient c = ShmxClient.open(corrupt)) {
            assertNull(c.latest(), "the newest frame fails its checksum");
        }
    }
}
