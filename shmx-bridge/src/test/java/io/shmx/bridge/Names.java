package io.shmx.bridge;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique channel names (removed from /dev/shm afterwards) and free UDP ports on 127.0.0.1. */
final class Names implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final List<String> names = new ArrayList<>();

    String channel(String what) {
        String n = "shmx-bridge-test-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + "-" + what;
        names.add(n);
        return n;
    }

    static int freeUdpPort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        for (String n : names) {
            Files.deleteIfExists(Path.of("/dev/shm", n));
        }
    }
}
