package io.shmx.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique channel names for one test, and removal of their /dev/shm files afterwards (the original never unlinks). */
final class Channels implements AutoCloseable {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private final List<String> names = new ArrayList<>();

    String name(String what) {
        String n = "shmx-interop-" + what + "-" + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet();
        names.add(n);
        return n;
    }

    static Path file(String name) {
        return Path.of("/dev/shm", name);
    }

    @Override
    public void close() throws IOException {
        for (String n : names) {
            Files.deleteIfExists(file(n));
        }
    }
}
