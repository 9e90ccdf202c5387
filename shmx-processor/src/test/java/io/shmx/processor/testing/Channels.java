package io.shmx.processor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique channel names for tests, and removal of their regions even when a test fails. */
public final class Channels {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Path SHM = Path.of("/dev/shm");

    private Channels() {}

    /** {@code shmx-proc-<prefix>-<pid>-<n>}. */
    public static String unique(String prefix) {
        return "shmx-proc-" + prefix + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    /** Removes the region file of {@code channel} if it is still there. */
    public static void remove(String channel) {
        try {
            Files.deleteIfExists(SHM.resolve(channel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
