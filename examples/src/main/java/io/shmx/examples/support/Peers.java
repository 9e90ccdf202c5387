package io.shmx.examples.support;

import io.shmx.ChannelNotFoundException;
import io.shmx.ShmxServer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.concurrent.locks.LockSupport;

/**
 * How the examples' producer and consumer programs wait for each other, so that they can be started
 * in either order: a consumer started first waits for its producer to create the channel, a
 * producer started first waits for a consumer to attach before its first frame, and both say what
 * they are waiting for, for how long and what to start. A wait that runs out is an expected
 * condition: a one-line message ({@link ExampleFailure}), never a stack trace.
 */
public final class Peers {
    private static final Path SHM = Path.of("/dev/shm");

    private Peers() {}

    /**
     * Opens {@code channel} with {@code open} (a generated reader's {@code open(channel, wait)}),
     * first saying that it waits when the channel does not exist yet.
     *
     * @param who             how the program names itself in its output ({@code "consumer"})
     * @param startProducer   the command that starts the producer, for the messages
     * @throws ExampleFailure when no producer created the channel within {@code wait}
     */
    public static <R> R openWhenProduced(String who, String channel, Duration wait, String startProducer,
                                         PrintStream out, Function<Duration, R> open) {
        if (!Files.exists(SHM.resolve(channel))) {
            out.println(who + ": waiting up to " + seconds(wait) + " for a producer to create channel '" + channel
                    + "' (start one: " + startProducer + ")");
        }
        try {
            return open.apply(wait);
        } catch (ChannelNotFoundException e) {
            throw new ExampleFailure(who + ": no producer created channel '" + channel + "' within " + seconds(wait)
                    + "; start one with " + startProducer + " (or wait longer: --wait SECONDS)");
        }
    }

    /**
     * Waits until {@code consumers} readers are attached to {@code server}'s channel, saying so
     * first; after {@code wait} it goes on without them and says that too.
     *
     * @param who           how the program names itself ({@code "producer"})
     * @param startConsumer the command that starts a consumer, for the messages
     * @return whether they all attached in time
     */
    public static boolean awaitConsumers(String who, ShmxServer server, int consumers, Duration wait,
                                         String startConsumer, PrintStream out) {
        if (connected(server) >= consumers) {
            return true;
        }
        out.println(who + ": waiting up to " + seconds(wait) + " for " + (consumers == 1 ? "a consumer" : consumers
                + " consumers") + " to attach to '" + server.name() + "' (start one: " + startConsumer + ")");
        long deadline = System.nanoTime() + wait.toNanos();
        while (connected(server) < consumers) {
            if (System.nanoTime() - deadline >= 0) {
                out.println(who + ": " + connected(server) + " of " + consumers + " consumers attached within "
                        + seconds(wait) + "; going on without them");
                return false;
            }
            LockSupport.parkNanos(5_000_000L);
        }
        out.println(who + ": " + (consumers == 1 ? "a consumer" : consumers + " consumers") + " attached");
        return true;
    }

    private static long connected(ShmxServer server) {
        return server.headerInfo().readersConnected();
    }

    private static String seconds(Duration d) {
        long s = d.toSeconds();
        return s == 1 ? "1 s" : s + " s";
    }
}
