package io.shmx.faults;

import io.shmx.testing.ChildJvm;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issues 13.2 and 12.3: a region appears under its name only complete, and retiring a stale region
 * never removes a live one, with the creators in other processes.
 */
class RegionCreationRaceTest {
    static final ShmNames NAMES = new ShmNames("race");
    static final long MAGIC = 0x48494E415F53484DL;

    @AfterAll
    static void cleanup() {
        NAMES.close();
    }

    @Test
    void concurrentCreatorsInTwoProcessesNeverUnlinkALiveRegion() throws Exception {
        String name = NAMES.next();
        try (ChildJvm a = new ChildJvm(CreatorChild.class, "race", name, "4000");
             ChildJvm b = new ChildJvm(CreatorChild.class, "race", name, "4000")) {
            a.expect("READY");
            b.expect("READY");
            int[] ra = result(a);
            int[] rb = result(b);
            assertEquals(0, ra[2] + rb[2], "a live region was removed from under its name by the other creator");
            assertTrue(ra[0] > 0 && rb[0] > 0, "both processes created the channel at times: " + ra[0] + ", " + rb[0]);
            assertTrue(ra[0] + rb[0] > 50, "enough rounds to race: " + (ra[0] + rb[0]));
        }
    }

    private static int[] result(ChildJvm child) {
        for (String line; (line = child.readLine()) != null; ) {
            assertFalse(line.startsWith("VIOLATION"), line);
            if (line.startsWith("RESULT ")) {
                String[] p = line.split(" ");
                return new int[]{Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3])};
            }
        }
        throw new AssertionError("creator ended without a result");
    }

    @Test
    void aReaderPollingTheNameNeverSeesAShortOrUnwrittenFile() throws Exception {
        String name = NAMES.next();
        Path path = ShmNames.path(name);
        int frameCap = 4 << 20; // 3 slots of 4 MiB: building and reserving takes a while
        try (ChildJvm child = new ChildJvm(CreatorChild.class, "churn", name, "60", Integer.toString(frameCap))) {
            child.expect("READY");
            long seen = 0;
            long bad = 0;
            String firstBad = null;
            ByteBuffer head = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
            while (child.isAlive() || seen == 0) {
                try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
                    long size = ch.size();
                    head.clear();
                    while (head.hasRemaining() && ch.read(head, head.position()) > 0) {
                        // the whole header
                    }
                    seen++;
                    long magic = head.position() >= 8 ? head.getLong(0) : 0;
                    long slotsOffset = Integer.toUnsignedLong(head.getInt(68));
                    long total = slotsOffset + Integer.toUnsignedLong(head.getInt(60))
                            * Integer.toUnsignedLong(head.getInt(64));
                    if (magic != MAGIC || size < frameCap || size != total) {
                        bad++;
                        if (firstBad == null) {
                            firstBad = "size " + size + ", magic " + Long.toHexString(magic) + ", header total " + total;
                        }
                    }
                } catch (IOException absent) {
                    // not there right now: fine
                }
                if (!child.isAlive() && seen == 0) {
                    break;
                }
            }
            assertEquals(0, bad, "opened the name " + seen + " times; short or unwritten: " + bad + ", first: " + firstBad);
            assertTrue(seen > 0, "the poller saw the region at least once");
        }
    }
}
