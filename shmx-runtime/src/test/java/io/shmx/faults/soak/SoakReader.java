package io.shmx.faults.soak;

import io.shmx.Frame;
import io.shmx.ShmxClient;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * The soak's reader process: {@code <name> <seed>}. Reads every frame with {@code next()}, checks
 * each accepted frame against the producer's pattern (a mismatch in a frame that is still valid is
 * a torn frame accepted) and that its {@code missed()} is exactly the gap to the previous frame of
 * the same session; sets its own interrupt flag before about one call in 50. On {@code REPORT}
 * prints {@code R <session hex> <last id> <received> <missed> <torn> <loss errors> <reattachments>}.
 */
public final class SoakReader {
    private static volatile String report = "R 0 0 0 0 0 0 0";

    public static void main(String[] args) throws Exception {
        String name = args[0];
        SplittableRandom rnd = new SplittableRandom(Long.parseLong(args[1]));
        Thread commands = new Thread(() -> {
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.equals("REPORT")) {
                        SoakProducer.say(report);
                    }
                }
            } catch (Exception e) {
                SoakProducer.say("ERROR stdin " + e);
            }
            System.exit(0);
        }, "commands");
        commands.setDaemon(true);
        commands.start();
        byte[] expected = new byte[SoakProducer.PATTERN_BYTES];
        long session = 0;
        long lastId = 0;
        long received = 0;
        long missed = 0;
        long torn = 0;
        long lossErrors = 0;
        try (ShmxClient client = ShmxClient.open(name, Duration.ofSeconds(60))) {
            SoakProducer.say("OPEN");
            while (true) {
                if (rnd.nextInt(50) == 0) {
                    Thread.currentThread().interrupt();
                }
                Frame f = client.next();
                Thread.interrupted();
                if (f == null) {
                    LockSupport.parkNanos(100_000L);
                    continue;
                }
                long id = f.frameId();
                boolean match;
                String bad = null;
                try {
                    MemorySegment ids = f.stream(1);
                    MemorySegment pattern = f.stream(2);
                    long idValue = ids == null ? -1 : ids.get(ValueLayout.JAVA_LONG_UNALIGNED, 0);
                    SoakProducer.fill(expected, id);
                    match = idValue == id && pattern != null && pattern.byteSize() == expected.length
                            && MemorySegment.mismatch(pattern, 0, pattern.byteSize(), MemorySegment.ofArray(expected),
                            0, expected.length) == -1;
                } catch (RuntimeException e) {
                    match = false; // a frame overwritten while read may look like anything; isValid decides below
                    bad = e.toString();
                }
                if (client.sessionId() != session) {
                    session = client.sessionId();
                } else if (f.missed() != id - lastId - 1) {
                    if (lossErrors++ == 0) {
                        SoakProducer.say("LOSS frame " + id + " after " + lastId + " reports missed " + f.missed()
                                + " (session " + Long.toHexString(session) + ", reattachments "
                                + client.reattachments() + ")");
                    }
                }
                lastId = id; // returned, so the next frame's gap counts from it even if it proves overwritten
                received++;
                missed += f.missed();
                if (f.isValid() && !match) {
                    if (torn++ == 0) { // still valid after the check, yet not what the producer wrote
                        SoakProducer.say("TORN frame " + id + " accepted: " + f + (bad != null ? " (" + bad + ")" : ""));
                    }
                }
                report = "R " + Long.toHexString(session) + " " + lastId + " " + received + " " + missed + " " + torn
                        + " " + lossErrors + " " + client.reattachments();
            }
        } catch (Throwable t) {
            SoakProducer.say("ERROR reader " + t);
            t.printStackTrace();
            System.exit(3);
        }
    }

    private SoakReader() {}
}
