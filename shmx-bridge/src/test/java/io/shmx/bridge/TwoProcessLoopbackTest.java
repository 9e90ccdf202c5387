package io.shmx.bridge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sender and a receiver in two child JVMs on 127.0.0.1; the producer and a local reader of the
 * receiver's channel (generated API) in this JVM.
 */
@Timeout(120)
class TwoProcessLoopbackTest {
    static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void everyFrameOfA3StreamRecordFrom64BytesTo4MiBArrivesWholeOrIsCountedLost() throws Exception {
        try (Names names = new Names()) {
            String source = names.channel("src");
            String local = names.channel("dst");
            String uri = "aeron:udp?endpoint=127.0.0.1:" + Names.freeUdpPort();
            try (Producer producer = new Producer(source, Traffic.FULL, 150, 100);
                 Child receiver = Child.bridge("receiver", List.of(), "receive", "--from", uri, "--as", local,
                         "--slots", "16", "--json", "--interval", "200ms");
                 Child sender = Child.bridge("sender", List.of(), "send", source, "--to", uri, "--status-bind",
                         "127.0.0.1", "--json", "--interval", "200ms")) {
                sender.awaitJson(l -> l.contains("\"source\":\"ALIVE\"") && l.contains("\"live_receivers\":1"), WAIT,
                        "sender sees the source and a live receiver");
                receiver.awaitJson(l -> l.contains("\"has_directory\":true"), WAIT, "receiver gets the directory");
                try (Consumer consumer = new Consumer(local, Traffic.FULL)) {
                    producer.start().awaitDone();
                    Thread.sleep(300);
                    String s = sender.awaitJson(l -> Child.num(l, "frames_sent") + Child.num(l, "skipped")
                            + Child.num(l, "abandoned") == producer.published.get(), WAIT, "sender accounts for every frame");
                    long lastSeq = Child.num(s, "last_seq");
                    String r = receiver.awaitJson(l -> Child.num(l, "last_seq") == lastSeq, WAIT, "receiver reaches the last frame");
                    awaitConsumer(consumer, Child.num(r, "frames_received"));
                    String sFinal = sender.stop();
                    String rFinal = receiver.stop();
                    consumer.check();

                    long sent = Child.num(sFinal, "frames_sent");
                    assertEquals(producer.published.get(), sent + Child.num(sFinal, "skipped") + Child.num(sFinal, "abandoned"),
                            "every published frame is sent, skipped or abandoned: " + sFinal);
                    assertEquals(1, Child.num(rFinal, "first_seq"), rFinal);
                    assertEquals(Child.num(sFinal, "last_seq"), Child.num(rFinal, "frames_received") + Child.num(rFinal, "lost"),
                            "every frame number is received or lost: " + rFinal);
                    assertEquals(Child.num(rFinal, "frames_received"), consumer.got.get() + consumer.missed.get()
                            + consumer.overrun.get(), "the local reader sees every republished frame (or counts it missed)");
                    assertTrue(consumer.got.get() > 0 && sent > 0, "frames flowed: " + sFinal);
                    assertTrue(Child.num(sFinal, "bytes_sent") > 0);
                    assertEquals(0, Child.num(rFinal, "rejected"), rFinal);
                    System.out.printf("loopback: published %d, sent %d, skipped %d, received %d, lost %d, reader got %d missed %d%n",
                            producer.published.get(), sent, Child.num(sFinal, "skipped"), Child.num(rFinal, "frames_received"),
                            Child.num(rFinal, "lost"), consumer.got.get(), consumer.missed.get());
                }
            }
        }
    }

    static void awaitConsumer(Consumer c, long frames) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (c.got.get() + c.missed.get() + c.overrun.get() < frames && System.nanoTime() < end) {
            c.check();
            Thread.sleep(20);
        }
    }
}
