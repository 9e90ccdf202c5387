package io.shmx.bench.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one harness JVM is asked to do, passed on its command line as {@code key=value} words.
 *
 * @param role          producer or consumer
 * @param mode          {@code stream} (ping-pong, frames, ping-pong) or {@code jitter}
 * @param lib           {@code shmx} or {@code agrona}
 * @param size          frame / message bytes
 * @param warmupFrames  frames sent before measuring starts (at most)
 * @param warmupNanos   time spent sending before measuring starts (at most)
 * @param frames        frames to measure (at most)
 * @param maxNanos      time to measure (at most)
 * @param intervalNanos minimum time between two sends; 0 sends flat out
 * @param rttRounds     measured ping-pong round trips before and after the frames
 * @param jitterNanos   how long the jitter mode spins
 * @param sync          the sync file
 * @param channel       shmx channel name or the Agrona buffer's file name under /dev/shm
 * @param out           where to write the result properties
 */
record ChildSpec(Role role, String mode, String lib, int size, long warmupFrames, long warmupNanos, long frames,
                 long maxNanos, long intervalNanos, int rttRounds, long jitterNanos, Path sync, String channel,
                 Path out) {

    static final String STREAM = "stream";
    static final String JITTER = "jitter";

    /** The command-line words for this spec. */
    List<String> toArgs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("role", role.label());
        m.put("mode", mode);
        m.put("lib", lib);
        m.put("size", Integer.toString(size));
        m.put("warmupFrames", Long.toString(warmupFrames));
        m.put("warmupNanos", Long.toString(warmupNanos));
        m.put("frames", Long.toString(frames));
        m.put("maxNanos", Long.toString(maxNanos));
        m.put("intervalNanos", Long.toString(intervalNanos));
        m.put("rttRounds", Integer.toString(rttRounds));
        m.put("jitterNanos", Long.toString(jitterNanos));
        m.put("sync", sync.toString());
        m.put("channel", channel);
        m.put("out", out.toString());
        List<String> args = new ArrayList<>();
        m.forEach((k, v) -> args.add(k + "=" + v));
        return args;
    }

    static ChildSpec parse(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("argument '" + a + "' is not key=value");
            }
            m.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return new ChildSpec(Role.valueOf(get(m, "role").toUpperCase(java.util.Locale.ROOT)), get(m, "mode"),
                get(m, "lib"), Integer.parseInt(get(m, "size")), Long.parseLong(get(m, "warmupFrames")),
                Long.parseLong(get(m, "warmupNanos")), Long.parseLong(get(m, "frames")),
                Long.parseLong(get(m, "maxNanos")), Long.parseLong(get(m, "intervalNanos")),
                Integer.parseInt(get(m, "rttRounds")), Long.parseLong(get(m, "jitterNanos")),
                Path.of(get(m, "sync")), get(m, "channel"), Path.of(get(m, "out")));
    }

    ChildSpec withRole(Role r, Path outFile) {
        return new ChildSpec(r, mode, lib, size, warmupFrames, warmupNanos, frames, maxNanos, intervalNanos,
                rttRounds, jitterNanos, sync, channel, outFile);
    }

    private static String get(Map<String, String> m, String key) {
        String v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing argument " + key + "=...");
        }
        return v;
    }
}
