package io.shmx.tool;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shmx inspect NAME | --file PATH [--json]}. */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        header = "Report everything in a region, as text or JSON.",
        description = "Report everything in a region: header, streams, readers (heartbeat age, lag in frames), "
                + "every slot, the latest frame with the first values of each stream, pending control "
                + "messages.")
final class InspectCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private RegionTarget target;

    @Option(names = "--json", description = "One JSON object (integers as exact unsigned decimals, bytes as hex).")
    private boolean json;

    @Option(names = "--values", paramLabel = "N", defaultValue = "4",
            description = "Elements of each stream to decode in the text report (default: ${DEFAULT-VALUE}).")
    private int values;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RegionReport report = target.report();
        if (json) {
            JsonReport.write(report, out);
        } else {
            TextReport.write(report, out, Math.max(0, values));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
