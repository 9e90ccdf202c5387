package io.shmx.bridge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static io.shmx.bridge.Scenario.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failures on 127.0.0.1 with the sender and the receiver in child JVMs: a late receiver, a sender
 * restarted, a receiver killed and restarted, loss injected by Aeron's debug receive endpoint.
 */
@Timeout(150)
class BridgeScenariosTest {
    static final int RATE = 200;

    @Test
    void aLateReceiverGetsTheDirectoryFirstThenWholeFrames() throws Exception {
        try (Names names = new Names()) {
            String source = names.channel("src");
            String local = names.channel("dst");
            String uri = "aeron:udp?endpoint=127.0.0.1:" + Names.freeUdpPort();
            try (Producer producer = new Producer(source, Traffic.SMALL, 1_000_000, RATE).start();
                 Child sender = Scenario.sender(source, uri, "127.0.0.1", List.of())) {
                sender.awaitJson(l -> Child.num(l, "skipped") > 50, WAIT, "the sender skips frames while nobody listens");
                try (Child receiver = Scenario.receiver(uri, local, List.of());
                     Consumer consumer = new Consumer(local, Traffic.SMALL)) {
                    receiver.awaitJson(l -> Child.num(l, "frames_received") > 100, WAIT, "the late receiver gets frames");
                    producer.close();
                    String[] sr = Scenario.settle(producer, sender, receiver);
                    String r = sr[1];
                    assertTrue(Child.num(r, "first_seq") >= 1, r);
                    Scenario.assertReceiverAccounts(r);
                    assertEquals(0, Child.num(r, "rejected"), r);
                    TwoProcessLoopbackTest.awaitConsumer(consumer, Child.num(r, "frames_received"));
                    consumer.check();
                    assertTrue(consumer.got.get() > 50, "the local reader got frames: " + consumer.got.get());
                    assertTrue(Child.num(sr[0], "directories_sent") >= 1, sr[0]);
                }
            }
        }
    }

    @Test
    void aRestartedSenderIsFollowedWithoutDisturbingLocalReaders() throws Exception {
        try (Names names = new Names()) {
            String source = names.channel("src");
            String local = names.channel("dst");
            String uri = "aeron:udp?endpoint=127.0.0.1:" + Names.freeUdpPort();
            try (Producer producer = new Producer(source, Traffic.SMALL, 1_000_000, RATE).start();
                 Child receiver = Scenario.receiver(uri, local, List.of());
                 Consumer consumer = new Consumer(local, Traffic.SMALL)) {
                Child first = Scenario.sender(source, uri, "127.0.0.1", List.of());
                receiver.awaitJson(l -> Child.num(l, "frames_received") > 100, WAIT, "frames from the first sender");
                first.kill();
                Scenario.removeDriverDirs(first);
                long before = Child.num(receiver.lastJson(), "frames_received");
                try (Child second = Scenario.sender(source, uri, "127.0.0.1", List.of())) {
                    receiver.awaitJson(l -> Child.num(l, "sender_restarts") == 1
                            && Child.num(l, "frames_received") > before + 100, WAIT, "frames from the second sender");
                    producer.close();
                    String[] sr = Scenario.settle(producer, second, receiver);
                    String r = sr[1];
                    assertEquals(0, Child.num(r, "session_changes"), "same source session: the local channel stays: " + r);
                    assertEquals(0, Child.num(r, "rejected"), r);
                    TwoProcessLoopbackTest.awaitConsumer(consumer, Child.num(r, "frames_received"));
                    consumer.check();
                    assertEquals(0, consumer.reattachments.get(), "local readers did not have to re-attach");
                    assertTrue(consumer.got.get() > before, "the local reader kept getting frames");
                }
            }
        }
    }

    @Test
    void aKilledReceiverIsSeenSilentAndItsRestartTakesOverTheLocalChannel() throws Exception {
        try (Names names = new Names()) {
            String source = names.channel("src");
            String local = names.channel("dst");
            String uri = "aeron:udp?endpoint=127.0.0.1:" + Names.freeUdpPort();
            try (Producer producer = new Producer(source, Traffic.SMALL, 1_000_000, RATE).start();
                 Child sender = Scenario.sender(source, uri, "127.0.0.1", List.of());
                 Consumer consumer = new Consumer(local, Traffic.SMALL)) {
                Child first = Scenario.receiver(uri, local, List.of());
                first.awaitJson(l -> Child.num(l, "frames_received") > 100, WAIT, "frames at the first receiver");
                first.kill();
                Scenario.removeDriverDirs(first);
                sender.awaitJson(l -> l.contains("\"live\":false") && Child.num(l, "live_receivers") == 0, WAIT,
                        "the sender shows the killed receiver silent");
                long gotBefore = consumer.got.get();
                try (Child second = Scenario.receiver(uri, local, List.of())) {
                    second.awaitJson(l -> Child.num(l, "frames_received") > 100, WAIT, "frames at the restarted receiver");
                    sender.awaitJson(l -> Child.num(l, "live_receivers") == 1 && l.contains("\"live\":false"), WAIT,
                            "the sender shows one live receiver and the old one silent");
                    producer.close();
                    String[] sr = Scenario.settle(producer, sender, second);
                    Scenario.assertReceiverAccounts(sr[1]);
                    TwoProcessLoopbackTest.awaitConsumer(consumer, gotBefore + Child.num(sr[1], "frames_received"));
                    consumer.check();
                    assertTrue(consumer.reattachments.get() >= 1, "the local reader moved to the new local channel");
                    assertTrue(consumer.got.get() > gotBefore, "and reads frames from it");
                }
            }
        }
    }

    @Test
    void withAeronsLossGeneratorFramesStillArriveWholeAndTheCountsAddUp() throws Exception {
        List<String> lossy = List.of(
                "-Daeron.ReceiveChannelEndpoint.supplier=io.aeron.driver.ext.DebugReceiveChannelEndpointSupplier",
                "-Daeron.debug.receive.data.loss.rate=0.05", "-Daeron.debug.receive.data.loss.seed=7");
        try (Names names = new Names()) {
            String source = names.channel("src");
            String local = names.channel("dst");
            String uri = "aeron:udp?endpoint=127.0.0.1:" + Names.freeUdpPort();
            try (Producer producer = new Producer(source, Traffic.SMALL, 1500, RATE);
                 Child receiver = Scenario.receiver(uri, local, lossy);
                 Child sender = Scenario.sender(source, uri, "127.0.0.1", List.of())) {
                sender.awaitJson(l -> Child.num(l, "live_receivers") == 1, WAIT, "a live receiver");
                receiver.awaitJson(l -> l.contains("\"has_directory\":true"), WAIT, "the directory");
                try (Consumer consumer = new Consumer(local, Traffic.SMALL)) {
                    producer.start().awaitDone();
                    String[] sr = Scenario.settleExact(producer, sender, receiver);
                    String s = sr[0];
                    String r = sr[1];
                    assertEquals(producer.published.get(), Child.num(s, "frames_sent") + Child.num(s, "skipped")
                            + Child.num(s, "abandoned"), s);
                    Scenario.assertReceiverAccounts(r);
                    assertEquals(Child.num(s, "last_seq") - Child.num(r, "first_seq") + 1,
                            Child.num(r, "frames_received") + Child.num(r, "lost"), r);
                    assertTrue(Child.num(r, "naks_sent") > 0, "the receiving driver saw the injected loss: " + r);
                    assertTrue(Child.num(s, "retransmits") > 0, "the sending driver repaired it: " + s);
                    TwoProcessLoopbackTest.awaitConsumer(consumer, Child.num(r, "frames_received"));
                    consumer.check();
                    assertEquals(Child.num(r, "frames_received"), consumer.got.get() + consumer.missed.get()
                            + consumer.overrun.get());
                    System.out.printf("loss 5%%: published %d, sent %d, skipped %d, received %d, lost %d, naks %d, "
                                    + "retransmits %d%n", producer.published.get(), Child.num(s, "frames_sent"),
                            Child.num(s, "skipped"), Child.num(r, "frames_received"), Child.num(r, "lost"),
                            Child.num(r, "naks_sent"), Child.num(s, "retransmits"));
                }
            }
        }
    }
}
