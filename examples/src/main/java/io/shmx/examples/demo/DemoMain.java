package io.shmx.examples.demo;

import io.shmx.examples.support.Args;
import io.shmx.examples.support.ChildGroup;
import io.shmx.examples.support.ChildJvm;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The multi-process demo ({@code ./shmx demo}): one producer process publishes a moving swarm of
 * particles ({@link io.shmx.examples.particles.Particles}) through shared memory, two or more
 * consumer processes read every frame, and this process shows the progress, then what each
 * consumer received, missed, and how long frames took from producer to consumer.
 *
 * <pre>
 * shmx demo [--seconds S] [--quick] [--rate FPS] [--particles N] [--consumers N]
 *           [--idle yield|backoff|spin] [--channel NAME]
 * </pre>
 */
public final class DemoMain {
    private static final String USAGE = """
            usage: shmx demo [--seconds S] [--quick] [--rate FPS] [--particles N] [--consumers N]
                             [--idle yield|backoff|spin] [--channel NAME]
              --seconds S      how long the producer publishes (default 15; --quick: 3)
              --rate FPS       frames per second (default 1000)
              --particles N    particles per frame (default 1000)
              --consumers N    consumer processes (default 2)
              --idle KIND      how consumers wait: yield (default), backoff (least CPU) or spin
              --channel NAME   channel name (default shmx-demo-<pid>-1)""";

    private DemoMain() {}

    public static void main(String[] args) throws InterruptedException {
        int status;
        try {
            status = run(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            status = 2;
        }
        System.exit(status);
    }

    /** Runs the demo; returns the exit status (0 when every process ended well). */
    public static int run(String[] args, PrintStream out) throws InterruptedException {
        Args a = Args.parse("shmx demo", args, DemoOptions.OPTIONS, List.of("quick", "help"));
        if (a.flag("help")) {
            out.println(USAGE);
            return 0;
        }
        DemoOptions o = DemoOptions.from("shmx demo", a);
        out.printf(Locale.ROOT, "shmx demo: 1 producer and %d consumer processes share channel '%s' for %.0f s%n",
                o.consumers(), o.channel(), o.seconds());
        out.printf(Locale.ROOT, "  each frame: %,d particles (positions F32x3, velocities F32x3, ids U32) and a "
                + "publish timestamp (I64), %,d frames/s%n", o.particles(), o.rate());
        out.println("  while it runs, in another terminal:  ./shmx list    ./shmx top " + o.channel());

        try (ChildGroup group = new ChildGroup(o.channel())) {
            Watched producer = new Watched("producer", out);
            ChildJvm producerJvm = group.add(ChildJvm.start("producer", DemoProducer.class, o.toArgs(),
                    producer::onLine));
            if (!producer.ready.await(60, TimeUnit.SECONDS)) {
                out.println("shmx demo: the producer did not create the channel within 60 s");
                return 1;
            }
            List<Watched> consumers = new ArrayList<>();
            for (int i = 1; i <= o.consumers(); i++) {
                Watched c = new Watched("consumer " + i, out);
                List<String> args2 = new ArrayList<>(o.toArgs());
                args2.addAll(List.of("--id", Integer.toString(i)));
                consumers.add(c);
                group.add(ChildJvm.start("consumer " + i, DemoConsumer.class, args2, c::onLine));
            }

            if (!producer.started.await(60, TimeUnit.SECONDS)) {
                out.println("shmx demo: the producer did not start publishing within 60 s (consumers not attached?)");
                return 1;
            }
            long start = System.nanoTime();
            try (Progress progress = new Progress(o.channel(), out, isTerminal(out))) {
                while (producerJvm.waitFor(1_000) < 0) {
                    progress.tick((System.nanoTime() - start) / 1e9, o.seconds());
                }
            }

            List<String> failures = new ArrayList<>();
            for (ChildJvm child : group.children()) {
                int status = child.waitFor(30_000);
                if (status != 0) {
                    failures.add(child.label() + (status < 0 ? " did not end" : " ended with status " + status));
                }
            }
            List<DemoResult> results = new ArrayList<>();
            for (Watched c : consumers) {
                if (c.result.get() == null) {
                    failures.add(c.label + " reported no result");
                } else {
                    results.add(c.result.get());
                }
            }
            if (producer.result.get() == null) {
                failures.add("the producer reported no result");
            }
            if (!failures.isEmpty()) {
                out.println("shmx demo failed: " + String.join("; ", failures));
                return 1;
            }
            boolean ok = DemoReport.print(out, o, producer.result.get(), results);
            out.println();
            out.println("Try next");
            out.println("  ./shmx demo --seconds 60 --consumers 4    longer, more readers; meanwhile ./shmx top <channel>");
            out.println("  ./shmx demo --idle backoff                consumers that park when idle: little CPU, more latency");
            out.println("  ./shmx list, ./shmx inspect <channel>     look at any shmx channel on this machine");
            out.println("  ./shmx example --list                     the other examples (video, sensors, particles ...),");
            out.println("                                            explained in examples/README.md");
            return ok ? 0 : 1;
        }
    }

    private static boolean isTerminal(PrintStream out) {
        return out == System.out && System.console() != null && System.console().isTerminal();
    }

    /** A child's output: its READY / START / RESULT lines are noted, anything else is relayed. */
    private static final class Watched {
        final String label;
        final PrintStream out;
        final CountDownLatch ready = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);
        final AtomicReference<DemoResult> result = new AtomicReference<>();

        Watched(String label, PrintStream out) {
            this.label = label;
            this.out = out;
        }

        void onLine(String line) {
            if (line.startsWith(DemoResult.PREFIX)) {
                result.set(DemoResult.parse(line));
            } else if (line.equals(DemoProducer.READY)) {
                ready.countDown();
            } else if (line.equals(DemoProducer.START)) {
                started.countDown();
            } else if (!line.equals(DemoConsumer.READY)) {
                out.println("  [" + label + "] " + line);
            }
        }
    }
}
