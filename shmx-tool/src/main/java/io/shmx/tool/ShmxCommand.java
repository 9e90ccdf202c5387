package io.shmx.tool;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code shmx} command; does nothing itself but route to a subcommand. */
@Command(name = "shmx",
        mixinStandardHelpOptions = true,
        versionProvider = ToolVersion.class,
        description = "See, inspect, watch and save shmx shared-memory channels (/dev/shm) and saved region files.",
        subcommands = {ListCommand.class, InspectCommand.class, TopCommand.class, DumpCommand.class,
            DocsCommand.class, HelpCommand.class},
        footerHeading = "%nExit status:%n",
        footer = {"  0  ok",
            "  1  the region is missing, unreadable or not shmx (one-line reason on stderr)",
            "  2  usage error"})
final class ShmxCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of list, inspect, top, dump, docs.");
    }
}
