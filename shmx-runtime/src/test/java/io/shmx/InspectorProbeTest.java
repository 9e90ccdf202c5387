package io.shmx;

import io.shmx.RegionProbe.Kind;
import io.shmx.testing.ChildJvm;
import io.shmx.testing.Fixtures;
import io.shmx.testing.ProbeChild;
import io.shmx.testing.Publisher;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** {@link ShmxInspector#probe}: every verdict with its reason; producer state and pid; no lock dropped. */
class InspectorProbeTest {
    @RegisterExtension
    static final ShmNames NAMES = new ShmNames("probe");
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "v", DType.I64, 1));

    @TempDir
    Path dir;

    private static void publish(ShmxServer s, int frames) {
        for (int k = 1; k <= frames; k++) {
            s.beginFrame().append(1, new long[] {k}, 1).publish(k);
        }
    }

    private static RegionProbe assertRejected(Path file, Kind kind, String reasonPart) {
        RegionProbe p = ShmxInspector.probe(file);
        assertEquals(kind, p.kind(), p::toString);
        assertFalse(p.isRegion());
        assertTrue(p.reason().contains(reasonPart), () -> "reason lacks '" + reasonPart + "': " + p);
        assertTrue(p.reason().startsWith(file.toString()) || p.reason().startsWith("cannot read " + file), p::toString);
        assertFalse(p.reason().contains("\n"), p::toString);
        assertNull(p.header(), p::toString);
        assertNull(p.producerState(), p::toString);
        assertEquals(0, p.producerPid(), p::toString);
        return p;
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        return Files.write(file, bytes);
    }

    @Test
    void liveRegionOfThisJvm() {
        String name = NAMES.next();
        try (ShmxServer s = ShmxServer.create(name, ChannelConfig.defaults().withKeepRegionOnClose(true), STREAMS)) {
            publish(s, 5);
            RegionProbe p = ShmxInspector.probe(s.file());
            assertEquals(Kind.REGION, p.kind(), p::toString);
            assertTrue(p.isRegion());
            assertEquals("", p.reason());
            assertEquals(s.file(), p.file());
            assertEquals(s.file().toFile().length(), p.fileSize());
            assertEquals(s.headerInfo(), p.header(), "an idle region's header, every field");
            assertEquals(5, p.header().frameSeq());
            assertEquals(ProducerState.ALIVE, p.producerState());
            assertEquals(ProcessHandle.current().pid(), p.producerPid());
            try (ShmxInspector in = ShmxInspector.open(name)) {
                assertEquals(ProcessHandle.current().pid(), in.producerPid());
            }
            s.close();
            RegionProbe closed = ShmxInspector.probe(s.file());
            assertEquals(Kind.REGION, closed.kind(), closed::toString);
            assertEquals(ProducerState.CLOSED, closed.producerState());
            assertEquals(ProcessHandle.current().pid(), closed.producerPid(), "the stored pid stays for the record");
        }
    }

    @Test
    void producerInAnotherProcessAliveThenDead() throws Exception {
        String name = NAMES.next();
        Path file = ShmNames.path(name);
        try (ChildJvm child = new ChildJvm(Publisher.class, "count", name)) {
            child.expect("READY");
            RegionProbe alive = ShmxInspector.probe(file);
            assertEquals(ProducerState.ALIVE, alive.producerState(), alive::toString);
            assertEquals(child.pid(), alive.producerPid());
            try (ShmxInspector in = ShmxInspector.open(name)) {
                assertEquals(child.pid(), in.producerPid());
            }
            child.send("HALT");
            child.waitFor(30);
            RegionProbe dead = ShmxInspector.probe(file);
            assertEquals(Kind.REGION, dead.kind(), dead::toString);
            assertEquals(ProducerState.DEAD, dead.producerState(), dead::toString);
            assertEquals(child.pid(), dead.producerPid(), "the stored pid, which the state says is gone");
        }
    }

    @Test
    void regionsOfTheOriginalLibrary() {
        for (String f : Fixtures.NAMES) {
            Path file = Fixtures.file(f, dir);
            RegionProbe p = ShmxInspector.probe(file);
            assertEquals(Kind.REGION, p.kind(), p::toString);
            assertEquals(Fixtures.bytes(f).length, p.fileSize(), f);
            assertEquals(ProducerState.UNKNOWN, p.producerState(), "the original takes no lock: " + f);
            assertEquals(0, p.producerPid(), "the original stores no pid: " + f);
            try (ShmxInspector in = ShmxInspector.openFile(file)) {
                assertEquals(in.headerInfo(), p.header(), f);
                assertEquals(0, in.producerPid(), f);
            }
        }
    }

    @Test
    void filesThatAreNoShmxRegion() throws IOException {
        assertRejected(dir, Kind.NOT_SHMX, "is not a regular file");
        assertRejected(write(dir.resolve("empty"), new byte[0]), Kind.NOT_SHMX,
                "it has 0 bytes, fewer than the 128-byte shmx header");
        assertRejected(write(dir.resolve("short"), new byte[127]), Kind.NOT_SHMX,
                "fewer than the 128-byte shmx header");
        assertRejected(write(dir.resolve("zeros"), new byte[4096]), Kind.NOT_SHMX, "its first 8 bytes are zero");
        byte[] junk = new byte[8192];
        new Random(7).nextBytes(junk);
        assertRejected(write(dir.resolve("junk"), junk), Kind.NOT_SHMX, "is not a shmx region: its first 8 bytes are"
                + " not the shmx magic");

        byte[] basic = Fixtures.bytes("fx_basic");
        byte[] v3 = basic.clone();
        ByteBuffer.wrap(v3).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 3).putInt(12, 1);
        RegionProbe other = assertRejected(write(dir.resolve("v3"), v3), Kind.NOT_SHMX,
                "is a shmx region of format 3.1");
        assertEquals(v3.length, other.fileSize(), "the size is known once the file was read");
        byte[] big = basic.clone();
        ByteBuffer.wrap(big).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 0x04030201);
        assertRejected(write(dir.resolve("big"), big), Kind.NOT_SHMX, "endianness marker is 0x4030201");
    }

    @Test
    void missingAndUnusableFiles() throws IOException {
        assertRejected(dir.resolve("nope"), Kind.MISSING, dir.resolve("nope") + " does not exist");
        byte[] basic = Fixtures.bytes("fx_basic");
        for (int length : List.of(128, 5000, basic.length - 1)) {
            Path cut = write(dir.resolve("cut" + length), Arrays.copyOf(basic, length));
            RegionProbe p = assertRejected(cut, Kind.UNUSABLE, cut + " is truncated: its header describes "
                    + basic.length + " bytes");
            assertTrue(p.reason().contains("the file holds only " + length), p::toString);
            assertEquals(length, p.fileSize());
        }
        byte[] inconsistent = basic.clone();
        ByteBuffer.wrap(inconsistent).order(ByteOrder.LITTLE_ENDIAN).putInt(60, 0); // slots = 0
        assertRejected(write(dir.resolve("bad"), inconsistent), Kind.UNUSABLE, "has an inconsistent header");
        assertThrows(InvalidArgumentException.class, () -> ShmxInspector.probe(null));
    }

    /**
     * Probing, opening and copying inside the producer's JVM, under its path and under other paths of
     * the same file, never drop the producer's fcntl lock: another process still finds it alive.
     */
    @Test
    void theProducersLockSurvivesEveryReadInItsJvm() throws Exception {
        String name = NAMES.next();
        try (ShmxServer s = ShmxServer.create(name, STREAMS)) {
            publish(s, 3);
            Path link = Files.createSymbolicLink(dir.resolve("shm"), s.file().getParent());
            try {
                Path relative = Path.of("").toAbsolutePath().relativize(s.file());
                assertAliveFromAnotherProcess(s.file(), "before any read");
                for (Path path : List.of(s.file(), link.resolve(name), relative)) {
                    assertEquals(ProducerState.ALIVE, ShmxInspector.probe(path).producerState(), path.toString());
                    assertAliveFromAnotherProcess(s.file(), "after probe(" + path + ")");
                    try (ShmxInspector in = ShmxInspector.openFile(path)) {
                        in.copyTo(dir.resolve("copy"));
                        assertEquals(ProducerState.ALIVE, in.producerState(), path.toString());
                    }
                    assertAliveFromAnotherProcess(s.file(), "after openFile(" + path + "), copyTo and close");
                }
            } finally {
                Files.delete(link); // the link, not the directory it points to
            }
        }
    }

    private static void assertAliveFromAnotherProcess(Path file, String when) throws InterruptedException {
        try (ChildJvm child = new ChildJvm(ProbeChild.class, file.toString())) {
            assertEquals("REGION ALIVE " + ProcessHandle.current().pid(), child.readLine(), when);
            assertEquals(0, child.waitFor(30), when);
        }
    }
}
