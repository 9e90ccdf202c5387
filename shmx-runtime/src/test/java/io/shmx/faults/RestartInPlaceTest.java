package io.shmx.faults;

import io.shmx.ChannelConfig;
import io.shmx.Frame;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.testing.ChildJvm;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 13.4, the Java side: with compatibility on, a restarted Java producer rewrites the region
 * in place (same file, new session id), so a reader that, as the original library's does, keeps
 * its one mapping of the file and watches the session id reads the new session; without
 * compatibility the restart is a new file (the old mapping keeps the old session).
 */
class RestartInPlaceTest {
    static final ShmNames NAMES = new ShmNames("inplace");
    static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED;
    static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED;

    @AfterAll
    static void cleanup() {
        NAMES.close();
    }

    @ParameterizedTest(name = "previous producer {0}")
    @ValueSource(strings = {"HALT", "CLOSE"})
    void compatibilityRestartIsInPlaceAndFollowedByAMappingThatWatchesTheSession(String end) throws Exception {
        String name = NAMES.next();
        Path path = ShmNames.path(name);
        try (ChildJvm first = new ChildJvm(CompatProducerChild.class, name, "true")) {
            first.expect("READY");
            first.send("PUBLISH 5");
            first.expect("DONE");
            Object inode = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            try (ShmxClient client = ShmxClient.open(name);
                 Arena arena = Arena.ofShared();
                 FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
                MemorySegment original = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
                long oldSession = original.get(U64, 24);
                assertEquals(5, latestOriginalStyle(original), "the original's read of the first session");
                first.send(end);
                first.waitFor(30);
                try (ShmxServer second = ShmxServer.create(name, ChannelConfig.defaults().withCompatibility(true),
                        CompatProducerChild.STREAMS)) {
                    assertEquals(inode, Files.readAttributes(path, BasicFileAttributes.class).fileKey(),
                            "restarted in place: the same file");
                    assertNotEquals(oldSession, second.sessionId());
                    long[] v = {41};
                    second.beginFrame().append(1, v, 1).publish(1);
                    assertEquals(second.sessionId(), original.get(U64, 24), "the old mapping shows the new session");
                    assertEquals(1, latestOriginalStyle(original), "the old mapping reads the new session's frame");
                    Frame f = client.awaitNext(Duration.ofSeconds(10));
                    assertNotNull(f, "the Java reader follows the in-place restart");
                    assertEquals(second.sessionId(), client.sessionId());
                    assertEquals(41, f.segment().get(ValueLayout.JAVA_LONG_UNALIGNED, f.offsetAt(f.indexOf(1))));
                    assertTrue(client.reattachments() >= 1);
                }
            }
        }
    }

    @ParameterizedTest(name = "previous producer {0}")
    @ValueSource(strings = {"HALT"})
    void withoutCompatibilityARestartIsANewFile(String end) throws Exception {
        String name = NAMES.next();
        Path path = ShmNames.path(name);
        try (ChildJvm first = new ChildJvm(CompatProducerChild.class, name, "false")) {
            first.expect("READY");
            first.send("PUBLISH 2");
            first.expect("DONE");
            Object inode = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            first.send(end);
            first.waitFor(30);
            try (ShmxServer second = ShmxServer.create(name, CompatProducerChild.STREAMS)) {
                assertNotEquals(inode, Files.readAttributes(path, BasicFileAttributes.class).fileKey());
                assertNotEquals(0, second.sessionId());
            }
        }
    }

    /**
     * The frame id the original library's reader would return from {@code latest()} on this mapping:
     * header sane, {@code write_index} non-zero, the slot's {@code session_id_copy} equal to the
     * header's session id; 0 when it would return nothing.
     */
    static long latestOriginalStyle(MemorySegment m) {
        if (m.get(U64, 0) != 0x48494E415F53484DL) {
            return 0;
        }
        long w = Integer.toUnsignedLong(m.get(U32, 112));
        long slots = Integer.toUnsignedLong(m.get(U32, 60));
        if (w == 0 || slots == 0) {
            return 0;
        }
        long slot = (w - 1) % slots;
        long base = Integer.toUnsignedLong(m.get(U32, 68)) + slot * Integer.toUnsignedLong(m.get(U32, 64));
        if (m.get(U64, base) != m.get(U64, 24)) {
            return 0; // session mismatch
        }
        return m.get(U64, base + 8);
    }
}
