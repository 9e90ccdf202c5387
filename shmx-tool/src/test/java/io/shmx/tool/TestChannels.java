package io.shmx.tool;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Live channels for tests: every name is unique (prefix, pid, counter, random) and every region is
 * removed in {@link #close()}, even when the test failed. Registered as an extension
 * ({@code @RegisterExtension final TestChannels channels = new TestChannels();}) it closes after each test.
 */
final class TestChannels implements AutoCloseable, AfterEachCallback {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** The seed's quick-start schema: frame_id U64, timestamp F64, data F32. */
    static final List<StreamSpec> QUICKSTART = List.of(
            StreamSpec.of(1, "frame_id", DType.U64, 1),
            StreamSpec.of(2, "timestamp", DType.F64, 1),
            StreamSpec.of(3, "data", DType.F32, 1));

    private final List<String> names = new ArrayList<>();
    private final List<ShmxServer> servers = new ArrayList<>();

    static String uniqueName(String what) {
        return "shmx-tool-test-" + what + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt());
    }

    /** A name that is cleaned up with the others (for regions made by another process). */
    String reserveName(String what) {
        String name = uniqueName(what);
        names.add(name);
        return name;
    }

    ShmxServer create(String what, ChannelConfig config, List<StreamSpec> streams) {
        String name = reserveName(what);
        ShmxServer server = ShmxServer.create(name, config, streams);
        servers.add(server);
        return server;
    }

    /** A channel of the quick-start schema with frames 1 to {@code frames} published ({@link #publishQuickstart}). */
    ShmxServer createQuickstart(String what, ChannelConfig config, int frames) {
        ShmxServer server = create(what, config, QUICKSTART);
        for (int k = 1; k <= frames; k++) {
            publishQuickstart(server, k);
        }
        return server;
    }

    /** Publishes frame {@code k} of the quick-start schema: frame_id k, timestamp k/100, data k..k+9. */
    static long publishQuickstart(ShmxServer server, long k) {
        float[] data = new float[10];
        for (int i = 0; i < data.length; i++) {
            data[i] = k + i;
        }
        return server.beginFrame()
                .append(1, new long[] {k}, 1)
                .append(2, new double[] {k / 100.0}, 1)
                .append(3, data, data.length)
                .publish(k / 100.0);
    }

    static Path path(String name) {
        return RegionNames.SHM_DIR.resolve(name);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        for (ShmxServer s : servers) {
            try {
                s.destroy();
            } catch (RuntimeException e) {
                // already destroyed by the test; the file is removed below either way
            }
        }
        for (String n : names) {
            try {
                Files.deleteIfExists(path(n));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
