package io.shmx.examples.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Unique /dev/shm names for a test class ({@code shmxtest-examples-<test>-<pid>-<n>}), all removed
 * by {@link #close()} even when a test failed. Registered as an extension
 * ({@code @RegisterExtension final ShmNames names = new ShmNames("video");}) it closes after each test.
 */
public final class ShmNames implements AutoCloseable, AfterEachCallback {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final String prefix;
    private final List<String> names = new ArrayList<>();

    public ShmNames(String prefix) {
        this.prefix = prefix;
    }

    public synchronized String next() {
        String n = "shmxtest-examples-" + prefix + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
        names.add(n);
        return n;
    }

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
