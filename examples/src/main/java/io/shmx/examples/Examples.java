package io.shmx.examples;

import io.shmx.examples.demo.DemoMain;
import io.shmx.examples.inspector.InspectorExample;
import io.shmx.examples.multiprocess.MultiProcessExample;
import io.shmx.examples.particles.ParticlesExample;
import io.shmx.examples.quickstart.Quickstart;
import io.shmx.examples.quickstart.QuickstartConsumer;
import io.shmx.examples.quickstart.QuickstartProducer;
import io.shmx.examples.readme.CheckedSegments;
import io.shmx.examples.readme.QuickStart;
import io.shmx.examples.readme.ReaderModes;
import io.shmx.examples.readme.UntypedQuickstart;
import io.shmx.examples.sensors.SensorsClient;
import io.shmx.examples.sensors.SensorsExample;
import io.shmx.examples.sensors.SensorsProducer;
import io.shmx.InvalidArgumentException;
import io.shmx.ShmxException;
import io.shmx.examples.support.Args;
import io.shmx.examples.support.ExampleFailure;
import io.shmx.examples.video.VideoConsumer;
import io.shmx.examples.video.VideoExample;
import io.shmx.examples.video.VideoProducer;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Runs an example by its short name: {@code Examples video --seconds 3} (what
 * {@code ./shmx example video --seconds 3} runs). Without a name (or with {@code list}) it prints
 * the names.
 */
public final class Examples {
    /** A main method. */
    @FunctionalInterface
    interface Main {
        void main(String[] args) throws Exception;
    }

    private record Entry(String summary, Main main) {}

    private static final Map<String, Entry> EXAMPLES = new LinkedHashMap<>();

    static {
        add("demo", "1 producer and 2 consumer processes, latency report (./shmx demo)", DemoMain::main);
        add("quickstart", "quick start: producer and consumer on two threads", Quickstart::main);
        add("quickstart-producer", "quick start producer alone (run the consumer in another terminal)",
                QuickstartProducer::main);
        add("quickstart-consumer", "quick start consumer alone", QuickstartConsumer::main);
        add("video", "1920x1080 RGB at 30 frames/s, brightness computed in place", VideoExample::main);
        add("video-producer", "video producer alone", VideoProducer::main);
        add("video-consumer", "video consumer alone", VideoConsumer::main);
        add("sensors", "sensors with control messages: new rate, reset, reader report", SensorsExample::main);
        add("sensors-producer", "sensors producer alone", SensorsProducer::main);
        add("sensors-client", "sensors client alone", SensorsClient::main);
        add("particles", "particles (positions, velocities, ids) read as zero-copy views", ParticlesExample::main);
        add("inspect", "inspector: header, streams, readers, latest frame (--channel NAME)", InspectorExample::main);
        add("multiprocess", "1 producer and 3 consumer processes", MultiProcessExample::main);
        add("readme", "the README's quick start", QuickStart::main);
        add("untyped", "the runtime API without generated code (C++/Python compatible)", UntypedQuickstart::main);
        add("reader-modes", "latest, next with missed counts, awaitNext, idle strategies", ReaderModes::main);
        add("checked-segments", "a segment kept past publish throws with ChannelConfig.withCheckedSegments(true)",
                CheckedSegments::main);
    }

    private Examples() {}

    private static void add(String name, String summary, Main main) {
        EXAMPLES.put(name, new Entry(summary, main));
    }

    public static void main(String[] args) throws Exception {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the example {@code args[0]} with the other arguments, or lists the examples; returns the
     * exit status: 0, 2 for an unknown example or option, 1 for an expected failure such as a peer
     * that never came or a channel in use (each reported on {@code err} in one message, no stack trace).
     */
    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        String name = args.length == 0 ? "list" : args[0];
        Entry entry = EXAMPLES.get(name);
        if (entry == null) {
            return list(name, name.equals("list") ? out : err) ? 0 : 2;
        }
        try {
            entry.main().main(Arrays.copyOfRange(args, 1, args.length));
            return 0;
        } catch (Args.BadArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (ExampleFailure | ShmxException | InvalidArgumentException e) {
            // expected conditions (a peer that never came, a channel in use ...): the message says it all
            err.println(e instanceof ExampleFailure ? e.getMessage() : name + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * Prints the examples' names and summaries, after a complaint when {@code asked} is neither
     * an example nor {@code list}; returns false in that case.
     */
    static boolean list(String asked, PrintStream out) {
        boolean known = asked.equals("list");
        if (!known) {
            out.println("no example named '" + asked + "'");
        }
        out.println("examples (run one with: ./shmx example NAME [OPTIONS]):");
        EXAMPLES.forEach((n, e) -> out.printf("  %-20s %s%n", n, e.summary()));
        return known;
    }

    /** The names of all examples, in the order they are listed. */
    static Set<String> names() {
        return EXAMPLES.keySet();
    }
}
