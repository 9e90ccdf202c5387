package io.shmx.tool;

import io.shmx.ShmxInspector;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The region a command reads: a live channel {@code NAME}, or a saved region {@code --file PATH}. */
final class RegionTarget {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
            description = "Channel name (the region /dev/shm/NAME).")
    private String name;

    @Option(names = "--file", paramLabel = "PATH",
            description = "Read a region saved as a file (by `shmx dump` or the original library) instead of a live channel.")
    private Path file;

    /** Checks that exactly one of NAME and --file was given. */
    private void validate() {
        if ((name == null) == (file == null)) {
            throw new ParameterException(spec.commandLine(), name == null
                    ? "Missing region: give a channel NAME or --file PATH."
                    : "Give either a channel NAME or --file PATH, not both.");
        }
    }

    /** Whether the target is a live channel (heartbeat ages are meaningful only then). */
    boolean live() {
        validate();
        return name != null;
    }

    /** The region's file. */
    Path path() {
        validate();
        return file != null ? file : RegionNames.pathOf(spec, name);
    }

    /** How messages name the target: {@code region 'ticks'} or {@code file /tmp/x.shmx}. */
    String label() {
        validate();
        return name != null ? "region '" + name + "'" : "file " + file;
    }

    /** The channel name as given, or {@code null} for --file. */
    String name() {
        return name;
    }

    /**
     * Checks the file is a complete shmx region, opens it read-only, reads everything in it
     * ({@link RegionReport#read}) and closes it again.
     *
     * @throws RegionException when it is missing, unreadable, not shmx or truncated
     */
    RegionReport report() {
        Path path = path();
        String what = label();
        RegionFiles.require(path, what);
        try (ShmxInspector inspector = RegionAccess.read(what,
                () -> name != null ? ShmxInspector.open(name) : ShmxInspector.openFile(path))) {
            return RegionReport.read(inspector, what, live());
        }
    }
}
