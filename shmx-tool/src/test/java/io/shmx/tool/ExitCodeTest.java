package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.testing.Fixtures;
import io.shmx.testing.ShmNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit statuses: 1 with a one-line reason for missing, non-shmx and truncated regions; 2 for usage errors. */
class ExitCodeTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final ShmNames names = new ShmNames("tool");

    private static void assertRegionError(ToolRun run, String reasonPart) {
        assertEquals(ExitCodes.REGION, run.status(), run::toString);
        String err = run.err().strip();
        assertTrue(!err.contains("\n"), () -> "reason is not one line: " + run);
        assertTrue(err.contains(reasonPart), () -> "reason lacks '" + reasonPart + "': " + run);
        assertEquals("", run.out(), run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"inspect", "top", "dump"})
    void missingChannel(String command) {
        String name = names.next("missing");
        ToolRun run = switch (command) {
            case "dump" -> ToolRun.of(command, name, dir.resolve("out").toString());
            case "top" -> ToolRun.of(command, name, "--once", "--interval", "20");
            default -> ToolRun.of(command, name);
        };
        assertRegionError(run, "/dev/shm/" + name + " does not exist");
        assertTrue(run.err().contains("shmx list"), run::toString);
    }

    @Test
    void missingFile() {
        assertRegionError(ToolRun.of("inspect", "--file", dir.resolve("nope").toString()), "does not exist");
    }

    @Test
    void notShmx() throws IOException {
        byte[] junk = new byte[8192];
        new Random(42).nextBytes(junk);
        Path file = Files.write(dir.resolve("junk"), junk);
        assertRegionError(ToolRun.of("inspect", "--file", file.toString()), "is not a shmx region");
        assertRegionError(ToolRun.of("inspect", "--file", file.toString(), "--json"), "is not a shmx region");
        assertRegionError(ToolRun.of("docs", "--file", file.toString()), "is not a shmx region");
    }

    @Test
    void shorterThanAHeader() throws IOException {
        Path file = Files.write(dir.resolve("short"), new byte[] {1, 2, 3});
        assertRegionError(ToolRun.of("inspect", "--file", file.toString()), "fewer than the 128-byte shmx header");
        Path empty = Files.write(dir.resolve("empty"), new byte[0]);
        assertRegionError(ToolRun.of("inspect", "--file", empty.toString()), "fewer than the 128-byte shmx header");
    }

    @Test
    void truncatedRegion() throws IOException {
        Path whole = Fixtures.file("fx_basic", dir);
        byte[] bytes = Files.readAllBytes(whole);
        for (int length : List.of(128, 5000, bytes.length - 1)) {
            Path cut = Files.write(dir.resolve("cut" + length), Arrays.copyOf(bytes, length));
            assertRegionError(ToolRun.of("inspect", "--file", cut.toString(), "--json"), "is truncated");
            assertRegionError(ToolRun.of("top", "--once", "--interval", "20", "--file", cut.toString()), "is truncated");
        }
    }

    @Test
    void otherVersion() throws IOException {
        Path file = Fixtures.file("fx_empty", dir);
        byte[] bytes = Files.readAllBytes(file);
        bytes[8] = 3; // ver_major
        Files.write(file, bytes);
        assertRegionError(ToolRun.of("inspect", "--file", file.toString()), "format 3.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",                      // no command
        "bogus",                 // unknown command
        "inspect",               // no region
        "inspect a --file b",    // both
        "inspect --frobnicate x",
        "inspect a/b",           // invalid channel name
        "inspect ..",
        "top",
        "top x --interval soon",
        "dump",
        "dump onlyname",
        "docs",
        "docs a.B --channel x",
        "docs 3-not-a-class",
        "list --dir",
        "list extra-arg",
    })
    void usageErrors(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        ToolRun run = ToolRun.of(args);
        assertEquals(ExitCodes.USAGE, run.status(), run::toString);
        assertTrue(!run.err().isBlank(), run::toString);
        assertTrue(run.err().contains("Usage:"), run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "inspect", "top", "dump", "docs"})
    void helpOnEveryCommand(String command) {
        for (String flag : List.of("--help", "-h")) {
            ToolRun run = ToolRun.of(command, flag);
            assertEquals(ExitCodes.OK, run.status(), run::toString);
            assertTrue(run.out().contains("Usage: shmx " + command), run::toString);
        }
        ToolRun viaHelp = ToolRun.of("help", command);
        assertEquals(ExitCodes.OK, viaHelp.status(), viaHelp::toString);
        assertTrue(viaHelp.out().contains("Usage: shmx " + command), viaHelp::toString);
    }

    @Test
    void topLevelHelpAndVersion() throws IOException {
        ToolRun help = ToolRun.of("--help");
        assertEquals(ExitCodes.OK, help.status(), help::toString);
        for (String c : List.of("list", "inspect", "top", "dump", "docs")) {
            assertTrue(help.out().contains("  " + c + " "), help::toString);
        }
        assertTrue(help.out().contains("Exit status:"), help::toString);
        ToolRun version = ToolRun.of("--version");
        assertEquals(ExitCodes.OK, version.status(), version::toString);
        String expected;
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            expected = p.getProperty("version");
        }
        assertTrue(!expected.contains("${"), "version.properties was not filtered: " + expected);
        assertTrue(version.out().startsWith("shmx " + expected + " "), version::toString);
    }
}
