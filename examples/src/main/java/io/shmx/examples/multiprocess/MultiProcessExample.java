package io.shmx.examples.multiprocess;

import io.shmx.examples.support.Args;
import io.shmx.examples.support.ChildGroup;
import io.shmx.examples.support.ChildJvm;
import io.shmx.examples.support.Channels;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One producer process and three consumer processes on one channel: this JVM starts them (with
 * its own java and class path), relays what they print, and waits for all of them.
 *
 * <pre>
 * MultiProcessExample [--channel NAME] [--frames N] [--interval-ms MS] [--consumers N]
 * </pre>
 */
public final class MultiProcessExample {
    private MultiProcessExample() {}

    public static void main(String[] args) throws InterruptedException {
        Args a = Args.parse("multiprocess", args, List.of("channel", "frames", "interval-ms", "consumers"), List.of());
        int status = run(a.string("channel", Channels.unique("multiprocess")), a.integer("frames", 100, 1),
                a.integer("interval-ms", 20, 0), a.integer("consumers", 3, 1), System.out);
        System.exit(status);
    }

    /** Runs the processes; returns 0 when all of them ended well, 1 otherwise. */
    public static int run(String channel, int frames, int intervalMillis, int consumers, PrintStream out)
            throws InterruptedException {
        try (ChildGroup group = new ChildGroup(channel)) {
            group.add(ChildJvm.start("producer", CounterProducer.class, List.of("--channel", channel, "--frames",
                    Integer.toString(frames), "--interval-ms", Integer.toString(intervalMillis), "--consumers",
                    Integer.toString(consumers)), out::println));
            for (int i = 1; i <= consumers; i++) {
                group.add(ChildJvm.start("consumer " + i, CounterConsumer.class,
                        List.of("--channel", channel, "--id", Integer.toString(i)), out::println));
            }
            long patience = 60_000L + (long) frames * intervalMillis;
            List<String> failed = new ArrayList<>();
            for (ChildJvm child : group.children()) {
                int status = child.waitFor(patience);
                if (status != 0) {
                    failed.add(child.label() + (status < 0 ? " (still running after " + patience / 1000 + " s)"
                            : " (exit status " + status + ")"));
                }
            }
            if (!failed.isEmpty()) {
                out.println("failed: " + String.join(", ", failed));
                return 1;
            }
            out.println("all " + (consumers + 1) + " processes completed");
            return 0;
        }
    }
}
