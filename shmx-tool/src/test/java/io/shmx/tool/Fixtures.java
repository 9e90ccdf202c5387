package io.shmx.tool;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The regions the original library wrote (test resources {@code fixtures/}), unpacked on demand. */
final class Fixtures {
    static final List<String> ALL = List.of("fx_basic", "fx_control", "fx_corrupt", "fx_dtypes", "fx_empty",
            "fx_particles");

    private Fixtures() {}

    /** Gunzips {@code fixtures/<name>.bin.gz} to {@code dir/<name>} and returns the file. */
    static Path unpack(String name, Path dir) {
        Path file = dir.resolve(name);
        try (InputStream in = new GZIPInputStream(resource(name + ".bin.gz"))) {
            Files.copy(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** What the original library read back from the fixture. */
    static JsonNode expected(String name) {
        try (InputStream in = resource(name + ".json")) {
            return ToolRun.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + file);
        if (in == null) {
            throw new IllegalStateException("test resource fixtures/" + file + " is missing");
        }
        return in;
    }
}
