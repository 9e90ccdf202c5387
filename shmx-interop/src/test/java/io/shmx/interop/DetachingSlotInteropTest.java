package io.shmx.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.shmx.ControlSendResult;
import io.shmx.ShmxClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.3: a Java reader that closes with control messages its producer has not polled yet.
 * Under a Java producer its slot stays "detaching" until the producer drains the ring (so the
 * messages stay attributed); an original producer knows nothing of that state and never frees
 * such a slot, so after 16 of them no reader of either language got a slot. Under an original
 * producer the slot must be left free, as the original's own reader leaves it.
 */
class DetachingSlotInteropTest {

    @Test
    void javaReadersClosingWithUnpolledMessagesLeaveFreeSlotsUnderAnOriginalProducer() throws Exception {
        int readers = 20;
        try (Channels ch = new Channels(); Peer cpp = Peer.start("producer"); Peer other = Peer.start("reader")) {
            String name = ch.name("detach");
            cpp.call("create " + name + " 4 8192 4096 16");
            cpp.call("publish 1 1 0 0 0");
            for (int i = 0; i < readers; i++) {
                try (ShmxClient c = ShmxClient.open(name, Duration.ofSeconds(5))) {
                    assertNotNull(c.latest(), "reader " + i + " reads");
                    assertEquals(ControlSendResult.SENT, c.sendControl(0x3000, ControlInteropTest.message(i + 1)),
                            "reader " + i + " sends");
                }
                String r = cpp.call("readers");
                assertEquals(0, Peer.num(r, "in_use"), "slots held after Java reader " + i + " closed: " + r);
                assertEquals(0, Peer.num(r, "connected"), r);
            }
            other.call("open " + name + " 5000");
            String r = cpp.call("readers");
            assertEquals(1, Peer.num(r, "in_use"), "an original reader got a slot: " + r);
            try (ShmxClient c = ShmxClient.open(name)) {
                assertNotNull(c.latest(), "a Java reader gets a slot and reads");
            }
            // the messages left behind are still delivered to the original producer
            r = cpp.call("pollseq 2000 " + readers);
            assertEquals(readers, Peer.num(r, "got"), r);
        }
    }
}
