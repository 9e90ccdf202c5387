package io.shmx.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Unique /dev/shm names for one test class ({@code shmxtest-<prefix>[-<what>]-<pid>-<n>}), all
 * removed by {@link #close()} even when a test failed. Registered as an extension
 * ({@code @RegisterExtension final ShmNames names = new ShmNames("video");}, or from a static field)
 * it closes after each test.
 */
public final class ShmNames implements AutoCloseable, AfterEachCallback {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final List<String> names = new ArrayList<>();
    private final String prefix;

    public ShmNames(String prefix) {
        this.prefix = prefix;
    }

    /** A fresh name, removed again by {@link #close()}. */
    public String next() {
        return register("shmxtest-" + prefix + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
    }

    /** A fresh name that also says what it is for ({@code what}), removed again by {@link #close()}. */
    public String next(String what) {
        return register("shmxtest-" + prefix + "-" + what + "-" + ProcessHandle.current().pid() + "-"
                + COUNTER.incrementAndGet());
    }

    private synchronized String register(String name) {
        names.add(name);
        return name;
    }

    /** The file that backs the region {@code name}. */
    public static Path path(String name) {
        return Path.of("/dev/shm", name);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public synchronized void close() {
        for (String n : names) {
            try {
                Files.deleteIfExists(path(n));
            } catch (IOException ignored) {
                // best effort
            }
        }
        names.clear();
    }
}
