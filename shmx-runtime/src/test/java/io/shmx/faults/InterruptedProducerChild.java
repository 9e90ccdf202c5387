package io.shmx.faults;

import io.shmx.DType;
import io.shmx.ProducerState;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A producer process whose own threads are interrupted while they use the channel: it creates
 * {@code name}, publishes from a thread, then runs, each on a thread whose interrupt flag is set,
 * a reap, a same-JVM client open and read, a producer-state probe and a close of that client; it
 * prints one {@code STEP <what> <result>} line per call, then {@code READY}. It keeps publishing
 * until stdin says {@code EXIT}.
 */
public final class InterruptedProducerChild {
    public static void main(String[] args) throws Exception {
        String name = args[0];
        ShmxServer server = ShmxServer.create(name, List.of(StreamSpec.of(1, "v", DType.I64, 1)));
        AtomicBoolean stop = new AtomicBoolean();
        Object lock = new Object();
        Thread publisher = new Thread(() -> {
            long[] v = new long[1];
            while (!stop.get()) {
                synchronized (lock) {
                    v[0]++;
                    server.beginFrame().append(1, v, 1).publish(v[0]);
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        publisher.start();
        step("reap", () -> {
            synchronized (lock) {
                return server.reapStaleReaders(Duration.ofSeconds(5));
            }
        });
        ShmxClient[] client = new ShmxClient[1];
        step("open", () -> {
            client[0] = ShmxClient.open(name);
            return client[0].readerIndex();
        });
        step("latest", () -> client[0].latest() != null);
        step("state", () -> client[0].producerState());
        step("clientClose", () -> {
            client[0].close();
            return "ok";
        });
        step("serverState", () -> {
            try (ShmxClient c = ShmxClient.open(name)) {
                return c.producerState();
            }
        });
        System.out.println("READY");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.equals("EXIT")) {
                break;
            }
        }
        stop.set(true);
        publisher.join();
        System.out.println("PUBLISHED " + server.framesPublished());
        server.close();
    }

    interface Call {
        Object run() throws Exception;
    }

    /** Runs {@code call} on a fresh thread whose interrupt flag is set; prints what came out. */
    private static void step(String what, Call call) throws InterruptedException {
        String[] out = new String[1];
        Thread t = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                out[0] = String.valueOf(call.run()) + " interrupted=" + Thread.currentThread().isInterrupted();
            } catch (Throwable e) {
                out[0] = "threw " + e;
            }
        });
        t.start();
        t.join();
        System.out.println("STEP " + what + " " + out[0]);
        System.out.flush();
    }

    private InterruptedProducerChild() {}
}
