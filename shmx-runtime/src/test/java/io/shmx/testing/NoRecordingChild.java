package io.shmx.testing;

import io.shmx.ChannelConfig;
import io.shmx.ControlSendResult;
import io.shmx.DType;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.TlvType;
import java.util.List;

/**
 * A child JVM that runs every place where the runtime emits a Flight Recorder event (open, publish,
 * read, reap and re-attach, a full control ring, a producer restart) without any recording, then
 * prints {@code DONE}. Args: the channel name.
 */
public final class NoRecordingChild {
    private NoRecordingChild() {}

    public static void main(String[] args) {
        String name = args[0];
        List<StreamSpec> streams = List.of(StreamSpec.of(1, "id", DType.U64, 1));
        ChannelConfig cfg = ChannelConfig.defaults().withControlPerReader(128);
        ShmxServer first = ShmxServer.create(name, cfg, streams);
        try (ShmxClient c = ShmxClient.open(name)) {
            first.beginFrame().append(1, new long[]{1}, 1).publish(1);
            c.latest();
            first.reapStaleReaders(System.nanoTime() + 60_000_000_000L, 1_000_000_000L);
            long reader = c.readerId();
            while (c.readerId() == reader) {
                c.latest();
            }
            ControlSendResult r;
            do {
                r = c.sendControl(TlvType.CONTROL_USER, new byte[24]);
            } while (r == ControlSendResult.SENT);
            long session = c.sessionId();
            first.close();
            try (ShmxServer second = ShmxServer.create(name, cfg, streams)) {
                second.beginFrame().append(1, new long[]{1}, 1).publish(1);
                while (c.sessionId() == session) {
                    c.latest();
                }
                second.destroy();
            }
        } finally {
            first.close();
        }
        System.out.println("DONE");
    }
}
