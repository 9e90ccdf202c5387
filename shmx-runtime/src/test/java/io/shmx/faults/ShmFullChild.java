package io.shmx.faults;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.ShmxException;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;

import java.util.List;

/**
 * Runs inside a private mount namespace whose /dev/shm is a 4 MiB tmpfs: {@code <frameCap>} creates
 * a 3-slot channel with that frame cap and publishes a full frame into every slot. Prints
 * {@code OK} or {@code REFUSED <message>}; any other outcome (a crash, SIGBUS, another exception)
 * shows as a missing line or {@code OTHER}.
 */
public final class ShmFullChild {
    public static void main(String[] args) {
        int cap = Integer.parseInt(args[0]);
        ChannelConfig cfg = ChannelConfig.defaults().withFrameBytesCap(cap);
        try (ShmxServer s = ShmxServer.create("shmxtest-full", cfg, List.of(StreamSpec.of(1, "b", DType.U8, 1)))) {
            byte[] frame = new byte[cap - 64];
            for (int i = 0; i < 3; i++) {
                s.beginFrame().append(1, frame, frame.length).publish(i);
            }
            System.out.println("OK");
        } catch (ShmxException e) {
            System.out.println("REFUSED " + e.getMessage());
        } catch (Throwable t) {
            System.out.println("OTHER " + t);
        }
        System.out.flush();
    }

    private ShmFullChild() {}
}
