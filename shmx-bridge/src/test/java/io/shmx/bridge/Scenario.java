package io.shmx.bridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Starting bridge children the same way in every test, and the accounting checks they share. */
final class Scenario {
    static final Duration WAIT = Duration.ofSeconds(40);

    private Scenario() {}

    static Child sender(String source, String uri, String statusBind, List<String> props) throws IOException {
        return Child.bridge("sender", props, "send", source, "--to", uri, "--status-bind", statusBind, "--json",
                "--interval", "200ms");
    }

    static Child receiver(String uri, String local, List<String> props) throws IOException {
        return Child.bridge("receiver", props, "receive", "--from", uri, "--as", local, "--slots", "16", "--json",
                "--interval", "200ms");
    }

    /**
     * After the producer stopped, for a sender that attached before the producer's first frame:
     * waits until the sender accounted for every published frame, then until the receiver saw the
     * sender's last frame number.
     */
    static String[] settleExact(Producer producer, Child sender, Child receiver) throws InterruptedException {
        String s = sender.awaitJson(l -> Child.num(l, "frames_sent") + Child.num(l, "skipped")
                + Child.num(l, "abandoned") == producer.published.get(), WAIT, "sender accounts for every frame");
        long lastSeq = Child.num(s, "last_seq");
        String r = receiver.awaitJson(l -> Child.num(l, "last_seq") == lastSeq, WAIT, "receiver reaches frame " + lastSeq);
        return new String[] {s, r};
    }

    /**
     * After the producer stopped, for a sender that attached later: waits until the sender's
     * counters stay the same over ten status lines (two seconds), then until the receiver saw its
     * last frame number.
     */
    static String[] settle(Producer producer, Child sender, Child receiver) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        String s = sender.lastJson();
        while (System.nanoTime() < end) {
            List<String> lines = sender.lines;
            if (lines.size() >= 10) {
                String a = lines.get(lines.size() - 10);
                String b = lines.get(lines.size() - 1);
                if (a.startsWith("{") && b.startsWith("{") && Child.num(a, "last_seq") == Child.num(b, "last_seq")
                        && Child.num(a, "frames_sent") + Child.num(a, "skipped") == Child.num(b, "frames_sent")
                        + Child.num(b, "skipped") && Child.num(a, "bytes_sent") == Child.num(b, "bytes_sent")) {
                    s = b;
                    break;
                }
            }
            Thread.sleep(100);
        }
        long lastSeq = Child.num(s, "last_seq");
        String r = receiver.awaitJson(l -> Child.num(l, "last_seq") == lastSeq, WAIT, "receiver reaches frame " + lastSeq);
        return new String[] {s, r};
    }

    /** Every frame number from the receiver's first to its last is received or counted lost. */
    static void assertReceiverAccounts(String r) {
        assertEquals(Child.num(r, "last_seq") - Child.num(r, "first_seq") + 1,
                Child.num(r, "frames_received") + Child.num(r, "lost"), "received + lost covers every frame number: " + r);
    }

    /** Removes what a SIGKILLed bridge left: its embedded driver's directory (it cannot clean up after itself). */
    static void removeDriverDirs(Child killed) throws IOException {
        String marker = "-shmx-bridge-" + killed.process.pid() + "-";
        List<Path> dirs = new ArrayList<>();
        for (Path root : List.of(Path.of("/dev/shm"), Path.of(System.getProperty("java.io.tmpdir")))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.list(root)) {
                    s.filter(p -> p.getFileName().toString().contains(marker)).forEach(dirs::add);
                }
            }
        }
        for (Path d : dirs) {
            try (Stream<Path> walk = Files.walk(d)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
