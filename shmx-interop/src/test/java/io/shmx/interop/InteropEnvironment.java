package io.shmx.interop;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the original headers ({@code <repo>/../shared/peers/shmx-cpp/src}, or
 * {@code -Dshmx.interop.peers=DIR}) and g++, and compiles the C++ peer
 * ({@code src/test/cpp/interop_peer.cpp}, with the header the processor generated from
 * {@link AllTypes}) into {@code target/interop-peer/} once per build (again only when a source is
 * newer than the binary).
 *
 * <p>When the headers or g++ are missing every test of the module is skipped and one line says
 * why. With {@code -Dshmx.interop.required=true} or {@code SHMX_INTEROP_REQUIRED=1} that is a
 * failure instead (CI sets it).
 */
final class InteropEnvironment {
    private static Path binary;
    private static String unavailable;
    private static boolean reported;

    private InteropEnvironment() {}

    static boolean required() {
        String env = System.getenv("SHMX_INTEROP_REQUIRED");
        return Boolean.getBoolean("shmx.interop.required") || "1".equals(env) || "true".equalsIgnoreCase(env);
    }

    /** The compiled peer; skips (or fails when required) the calling test when it cannot be built. */
    static synchronized Path peerBinary() {
        if (binary == null && unavailable == null) {
            try {
                binary = build();
            } catch (Unavailable e) {
                unavailable = e.getMessage();
            }
        }
        if (unavailable != null) {
            String line = "shmx-interop: SKIPPED, " + unavailable
                    + " (-Dshmx.interop.required=true or SHMX_INTEROP_REQUIRED=1 makes this a failure)";
            if (required()) {
                fail("shmx-interop: REQUIRED but " + unavailable);
            }
            if (!reported) {
                System.err.println(line);
                reported = true;
            }
            Assumptions.abort(line);
        }
        return binary;
    }

    private static final class Unavailable extends Exception {
        Unavailable(String why) {
            super(why);
        }
    }

    private static Path moduleDir() {
        try {
            // target/test-classes -> module directory
            return Path.of(InteropEnvironment.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path generatedHeaders() {
        return moduleDir().resolve("target/test-classes/META-INF/shmx");
    }

    static Path peersDir() {
        String override = System.getProperty("shmx.interop.peers");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        return moduleDir().getParent().resolve("../shared/peers/shmx-cpp").toAbsolutePath().normalize();
    }

    private static Path build() throws Unavailable {
        Path peers = peersDir();
        Path headers = peers.resolve("src");
        if (!Files.isRegularFile(headers.resolve("shmx_server.h")) || !Files.isRegularFile(headers.resolve("shmx_client.h"))) {
            throw new Unavailable("the original shmx headers are not at " + headers);
        }
        String gxx = System.getenv().getOrDefault("CXX", "g++");
        if (run(List.of(gxx, "--version"), 30) != 0) {
            throw new Unavailable("no C++ compiler (" + gxx + " --version failed)");
        }
        Path sources = moduleDir().resolve("src/test/cpp");
        Path generated = generatedHeaders();
        Path out = moduleDir().resolve("target/interop-peer");
        Path bin = out.resolve("interop_peer");
        try {
            Files.createDirectories(out);
            if (!Files.isRegularFile(generated.resolve("io.shmx.interop.AllTypes.hpp"))) {
                fail("the processor wrote no C++ header for AllTypes in " + generated);
            }
            if (Files.isExecutable(bin) && !newerThan(List.of(sources, generated, headers), Files.getLastModifiedTime(bin))) {
                return bin;
            }
            List<String> cmd = List.of(gxx, "-std=c++23", "-O2", "-Wall", "-I", headers.toString(), "-I", generated.toString(),
                    sources.resolve("interop_peer.cpp").toString(), "-o", bin.toString(), "-pthread", "-lrt");
            Path log = out.resolve("g++.log");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                fail("compiling the C++ peer failed: " + String.join(" ", cmd) + "\n" + Files.readString(log));
            }
            return bin;
        } catch (IOException e) {
            throw new Unavailable("cannot build the C++ peer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while building the C++ peer");
        }
    }

    private static boolean newerThan(List<Path> dirs, FileTime time) throws IOException {
        for (Path d : dirs) {
            try (Stream<Path> files = Files.walk(d)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    if (Files.getLastModifiedTime(f).compareTo(time) > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int run(List<String> cmd, int seconds) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
