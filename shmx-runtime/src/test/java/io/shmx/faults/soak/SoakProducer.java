package io.shmx.faults.soak;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.RegionProbe;
import io.shmx.ShmxInspector;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * The soak's producer process: {@code <name> <seed>}. Publishes a frame about every 200 us (stream
 * 1 = frame id, stream 2 = {@link #PATTERN_BYTES} bytes derived from the id), and every 50 ms reaps
 * readers silent for {@link #REAP_TIMEOUT} and checks that the name still holds its own region. A
 * second thread interrupts the publishing thread at random every 1-5 ms, so reaps and publishes
 * run with the interrupt flag set. Prints {@code SESSION <hex>} when ready, {@code VIOLATION ...} or
 * {@code ERROR ...} on a broken rule; on {@code CLOSE} closes the channel and exits; on
 * {@code STATE} prints {@code STATE <published> <interrupts>}.
 */
public final class SoakProducer {
    public static final int PATTERN_BYTES = 256;
    static final Duration REAP_TIMEOUT = Duration.ofSeconds(1);
    public static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "id", DType.U64, 1),
            StreamSpec.of(2, "pattern", DType.U8, 1));

    public static void main(String[] args) throws Exception {
        String name = args[0];
        SplittableRandom rnd = new SplittableRandom(Long.parseLong(args[1]));
        ChannelConfig cfg = ChannelConfig.defaults().withSlots(4).withReaderSlots(8).withFrameBytesCap(4096);
        ShmxServer server = ShmxServer.create(name, cfg, STREAMS);
        Path path = server.file();
        long session = server.sessionId();
        AtomicBoolean stop = new AtomicBoolean();
        long[] interrupts = new long[1];
        Thread loop = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            while (!stop.get()) {
                LockSupport.parkNanos(1_000_000L + rnd.nextLong(4_000_000L));
                loop.interrupt();
                interrupts[0]++;
            }
        }, "interrupter");
        interrupter.setDaemon(true);
        Thread commands = new Thread(() -> {
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.equals("CLOSE")) {
                        stop.set(true);
                        return;
                    }
                    if (line.equals("STATE")) {
                        say("STATE " + server.framesPublished() + " " + interrupts[0]);
                    }
                }
            } catch (Exception e) {
                say("ERROR stdin " + e);
            }
            stop.set(true);
        }, "commands");
        commands.setDaemon(true);
        say("SESSION " + Long.toHexString(session));
        interrupter.start();
        commands.start();
        long[] id = new long[1];
        byte[] pattern = new byte[PATTERN_BYTES];
        long nextReap = System.nanoTime();
        try {
            while (!stop.get()) {
                id[0] = server.framesPublished() + 1;
                fill(pattern, id[0]);
                server.beginFrame().append(1, id, 1).append(2, pattern, PATTERN_BYTES).publish(id[0]);
                long now = System.nanoTime();
                if (now - nextReap >= 0) {
                    nextReap = now + 50_000_000L;
                    server.reapStaleReaders(REAP_TIMEOUT);
                    RegionProbe p = ShmxInspector.probe(path);
                    if (!p.isRegion() || p.header().sessionId() != session) {
                        say("VIOLATION the name no longer holds this live producer's region: " + p);
                    }
                }
                Thread.interrupted(); // the flag was there for the calls above; parking would not wait with it
                LockSupport.parkNanos(200_000L);
            }
            server.close();
            say("CLOSED " + id[0]);
        } catch (Throwable t) {
            say("ERROR producer " + t);
            t.printStackTrace();
            System.exit(3);
        }
    }

    /** The pattern of frame {@code id}: byte i is {@code id * 31 + i}. */
    static void fill(byte[] pattern, long id) {
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = (byte) (id * 31 + i);
        }
    }

    static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private SoakProducer() {}
}
