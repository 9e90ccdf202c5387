package io.shmx.faults;

import io.shmx.ChannelConfig;
import io.shmx.ChannelInUseException;
import io.shmx.DType;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;

import io.shmx.RegionProbe;
import io.shmx.ShmxInspector;

import java.nio.file.Path;
import java.util.List;

/**
 * Producer processes racing for one name.
 *
 * <ul>
 *   <li>{@code race <name> <millis>}: for {@code millis}, creates the channel, checks a few times that
 *       the name still holds its region (the session id under the name is its own), then closes it
 *       keeping the file, so the next creator must retire a stale region. Prints
 *       {@code RESULT created refused violations}.</li>
 *   <li>{@code churn <name> <count> <frameCap>}: creates and destroys the channel {@code count}
 *       times. Prints {@code DONE}.</li>
 * </ul>
 */
public final class CreatorChild {
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "v", DType.I64, 1));

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "race" -> race(args[1], Long.parseLong(args[2]));
            case "churn" -> churn(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void race(String name, long millis) {
        ChannelConfig cfg = ChannelConfig.defaults().withKeepRegionOnClose(true).withSlots(2).withFrameBytesCap(4096);
        Path path = Path.of("/dev/shm", name);
        System.out.println("READY");
        System.out.flush();
        long end = System.nanoTime() + millis * 1_000_000L;
        int created = 0;
        int refused = 0;
        int violations = 0;
        while (System.nanoTime() < end) {
            ShmxServer s;
            try {
                s = ShmxServer.create(name, cfg, STREAMS);
            } catch (ChannelInUseException e) {
                refused++;
                continue;
            }
            created++;
            for (int i = 0; i < 5; i++) {
                long under = sessionUnder(path);
                if (under != s.sessionId()) {
                    violations++;
                    System.out.println("VIOLATION session under the name " + Long.toHexString(under) + " while "
                            + Long.toHexString(s.sessionId()) + " is alive");
                    break;
                }
                Thread.onSpinWait();
            }
            s.close();
        }
        System.out.println("RESULT " + created + " " + refused + " " + violations);
        System.out.flush();
    }

    /**
     * The session id in the header of the file under {@code path}, 0 when there is none. Read through
     * the runtime's probe: this process is a producer of the file, and opening and closing a
     * descriptor of its own would drop its fcntl liveness lock.
     */
    static long sessionUnder(Path path) {
        RegionProbe p = ShmxInspector.probe(path);
        return p.isRegion() ? p.header().sessionId() : 0;
    }

    private static void churn(String name, int count, int frameCap) {
        ChannelConfig cfg = ChannelConfig.defaults().withFrameBytesCap(frameCap);
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; i < count; i++) {
            ShmxServer.create(name, cfg, STREAMS).destroy();
        }
        System.out.println("DONE");
        System.out.flush();
    }

    private CreatorChild() {}
}
