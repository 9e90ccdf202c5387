package io.shmx.bench.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Unique names for the shared-memory objects a benchmark creates: {@code shmx-bench-<tag>-<pid>-<n>},
 * so that parallel runs never collide, and removal of what is left behind: every name handed out
 * is removed again when the JVM exits, also when a benchmark failed before its tear-down.
 */
public final class ShmNames {
    /** Where POSIX shared memory objects live on Linux. */
    public static final Path SHM_DIR = Path.of("/dev/shm");

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Set<String> HANDED_OUT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> HANDED_OUT.forEach(ShmNames::remove),
                "shmx-bench-shm-cleanup"));
    }

    private ShmNames() {}

    /** A fresh name (no leading slash) for an object created by this process. */
    public static String unique(String tag) {
        String name = "shmx-bench-" + tag + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
        HANDED_OUT.add(name);
        return name;
    }

    /** The file that backs the shared memory object {@code name}. */
    public static Path path(String name) {
        return SHM_DIR.resolve(name);
    }

    /** Removes the object if it is still there; never throws. */
    public static void remove(String name) {
        try {
            Files.deleteIfExists(path(name));
        } catch (IOException | RuntimeException e) {
            System.err.println("could not remove " + path(name) + ": " + e.getMessage());
        }
    }
}
