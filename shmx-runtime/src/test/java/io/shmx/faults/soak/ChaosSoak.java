package io.shmx.faults.soak;

import io.shmx.ShmxInspector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The chaos soak (issue 12): one producer process and {@value #READERS} reader processes on one
 * channel, and faults injected in random order from a seed printed first: the producer killed with
 * SIGKILL and restarted, closed and restarted, a reader SIGSTOPped past the reap timeout and
 * resumed, a reader killed and replaced, and a quiet cycle; throughout, the producer's publishing
 * thread is interrupted every few ms and the readers interrupt themselves. After every cycle, within
 * {@value #SETTLE_MILLIS} ms: every reader reads the current session; {@code readers_connected}
 * equals the number of live readers; no reader accepted a torn frame; every {@code missed()} was
 * exactly the gap to the frame before; no process printed a violation (the producer checks that the
 * name still holds its live region) or died unasked.
 *
 * <p>Run: {@code mvn -B -pl shmx-runtime -am test -Pchaos [-Dshmx.chaos.seconds=150] [-Dshmx.chaos.seed=N]}.
 */
public final class ChaosSoak {
    static final int READERS = 3;
    static final long SETTLE_MILLIS = 8_000;

    enum Fault { PRODUCER_SIGKILL, PRODUCER_CLOSE, READER_SIGSTOP, READER_SIGKILL, QUIET, INTERRUPTS }

    /** What a run did. */
    public record Result(long seed, int cycles, Map<Fault, Long> faults, long framesRead, List<String> failures) {
        @Override
        public String toString() {
            return "chaos soak seed " + seed + ": " + cycles + " cycles, faults " + faults + ", frames read "
                    + framesRead + (failures.isEmpty() ? ", no failure" : ", FAILURES " + failures);
        }
    }

    private final String name;
    private final SplittableRandom rnd;
    private final long seed;
    private final Map<Fault, Long> faults = new EnumMap<>(Fault.class);
    private final List<String> failures = new ArrayList<>();
    private SoakProcess producer;
    private String session;
    private final SoakProcess[] readers = new SoakProcess[READERS];
    private int started;
    private long framesRead;

    public ChaosSoak(String name, long seed) {
        this.name = name;
        this.seed = seed;
        this.rnd = new SplittableRandom(seed);
    }

    public Result run(long seconds) throws Exception {
        System.out.println("chaos soak: seed " + seed + " (replay with -Dshmx.chaos.seed=" + seed + "), " + seconds
                + " s, channel " + name);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int cycles = 0;
        try {
            startProducer();
            for (int i = 0; i < READERS; i++) {
                readers[i] = startReader(i);
            }
            settle("start");
            while (System.nanoTime() < end && failures.isEmpty()) {
                Fault f = Fault.values()[rnd.nextInt(Fault.QUIET.ordinal() + 1)];
                inject(f);
                faults.merge(f, 1L, Long::sum);
                cycles++;
                settle("cycle " + cycles + " (" + f + ")");
            }
            producer.send("STATE");
            String state = producer.await("STATE", 5_000);
            if (state != null) {
                faults.merge(Fault.INTERRUPTS, Long.parseLong(state.split(" ")[2]), Long::sum);
            }
        } finally {
            if (producer != null) {
                producer.close();
            }
            for (SoakProcess r : readers) {
                if (r != null) {
                    r.close();
                }
            }
            Files.deleteIfExists(Path.of("/dev/shm", name));
        }
        Result r = new Result(seed, cycles, Map.copyOf(faults), framesRead, List.copyOf(failures));
        System.out.println(r);
        return r;
    }

    private void inject(Fault f) throws Exception {
        switch (f) {
            case PRODUCER_SIGKILL -> {
                producer.killHard();
                startProducer();
            }
            case PRODUCER_CLOSE -> {
                producer.send("CLOSE");
                if (producer.await("CLOSED", 10_000) == null || !producer.waitFor(10)) {
                    failures.add("the producer did not close within 10 s");
                }
                startProducer();
            }
            case READER_SIGSTOP -> {
                SoakProcess r = readers[rnd.nextInt(READERS)];
                r.signal("STOP");
                Thread.sleep(SoakProducer.REAP_TIMEOUT.toMillis() + 500 + rnd.nextInt(1000));
                r.signal("CONT");
            }
            case READER_SIGKILL -> {
                int i = rnd.nextInt(READERS);
                readers[i].killHard();
                readers[i] = startReader(i);
            }
            case QUIET, INTERRUPTS -> Thread.sleep(300);
        }
    }

    private void startProducer() throws InterruptedException {
        producer = new SoakProcess("producer", SoakProducer.class, name, Long.toString(rnd.nextLong()));
        String line = producer.await("SESSION ", 30_000);
        if (line == null) {
            failures.add("the producer did not start within 30 s (problems: " + producer.problems() + ")");
            throw new IllegalStateException(failures.toString());
        }
        session = line.substring(8);
    }

    private SoakProcess startReader(int i) throws InterruptedException {
        SoakProcess r = new SoakProcess("reader" + i + "." + (++started), SoakReader.class, name,
                Long.toString(rnd.nextLong()));
        if (r.await("OPEN", 30_000) == null) {
            failures.add("reader " + i + " did not open within 30 s");
        }
        return r;
    }

    /** Checks the invariants, waiting up to SETTLE_MILLIS for readers to follow and for reaping. */
    private void settle(String when) throws Exception {
        long end = System.nanoTime() + SETTLE_MILLIS * 1_000_000L;
        List<String> pending;
        do {
            pending = new ArrayList<>();
            long read = 0;
            for (SoakProcess r : readers) {
                if (!r.isAlive()) {
                    failures.add(when + ": " + r.label + " died unasked " + r.problems());
                    return;
                }
                r.send("REPORT");
                String rep = r.await("R ", 5_000);
                if (rep == null) {
                    pending.add(r.label + " gave no report");
                    continue;
                }
                String[] p = rep.split(" ");
                if (!p[1].equals(session) || Long.parseLong(p[2]) == 0) {
                    pending.add(r.label + " reads session " + p[1] + ", not the current " + session);
                }
                if (Long.parseLong(p[5]) != 0) {
                    failures.add(when + ": " + r.label + " accepted " + p[5] + " torn frames");
                }
                if (Long.parseLong(p[6]) != 0) {
                    failures.add(when + ": " + r.label + " had " + p[6] + " frames whose missed() was not the gap");
                }
                read += Long.parseLong(p[3]);
            }
            long connected = -1;
            try (ShmxInspector in = ShmxInspector.open(name)) {
                connected = in.headerInfo().readersConnected();
            } catch (RuntimeException e) {
                pending.add("inspector: " + e.getMessage());
            }
            if (connected != READERS) {
                pending.add("readers_connected is " + connected + ", not " + READERS);
            }
            if (!producer.isAlive()) {
                failures.add(when + ": the producer died unasked " + producer.problems());
            }
            for (SoakProcess proc : all()) {
                for (String problem : proc.problems()) {
                    if (!failures.contains(problem)) {
                        failures.add(problem);
                    }
                }
            }
            if (pending.isEmpty() || !failures.isEmpty()) {
                framesRead = Math.max(framesRead, read);
                break;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < end);
        if (!pending.isEmpty() && failures.isEmpty()) {
            failures.add(when + ": not settled within " + SETTLE_MILLIS + " ms: " + pending);
        }
    }

    private List<SoakProcess> all() {
        List<SoakProcess> out = new ArrayList<>(List.of(readers));
        out.add(producer);
        return out;
    }

    /** {@code [seconds [seed]]}: runs the soak on a fresh channel name; exit status 1 on failure. */
    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 150;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Result r = new ChaosSoak("shmx-chaos-" + ProcessHandle.current().pid(), seed).run(seconds);
        System.exit(r.failures().isEmpty() ? 0 : 1);
    }
}
