package io.shmx.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a check (tag {@code timing}, out of the default run): the publish time of one
 * 1 MiB frame (one U8 stream, 3 slots) by the original C++ Server and by ours in compatibility
 * mode, in one sitting, printed as medians. Run with
 * {@code mvn -B -pl shmx-interop -am verify -Dshmx.interop.excludedGroups=none -Dgroups=timing}.
 */
@Tag("timing")
class PublishTimingInteropTest {
    private static final int BYTES = 1 << 20;
    private static final int FRAMES = 300;

    @Test
    void oneMebibytePublishOriginalVersusCompatibilityMode() throws Exception {
        try (Channels ch = new Channels(); Peer cpp = Peer.start("timing")) {
            String cppRun1 = cpp.call("time " + ch.name("t-cpp") + " " + BYTES + " " + FRAMES, 120);
            double java1 = javaMedianMicros(ch.name("t-java"));
            String cppRun2 = cpp.call("time " + ch.name("t-cpp") + " " + BYTES + " " + FRAMES, 120);
            double java2 = javaMedianMicros(ch.name("t-java"));
            System.out.printf("interop timing, 1 MiB publish, median of %d: original C++ %s / %s us; ours (compatibility) %.1f / %.1f us%n",
                    FRAMES, Peer.fields(cppRun1).get("median_us"), Peer.fields(cppRun2).get("median_us"), java1, java2);
            assertTrue(java1 > 0 && java2 > 0 && Double.parseDouble(Peer.fields(cppRun1).get("median_us")) > 0);
        }
    }

    private static double javaMedianMicros(String name) {
        ShmxServer server = ShmxServer.create(name, ChannelConfig.defaults().withCompatibility(true).withSlots(3)
                .withFrameBytesCap(BYTES + 64), List.of(StreamSpec.of(19, "blob", DType.U8, 1)));
        try {
            byte[] data = new byte[BYTES];
            for (int j = 0; j < BYTES; j++) {
                data[j] = (byte) (j * 31);
            }
            double[] us = new double[FRAMES];
            for (int round = 0; round < 2; round++) { // the first round warms the JIT up
                for (int i = 0; i < FRAMES; i++) {
                    data[0] = (byte) i;
                    long t0 = System.nanoTime();
                    server.beginFrame().append(19, data, BYTES).publish(i);
                    us[i] = (System.nanoTime() - t0) / 1000.0;
                }
            }
            Arrays.sort(us);
            return us[FRAMES / 2];
        } finally {
            server.destroy();
        }
    }
}
