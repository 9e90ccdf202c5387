package io.shmx.examples.demo;

import io.shmx.BackoffIdleStrategy;
import io.shmx.BusySpinIdleStrategy;
import io.shmx.IdleStrategy;
import io.shmx.YieldingIdleStrategy;
import io.shmx.examples.support.Args;
import io.shmx.examples.support.Channels;

import java.util.List;

/**
 * The demo's settings, shared by the launcher and its child processes.
 *
 * @param channel   the channel name
 * @param seconds   how long the producer publishes
 * @param rate      frames per second
 * @param particles particles per frame
 * @param consumers consumer processes
 * @param idle      how consumers wait for the next frame: {@code yield} (poll, giving the core to anyone who
 *                  needs it), {@code backoff} (spin, yield, then park: little CPU, about 50-100 us more
 *                  latency) or {@code spin}
 */
public record DemoOptions(String channel, double seconds, int rate, int particles, int consumers, String idle) {
    static final List<String> OPTIONS = List.of("channel", "seconds", "rate", "particles", "consumers", "idle");
    static final List<String> IDLE_NAMES = List.of("yield", "backoff", "spin");

    /** The options {@link #OPTIONS} of a parsed command line; a {@code --quick} flag means a 3-second run. */
    static DemoOptions from(String program, Args a) {
        double defaultSeconds = a.flag("quick") ? 3 : 15;
        String idle = a.string("idle", "yield");
        if (!IDLE_NAMES.contains(idle)) {
            throw new IllegalArgumentException(program + ": --idle takes one of " + IDLE_NAMES + ", not '" + idle + "'");
        }
        return new DemoOptions(a.string("channel", Channels.unique("demo")), a.decimal("seconds", defaultSeconds, 0.1),
                a.integer("rate", 1000, 1), a.integer("particles", 1000, 1), a.integer("consumers", 2, 1), idle);
    }

    /** The same settings as command-line arguments, for a child process. */
    List<String> toArgs() {
        return List.of("--channel", channel, "--seconds", Double.toString(seconds), "--rate", Integer.toString(rate),
                "--particles", Integer.toString(particles), "--consumers", Integer.toString(consumers),
                "--idle", idle);
    }

    /** A new idle strategy of the chosen kind (one per thread). */
    IdleStrategy idleStrategy() {
        return switch (idle) {
            case "spin" -> BusySpinIdleStrategy.INSTANCE;
            case "yield" -> YieldingIdleStrategy.INSTANCE;
            default -> new BackoffIdleStrategy(10, 100, 20, 1_000, 50_000);
        };
    }
}
