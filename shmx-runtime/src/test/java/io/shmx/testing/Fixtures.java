package io.shmx.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The regions the original library wrote (test resources {@code fixtures/}, shared with the other
 * modules' tests through this module's test-jar) and their JSON descriptions.
 */
public final class Fixtures {
    public static final List<String> NAMES =
            List.of("fx_basic", "fx_control", "fx_corrupt", "fx_dtypes", "fx_empty", "fx_particles");

    private Fixtures() {}

    /** The region's bytes, gunzipped. */
    public static byte[] bytes(String name) {
        try (InputStream in = resource(name + ".bin.gz"); GZIPInputStream gz = new GZIPInputStream(in)) {
            return gz.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The region written to a new file {@code dir/<name>}, as it would lie in /dev/shm. */
    public static Path file(String name, Path dir) {
        try {
            return Files.write(dir.resolve(name), bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the original library read back from the region, parsed by {@link Json}. */
    public static Map<String, Object> json(String name) {
        return Json.obj(Json.parse(jsonText(name)));
    }

    /** What the original library read back from the region, as JSON text (for other JSON readers). */
    public static String jsonText(String name) {
        try (InputStream in = resource(name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + file);
        if (in == null) {
            throw new IllegalStateException("missing test resource fixtures/" + file);
        }
        return in;
    }
}
