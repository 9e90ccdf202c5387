package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The human report of {@code inspect}: every section, and the first values decoded by dtype. */
class InspectTextTest {
    @TempDir
    Path dir;

    private ToolRun inspect(String fixture) {
        ToolRun run = ToolRun.of("inspect", "--file", Fixtures.file(fixture, dir).toString());
        assertEquals(ExitCodes.OK, run.status(), run::toString);
        return run;
    }

    private static void assertLine(ToolRun run, String... parts) {
        for (String line : run.out().split("\n")) {
            boolean all = true;
            for (String p : parts) {
                all &= line.contains(p);
            }
            if (all) {
                return;
            }
        }
        throw new AssertionError("no line with " + String.join(" & ", parts) + " in\n" + run.out());
    }

    @Test
    void everyDtypeDecoded() {
        ToolRun run = inspect("fx_dtypes");
        assertLine(run, " b ", "BOOL", "[true, false, true]");
        assertLine(run, " i8 ", "[-128, -1, 127]");
        assertLine(run, " u8 ", "[0, 200, 255]");
        assertLine(run, " i16 ", "[-32768, -2, 32767]");
        assertLine(run, " u16 ", "[0, 40000, 65535]");
        assertLine(run, " i32 ", "[-2147483648, -3, 2147483647]");
        assertLine(run, " u32 ", "[0, 3000000000, 4294967295]");
        assertLine(run, " i64 ", "[-9223372036854775808, -4, 9223372036854775807]");
        assertLine(run, " u64 ", "[0, 10000000000000000000, 18446744073709551615]");
        assertLine(run, " f16 ", "F16", "[1.0, -2.0, 65504.0]");
        assertLine(run, " bf16 ", "BF16", "[1.0, -3.0, 3.3895314E38]");
        assertLine(run, " f32 ", "[1.5, -0.0, 3.4028235E38]");
        assertLine(run, " f64 ", "[3.141592653589793, -1.0E-300, 1.7976931348623157E308]");
    }

    @Test
    void sectionsOfARegionWithAReader() {
        ToolRun run = inspect("fx_basic");
        assertLine(run, "shmx file ", "format 2.0", "producer alive: unknown");
        assertLine(run, "magic", "5208780486709823565", "0x48494E415F53484D");
        assertLine(run, "session_id", "17772244680772715924");
        assertLine(run, "Streams (3)");
        assertLine(run, "data", "F32", "SOA_SCALAR");
        assertLine(run, "Readers (1 connected, 16 slots)");
        // reader in slot 0 saw frame 5 of 6: one frame behind
        assertLine(run, "0x268D7746ECB98360", "yes", "232659156882", "5", "1");
        assertLine(run, "Slots (4)");
        assertLine(run, "Latest frame: id 6, sim_time 0.06, 128 payload bytes, 3 TLVs");
        assertLine(run, "frame_id", "U64", "[6]");
        assertLine(run, "timestamp", "F64", "[1003.0]");
        assertLine(run, "data", "F32", "[60.25, 61.25, 62.25, 63.25, ... 6 more]");
        assertLine(run, "Pending control (3)");
        assertLine(run, "0x268D7746ECB98360", "0x1001", "4", "0000c842");
        assertLine(run, "0x268D7746ECB98360", "0x1002", "0");
        assertLine(run, "0x268D7746ECB98360", "0x2000", "17", "68656c6c6f2066726f6d20636c69656e74");
    }

    @Test
    void noPendingControl() {
        ToolRun run = inspect("fx_particles");
        assertLine(run, "Pending control (0)");
    }

    @Test
    void vectorStreamsAndExtraBytes() {
        ToolRun run = inspect("fx_particles");
        assertLine(run, "positions", "F32", "AOS_VECTOR", "756e6974733d6d3b6672616d653d776f726c64");
        assertLine(run, "positions", "[(3.0, 3.125, 3.25), (3.5, 3.625, 3.75), (4.0, 4.125, 4.25), (4.5, 4.625, 4.75), ... 253 more]");
        assertLine(run, "ids", "U32", "[3000, 3001, 3002, 3003, ... 253 more]");
    }

    @Test
    void noLatestFrame() {
        assertLine(inspect("fx_empty"), "Latest frame: none");
        assertLine(inspect("fx_corrupt"), "Latest frame: none");
    }

    @Test
    void valuesOption() {
        ToolRun run = ToolRun.of("inspect", "--values", "2", "--file", Fixtures.file("fx_basic", dir).toString());
        assertEquals(ExitCodes.OK, run.status(), run::toString);
        assertTrue(run.out().contains("[60.25, 61.25, ... 8 more]"), run::toString);
    }
}
