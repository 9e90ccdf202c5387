package io.shmx.bridge.cli;

import io.shmx.ShmxException;
import io.shmx.bridge.BridgeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code shmx bridge send|receive}: the command line of the bridge. Exit codes: 0 ok, 1 the bridge
 * could not start or stopped on an error (the message says what to do), 2 usage.
 */
@Command(name = "shmx bridge", mixinStandardHelpOptions = true,
        subcommands = {SendCommand.class, ReceiveCommand.class, BenchCommand.class},
        description = {"Carries a shmx channel to other machines over Aeron (UDP unicast, multicast or "
                + "multi-destination-cast).",
                "  machine A:  shmx bridge send sim --to aeron:udp?endpoint=<B's address>:40456",
                "  machine B:  shmx bridge receive --from aeron:udp?endpoint=<B's address>:40456 --as sim"})
public final class BridgeMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cl = new CommandLine(new BridgeMain());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof BridgeException || e instanceof ShmxException) {
                cmd.getErr().println("shmx bridge: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: send or receive");
    }
}
