package io.shmx.bridge;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static io.shmx.bridge.Scenario.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sender in one network namespace, the receiver in another, joined by a veth pair: frames
 * cross a real (virtual) link, with 2% loss from Aeron's debug receive endpoint. The shared
 * memory channels stay on this machine's /dev/shm, which both namespaces see.
 */
@Timeout(150)
class NetworkNamespaceTest {
    @Test
    void framesCrossAVethPairBetweenTwoNamespacesWholeWithLossCounted() throws Exception {
        String[] why = new String[1];
        try (NetNamespaces ns = NetNamespaces.createOrExplain(why)) {
            Assumptions.assumeTrue(ns != null, "skipped: network namespaces are not allowed here (" + why[0] + ")");
            List<String> lossy = List.of(
                    "-Daeron.ReceiveChannelEndpoint.supplier=io.aeron.driver.ext.DebugReceiveChannelEndpointSupplier",
                    "-Daeron.debug.receive.data.loss.rate=0.02", "-Daeron.debug.receive.data.loss.seed=11");
            try (Names names = new Names()) {
                String source = names.channel("src");
                String local = names.channel("dst");
                String uri = "aeron:udp?endpoint=" + ns.addressB + ":40456";
                try (Producer producer = new Producer(source, Traffic.FULL, 200, 100);
                     Child receiver = Child.startIn(ns.b, "receiver", lossy, "io.shmx.bridge.cli.BridgeMain", "receive",
                             "--from", uri, "--as", local, "--slots", "16", "--json", "--interval", "200ms");
                     Child sender = Child.startIn(ns.a, "sender", List.of(), "io.shmx.bridge.cli.BridgeMain", "send",
                             source, "--to", uri, "--status-bind", ns.addressA, "--json", "--interval", "200ms")) {
                    sender.awaitJson(l -> Child.num(l, "live_receivers") == 1, WAIT, "the receiver in the other namespace is live");
                    receiver.awaitJson(l -> l.contains("\"has_directory\":true"), WAIT, "the directory crossed");
                    try (Consumer consumer = new Consumer(local, Traffic.FULL)) {
                        producer.start().awaitDone();
                        String[] sr = Scenario.settleExact(producer, sender, receiver);
                        String s = sr[0];
                        String r = sr[1];
                        assertEquals(producer.published.get(), Child.num(s, "frames_sent") + Child.num(s, "skipped")
                                + Child.num(s, "abandoned"), s);
                        assertEquals(Child.num(s, "last_seq"), Child.num(r, "frames_received") + Child.num(r, "lost"), r);
                        assertTrue(s.contains("\"address\":\"" + ns.addressB + ":"), "status came from the other namespace: " + s);
                        assertTrue(Child.num(r, "naks_sent") > 0 && Child.num(s, "retransmits") > 0, "loss repaired: " + s);
                        TwoProcessLoopbackTest.awaitConsumer(consumer, Child.num(r, "frames_received"));
                        consumer.check();
                        assertEquals(Child.num(r, "frames_received"), consumer.got.get() + consumer.missed.get()
                                + consumer.overrun.get());
                        System.out.printf("namespaces: published %d, sent %d, skipped %d, received %d, lost %d, naks %d, "
                                        + "retransmits %d%n", producer.published.get(), Child.num(s, "frames_sent"),
                                Child.num(s, "skipped"), Child.num(r, "frames_received"), Child.num(r, "lost"),
                                Child.num(r, "naks_sent"), Child.num(s, "retransmits"));
                    }
                }
            }
        }
    }
}
