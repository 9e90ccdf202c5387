package io.shmx.faults;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.List;

/**
 * A producer process: {@code <name> <compat true|false>}. Creates the channel, prints
 * {@code READY <session hex>}; {@code PUBLISH n} publishes n frames (stream 1 = frame id) and prints
 * {@code DONE}; {@code HALT} exits without closing, as a crash would; {@code CLOSE} closes and exits.
 */
public final class CompatProducerChild {
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "id", DType.I64, 1));

    public static void main(String[] args) throws Exception {
        ChannelConfig cfg = ChannelConfig.defaults().withCompatibility(Boolean.parseBoolean(args[1]));
        ShmxServer s = ShmxServer.create(args[0], cfg, STREAMS);
        System.out.println("READY " + Long.toHexString(s.sessionId()));
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        long[] v = new long[1];
        for (String line; (line = in.readLine()) != null; ) {
            if (line.startsWith("PUBLISH ")) {
                for (long i = Long.parseLong(line.substring(8)); i > 0; i--) {
                    v[0] = s.framesPublished() + 1;
                    s.beginFrame().append(1, v, 1).publish(v[0]);
                }
                System.out.println("DONE");
                System.out.flush();
            } else if (line.equals("HALT")) {
                Runtime.getRuntime().halt(0);
            } else if (line.equals("CLOSE")) {
                s.close();
                return;
            }
        }
    }

    private CompatProducerChild() {}
}
