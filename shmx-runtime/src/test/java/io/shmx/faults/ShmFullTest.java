package io.shmx.faults;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 12.6: on a full /dev/shm, creation fails with a message naming the size needed, the space
 * free and the fix, instead of a SIGBUS (or a misleading "truncated") at the first write. Runs a
 * child JVM in a private mount namespace ({@code unshare -m}) with a 4 MiB tmpfs over /dev/shm;
 * skipped with one line where that is not permitted (not root, no unshare).
 */
class ShmFullTest {
    static String skip;

    @BeforeAll
    static void probeNamespace() throws Exception {
        List<String> out = run("true");
        skip = out == null ? "unshare -m with a private tmpfs is not permitted here (needs root and util-linux unshare)"
                : null;
    }

    @Test
    void aRegionBiggerThanTheFreeSpaceIsRefusedAtCreationWithTheFix() throws Exception {
        assumeTrue(skip == null, () -> "ShmFullTest skipped: " + skip);
        List<String> out = run(childCommand(3 << 20)); // 3 slots of 3 MiB: about 9 MiB on a 4 MiB tmpfs
        assertNotNull(out);
        String line = out.stream().filter(l -> l.startsWith("OK") || l.startsWith("REFUSED") || l.startsWith("OTHER"))
                .findFirst().orElse("no result line: " + out);
        assertTrue(line.startsWith("REFUSED "), line);
        assertTrue(line.contains("needs 9,"), "names the size needed: " + line);
        assertTrue(line.contains("free"), "names the space free: " + line);
        assertTrue(line.contains("--shm-size") && line.contains("withFrameBytesCap") && line.contains("withSlots"),
                "names the fixes: " + line);
    }

    @Test
    void aRegionThatFitsWorksInTheSameSmallTmpfs() throws Exception {
        assumeTrue(skip == null, () -> "ShmFullTest skipped: " + skip);
        List<String> out = run(childCommand(512 << 10));
        assertTrue(out.contains("OK"), String.valueOf(out));
    }

    private static String childCommand(int frameCap) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' " + ShmFullChild.class.getName()
                + " " + frameCap;
    }

    /** Runs {@code command} under sh in a private mount namespace with a 4 MiB /dev/shm; null when not permitted. */
    private static List<String> run(String command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("unshare", "-m", "sh", "-c",
                    "mount -t tmpfs -o size=4m tmpfs /dev/shm && exec " + command)
                    .redirectErrorStream(true).start();
        } catch (IOException noUnshare) {
            return null;
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child in the namespace did not end: " + text);
        }
        if (command.equals("true") && p.exitValue() != 0) {
            return null;
        }
        return text.lines().toList();
    }
}
