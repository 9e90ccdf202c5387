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

/** Access to the regions under src/test/resources/fixtures and their JSON descriptions. */
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

    /** The region written to a new file in {@code dir}. */
    public static Path file(String name, Path dir) {
        try {
            return Files.write(dir.resolve(name + ".bin"), bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> json(String name) {
        try (InputStream in = resource(name + ".json")) {
            return Json.obj(Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
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
