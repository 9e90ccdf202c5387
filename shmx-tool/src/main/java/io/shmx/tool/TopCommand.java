package io.shmx.tool;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shmx top NAME [--once] [--interval MS] [--plain]}: a live view of a channel. */
@Command(name = "top", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        header = "Watch a channel live (frames/s, bytes/s, readers).",
        description = "Watch a channel live, refreshed about once a second: frames/s, bytes/s, latest frame id "
                + "and sim time, and per reader its heartbeat age, lag in frames and control ring fill. "
                + "Ends on Ctrl-C or q, or when the region goes away. Prints plain lines when the output is "
                + "not a terminal; --once prints one sample (measured over one interval) and exits.")
final class TopCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private RegionTarget target;

    @Option(names = "--once", description = "Print one sample and exit.")
    private boolean once;

    @Option(names = "--interval", paramLabel = "MS", defaultValue = "1000",
            description = "Refresh interval in milliseconds (default: ${DEFAULT-VALUE}, at least 20).")
    private long intervalMillis;

    @Option(names = "--plain", description = "Plain lines even on a terminal.")
    private boolean plain;

    private volatile boolean stop;

    @Override
    public Integer call() throws InterruptedException {
        long interval = Math.max(20, intervalMillis);
        RegionReport prev = target.report();
        if (once) {
            Thread.sleep(interval);
            print(TopSample.render(prev, target.report()));
            return ExitCodes.OK;
        }
        if (!plain && onTerminal()) {
            Terminal terminal = openTerminal();
            if (terminal != null) {
                return runOnTerminal(terminal, prev, interval);
            }
        }
        while (!stop) {
            Thread.sleep(interval);
            RegionReport cur = sampleOrNull();
            if (cur == null) {
                return wentAway();
            }
            if (!print(TopSample.render(prev, cur))) {
                return ExitCodes.OK; // the reader of our output went away (e.g. `| head`)
            }
            prev = cur;
        }
        return ExitCodes.OK;
    }

    /** A sample, or {@code null} when the region is gone (removed, truncated, no longer shmx). */
    private RegionReport sampleOrNull() {
        try {
            return target.report();
        } catch (RegionException e) {
            return null;
        }
    }

    private int wentAway() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("shmx top: " + target.label() + " went away");
        err.flush();
        return ExitCodes.OK;
    }

    /** Prints one sample; false when the output can no longer be written (a closed pipe). */
    private boolean print(List<String> lines) {
        PrintWriter out = spec.commandLine().getOut();
        lines.forEach(out::println);
        out.println();
        out.flush();
        return !out.checkError();
    }

    /** The JVM's standard input and output are a terminal (never so under a pipe, a redirect or a test runner). */
    private static boolean onTerminal() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }

    /** The system terminal, or {@code null} when it cannot move the cursor (a dumb terminal): then plain lines. */
    private static Terminal openTerminal() {
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build();
            if (terminal.getType().startsWith(Terminal.TYPE_DUMB)
                    || terminal.getStringCapability(Capability.cursor_address) == null) {
                terminal.close();
                return null;
            }
            return terminal;
        } catch (IOException e) {
            return null;
        }
    }

    private int runOnTerminal(Terminal opened, RegionReport first, long interval) {
        boolean gone = false;
        try (Terminal terminal = opened) {
            Attributes saved = terminal.enterRawMode();
            terminal.handle(Terminal.Signal.INT, s -> stop = true);
            terminal.puts(Capability.enter_ca_mode);
            terminal.puts(Capability.cursor_invisible);
            Display display = new Display(terminal, true);
            try {
                show(terminal, display, List.of("shmx top  " + first.what() + "  measuring..."));
                RegionReport prev = first;
                NonBlockingReader keys = terminal.reader();
                while (!stop) {
                    int key = keys.read(interval);
                    if (key == 'q' || key == 'Q' || key == 3 || key == NonBlockingReader.EOF) {
                        break;
                    }
                    if (key != NonBlockingReader.READ_EXPIRED) {
                        continue; // another key: keep the refresh cadence
                    }
                    RegionReport cur = sampleOrNull();
                    if (cur == null) {
                        gone = true;
                        break;
                    }
                    show(terminal, display, TopSample.render(prev, cur));
                    prev = cur;
                }
            } finally {
                terminal.puts(Capability.cursor_visible);
                terminal.puts(Capability.exit_ca_mode);
                terminal.setAttributes(saved);
                terminal.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gone ? wentAway() : ExitCodes.OK;
    }

    private static void show(Terminal terminal, Display display, List<String> body) {
        List<AttributedString> lines = new ArrayList<>();
        body.forEach(l -> lines.add(new AttributedString(l)));
        lines.add(AttributedString.EMPTY);
        lines.add(new AttributedString("q or Ctrl-C to quit"));
        display.resize(terminal.getSize());
        display.update(lines, -1);
        terminal.flush();
    }
}
