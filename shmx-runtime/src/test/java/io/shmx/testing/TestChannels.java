package io.shmx.testing;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Live channels for tests: each is created under a unique name ({@link ShmNames}) and destroyed,
 * its region removed, in {@link #close()}, even when the test failed. Registered as an extension
 * ({@code @RegisterExtension final TestChannels channels = new TestChannels("tool");}) it closes
 * after each test.
 */
public final class TestChannels implements AutoCloseable, AfterEachCallback {
    /** The seed's quick-start schema: frame_id U64, timestamp F64, data F32. */
    public static final List<StreamSpec> QUICKSTART = List.of(
            StreamSpec.of(1, "frame_id", DType.U64, 1),
            StreamSpec.of(2, "timestamp", DType.F64, 1),
            StreamSpec.of(3, "data", DType.F32, 1));

    private final ShmNames names;
    private final List<ShmxServer> servers = new ArrayList<>();

    public TestChannels(String prefix) {
        names = new ShmNames(prefix);
    }

    /** A name that is cleaned up with the others (for regions made by another process, or none). */
    public String reserveName(String what) {
        return names.next(what);
    }

    public synchronized ShmxServer create(String what, ChannelConfig config, List<StreamSpec> streams) {
        ShmxServer server = ShmxServer.create(reserveName(what), config, streams);
        servers.add(server);
        return server;
    }

    /** A channel of the quick-start schema with frames 1 to {@code frames} published ({@link #publishQuickstart}). */
    public ShmxServer createQuickstart(String what, ChannelConfig config, int frames) {
        ShmxServer server = create(what, config, QUICKSTART);
        for (int k = 1; k <= frames; k++) {
            publishQuickstart(server, k);
        }
        return server;
    }

    /** Publishes frame {@code k} of the quick-start schema: frame_id k, timestamp k/100, data k..k+9. */
    public static long publishQuickstart(ShmxServer server, long k) {
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

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public synchronized void close() {
        for (ShmxServer s : servers) {
            try {
                s.destroy();
            } catch (RuntimeException e) {
                // already destroyed by the test; the file is removed below either way
            }
        }
        servers.clear();
        names.close();
    }
}
