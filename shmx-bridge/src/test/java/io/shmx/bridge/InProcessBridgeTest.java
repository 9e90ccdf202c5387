package io.shmx.bridge;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.Frame;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java API with sender and receivers in this JVM (each with its own embedded driver). */
@Timeout(120)
class InProcessBridgeTest {
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "a", DType.U32, 1), StreamSpec.of(2, "b", DType.U8, 1));

    static void await(BooleanSupplier c, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + " did not happen within 30 s");
            }
            Thread.sleep(20);
        }
    }

    static void publish(ShmxServer s, int value) {
        s.beginFrame().append(1, new int[] {value}, 1).append(2, new byte[] {(byte) value, 2, 3}, 3).publish(value);
    }

    @Test
    void streamsAppendedAndANewSourceSessionReachTheReceivingSide() throws Exception {
        try (Names names = new Names()) {
            String source = names.channel("src");
            String local = names.channel("dst");
            String uri = "aeron:udp?endpoint=127.0.0.1:" + Names.freeUdpPort();
            ShmxServer producer = ShmxServer.create(source, ChannelConfig.defaults(), STREAMS);
            try (BridgeReceiver receiver = ShmxBridge.receiver(uri).as(local).start();
                 BridgeSender sender = ShmxBridge.sender(source).to(uri).status("127.0.0.1", 0).start()) {
                await(() -> receiver.stats().hasDirectory(), "the directory arrives");
                try (ShmxClient reader = ShmxClient.open(local, Duration.ofSeconds(10))) {
                    assertEquals(STREAMS, reader.streams(), "the local channel has the sender's directory");
                    publish(producer, 5);
                    await(() -> receiver.stats().framesReceived() == 1, "a frame arrives");
                    Frame f = reader.latest();
                    assertNotNull(f);
                    assertArrayEquals(new byte[] {5, 2, 3}, f.copyStream(2));

                    // schema evolution: a stream appended on the source travels before the frame that uses it
                    StreamSpec c = StreamSpec.of(3, "c", DType.F64, 2);
                    producer.addStream(c);
                    producer.beginFrame().append(1, new int[] {6}, 1).append(3, new double[] {1.5, 2.5}, 1).publish(6);
                    await(() -> receiver.stats().framesReceived() == 2, "the frame with the new stream arrives");
                    assertEquals(0, receiver.stats().lost());
                    assertTrue(reader.refreshStatic(), "the local directory grew");
                    assertEquals(3, reader.streams().size());
                    assertEquals(c, reader.stream(3));
                    assertEquals(0, receiver.stats().sessionChanges(), "an appended stream keeps the local session");

                    // the producer restarts with other streams: a new session on the receiving side too
                    long oldSession = reader.sessionId();
                    producer.destroy();
                    List<StreamSpec> other = List.of(StreamSpec.of(9, "z", DType.I16, 1));
                    producer = ShmxServer.create(source, ChannelConfig.defaults(), other);
                    producer.beginFrame().append(9, new short[] {42}, 1).publish(1);
                    await(() -> receiver.stats().sessionChanges() == 1, "the session change reaches the receiver");
                    await(() -> reader.latest() != null && reader.sessionId() != oldSession, "the local reader re-attaches");
                    assertEquals(other, reader.streams());
                    ShmxServer p = producer;
                    await(() -> {
                        publish9(p);
                        Frame g = reader.latest();
                        return g != null && g.elemCount(9) == 1;
                    }, "frames of the new session arrive");
                    assertTrue(reader.reattachments() >= 1);
                }
            } finally {
                producer.destroy();
            }
        }
    }

    private static void publish9(ShmxServer p) {
        p.beginFrame().append(9, new short[] {43}, 1).publish(2);
    }

    @Test
    void twoReceiversByMultiDestinationCastAreBothLiveOnTheSenderSide() throws Exception {
        try (Names names = new Names()) {
            String source = names.channel("src");
            int control = Names.freeUdpPort();
            String pub = "aeron:udp?control=127.0.0.1:" + control + "|control-mode=dynamic";
            ShmxServer producer = ShmxServer.create(source, ChannelConfig.defaults(), STREAMS);
            String l1 = names.channel("dst1");
            String l2 = names.channel("dst2");
            try (BridgeSender sender = ShmxBridge.sender(source).to(pub).status("127.0.0.1", 0).start();
                 BridgeReceiver r1 = ShmxBridge.receiver("aeron:udp?endpoint=127.0.0.1:" + Names.freeUdpPort()
                         + "|control=127.0.0.1:" + control + "|control-mode=dynamic").as(l1).start();
                 BridgeReceiver r2 = ShmxBridge.receiver("aeron:udp?endpoint=127.0.0.1:" + Names.freeUdpPort()
                         + "|control=127.0.0.1:" + control + "|control-mode=dynamic").as(l2).start()) {
                await(() -> sender.stats().liveReceivers() == 2, "both receivers report to the sender");
                int[] v = {0};
                await(() -> {
                    publish(producer, ++v[0]);
                    return r1.stats().framesReceived() > 10 && r2.stats().framesReceived() > 10;
                }, "both receivers get frames");
                await(() -> sender.stats().receivers().stream().filter(r -> r.received() > 0 && r.live()).count() == 2,
                        "both receivers report frames received");
                assertEquals(2, sender.stats().receivers().size());
            } finally {
                producer.destroy();
            }
        }
    }

    @Test
    void aPortInUseIsAClearStartUpError() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            BridgeException e = assertThrows(BridgeException.class, () -> ShmxBridge
                    .receiver("aeron:udp?endpoint=127.0.0.1:" + taken.getLocalPort()).as("never-created").start());
            assertTrue(e.getMessage().contains("already listens on that address and port"), e.getMessage());
            assertTrue(e.getMessage().contains("127.0.0.1:" + taken.getLocalPort()), e.getMessage());
        }
    }

    @Test
    void anInterfaceNotOnThisMachineIsAClearStartUpError() {
        BridgeException e = assertThrows(BridgeException.class, () -> ShmxBridge
                .receiver("aeron:udp?endpoint=239.255.7.7:40456|interface=192.0.2.77").as("never-created").start());
        assertTrue(e.getMessage().contains("not on this machine"), e.getMessage());
    }

    @Test
    void anExternalDriverThatIsNotThereIsAClearStartUpError() {
        BridgeException e = assertThrows(BridgeException.class, () -> ShmxBridge.sender("x")
                .to("aeron:udp?endpoint=127.0.0.1:40999").aeronDirectory("/tmp/no-such-aeron-dir").start());
        assertTrue(e.getMessage().contains("no Aeron media driver at /tmp/no-such-aeron-dir"), e.getMessage());
    }
}
