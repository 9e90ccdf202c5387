package io.shmx.tool;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code shmx} tool. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the tool with the given streams; returns the exit status ({@link ExitCodes}). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    /** The configured command line: output streams, exit codes and error reporting. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ShmxCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(Main::handleExecutionException);
        return cl;
    }

    /** Region problems: one line and status 1. Anything else is a defect: say so, with the trace. */
    private static int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        String who = cmd.getCommandSpec().qualifiedName();
        if (ex instanceof RegionException) {
            err.println(who + ": " + ex.getMessage());
        } else {
            err.println(who + ": internal error: " + ex);
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.REGION;
    }
}
