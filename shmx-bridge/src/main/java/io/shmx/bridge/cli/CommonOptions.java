package io.shmx.bridge.cli;

import picocli.CommandLine.Option;

import java.time.Duration;

/** Options both subcommands take. */
final class CommonOptions {
    @Option(names = "--aeron-dir", paramLabel = "DIR",
            description = "Use the running Aeron media driver with this directory instead of an embedded one.")
    String aeronDir;

    @Option(names = "--stream-id", paramLabel = "N", description = "Aeron stream id of the frames (default ${DEFAULT-VALUE}).")
    int streamId = io.shmx.bridge.ShmxBridge.DEFAULT_STREAM_ID;

    @Option(names = "--json", description = "Print the status as one JSON object per line.")
    boolean json;

    @Option(names = "--interval", paramLabel = "DURATION", description = "Status every DURATION (default ${DEFAULT-VALUE}; ISO-8601 or e.g. 500ms, 2s).",
            converter = DurationConverter.class)
    Duration interval = Duration.ofSeconds(1);

    @Option(names = "--duration", paramLabel = "DURATION", description = "Stop after DURATION (default: until Ctrl-C).",
            converter = DurationConverter.class)
    Duration duration;

    @Option(names = "--quiet", description = "Print only the final status.")
    boolean quiet;

    @Option(names = "--busy-spin", description = "Spin when idle: lowest latency, one busy core.")
    boolean busySpin;
}
