package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.Layout;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.testing.Fixtures;
import io.shmx.testing.TestChannels;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code docs}: a generated frame type's META-INF/shmx documents, schema files, and a region's directory. */
class DocsCommandTest {
    private static final String TICK = "io.shmx.tool.sample.Tick";

    @TempDir
    Path dir;

    @RegisterExtension
    final TestChannels channels = new TestChannels("tool");

    private static String resource(String name) throws IOException {
        try (InputStream in = DocsCommandTest.class.getResourceAsStream("/META-INF/shmx/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void markdownOfAFrameTypeOnTheClassPath() throws IOException {
        ToolRun run = ToolRun.of("docs", TICK);
        assertEquals(ExitCodes.OK, run.status(), run::toString);
        assertEquals(resource(TICK + ".md"), run.out());
        ToolRun json = ToolRun.of("docs", TICK, "--json");
        assertEquals(ExitCodes.OK, json.status(), json::toString);
        assertEquals(resource(TICK + ".json"), json.out());
    }

    @Test
    void frameTypeFromAJarOrDirectoryGivenWithCp() throws IOException {
        Path jar = dir.resolve("schemas.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/shmx/com.example.Quote.md"));
            out.write("# Frame `com.example.Quote`\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path classes = Files.createDirectories(dir.resolve("classes/META-INF/shmx"));
        Files.writeString(classes.resolve("com.example.Bar.md"), "# Frame `com.example.Bar`\n");

        assertEquals(ExitCodes.REGION, ToolRun.of("docs", "com.example.Quote").status());
        String cp = jar + ":" + dir.resolve("classes");
        ToolRun quote = ToolRun.of("docs", "--cp", cp, "com.example.Quote");
        assertEquals(ExitCodes.OK, quote.status(), quote::toString);
        assertEquals("# Frame `com.example.Quote`\n", quote.out());
        ToolRun bar = ToolRun.of("docs", "--cp", cp, "com.example.Bar");
        assertEquals("# Frame `com.example.Bar`\n", bar.out(), bar::toString);
    }

    @Test
    void missingFrameType() {
        ToolRun run = ToolRun.of("docs", "com.example.Nope");
        assertEquals(ExitCodes.REGION, run.status(), run::toString);
        assertTrue(run.err().contains("META-INF/shmx/com.example.Nope.md is not on the class path"), run::toString);
        assertTrue(run.err().contains("--cp"), run::toString);
    }

    @Test
    void schemaFiles() throws IOException {
        Path json = Files.writeString(dir.resolve("Tick.json"), resource(TICK + ".json"));
        ToolRun rendered = ToolRun.of("docs", json.toString());
        assertEquals(ExitCodes.OK, rendered.status(), rendered::toString);
        assertTrue(rendered.out().startsWith("# Schema Tick.json\n"), rendered::toString);
        assertTrue(rendered.out().contains("- record: io.shmx.tool.sample.Tick"), rendered::toString);
        assertTrue(rendered.out().contains("| id | name | dtype | components | bytes_per_elem | layout | java_type |"),
                rendered::toString);
        assertTrue(rendered.out().contains("| 2 | sizes | U32 | 1 | 4 | SOA_SCALAR | int[] |"), rendered::toString);

        Files.writeString(dir.resolve("Tick.md"), "# the page beside it\n");
        assertEquals("# the page beside it\n", ToolRun.of("docs", json.toString()).out(), "the .md next to the .json wins");
        assertEquals(resource(TICK + ".json"), ToolRun.of("docs", json.toString(), "--json").out());

        Path broken = Files.writeString(dir.resolve("broken.json"), "{ not json");
        ToolRun bad = ToolRun.of("docs", broken.toString());
        assertEquals(ExitCodes.REGION, bad.status(), bad::toString);
        assertTrue(bad.err().contains("is not valid JSON"), bad::toString);
        assertEquals(ExitCodes.REGION, ToolRun.of("docs", dir.resolve("none.json").toString()).status());
    }

    @Test
    void directoryOfALiveChannel() {
        ShmxServer server = channels.create("docs", ChannelConfig.defaults().withSlots(2),
                List.of(StreamSpec.of(4, "pos|xyz", DType.F32, 3, Layout.AOS_VECTOR, new byte[] {1, 2}),
                        StreamSpec.of(5, "id", DType.U32, 1)));
        ToolRun run = ToolRun.of("docs", "--channel", server.name());
        assertEquals(ExitCodes.OK, run.status(), run::toString);
        assertTrue(run.out().startsWith("# Channel `" + server.name() + "`\n"), run::toString);
        assertTrue(run.out().contains("| 4 | `pos\\|xyz` | F32 | 3 | 12 | AOS_VECTOR | `0102` |"), run::toString);
        assertTrue(run.out().contains("| 5 | `id` | U32 | 1 | 4 | SOA_SCALAR |  |"), run::toString);
        assertTrue(run.out().contains("- frame slots: 2"), run::toString);
    }

    @Test
    void directoryOfASavedRegion() {
        Path file = Fixtures.file("fx_particles", dir);
        ToolRun run = ToolRun.of("docs", "--file", file.toString());
        assertEquals(ExitCodes.OK, run.status(), run::toString);
        assertTrue(run.out().contains("| 1 | `positions` | F32 | 3 | 12 | AOS_VECTOR | `756e6974733d6d3b6672616d653d776f726c64` |"),
                run::toString);
        assertTrue(run.out().contains("| 3 | `ids` | U32 | 1 | 4 | SOA_SCALAR |  |"), run::toString);
        assertTrue(run.out().contains("static directory generation 2"), run::toString);
    }

    /** A region given where a schema file is expected is named as a region (and never read as text). */
    @Test
    void aRegionIsNoSchemaFile() {
        Path file = Fixtures.file("fx_basic", dir);
        ToolRun run = ToolRun.of("docs", file.toString());
        assertEquals(ExitCodes.REGION, run.status(), run::toString);
        assertTrue(run.err().contains(file + " is a shmx region, not a schema file; `shmx docs --file " + file + "`"),
                run::toString);
        assertEquals("", run.out(), run::toString);
    }
}
