package io.shmx.tool;

import io.shmx.RegionCopy;
import io.shmx.ShmxInspector;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shmx dump NAME PATH}: a consistent snapshot of a live region, readable by {@code inspect --file}.
 * The copy is the runtime's ({@link ShmxInspector#copyTo(Path)}): it reads the region through the
 * inspector's mapping and never opens the region file itself.
 */
@Command(name = "dump", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        header = "Save a consistent snapshot of a live channel to a file.",
        description = "Save a consistent snapshot of a live channel's whole region to PATH (for a bug report); "
                + "`shmx inspect --file PATH` reads it back. The region is only read, never written.")
final class DumpCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Channel name (the region /dev/shm/NAME).")
    private String name;

    @Parameters(index = "1", paramLabel = "PATH", description = "File to write (replaced if it exists).")
    private Path target;

    @Override
    public Integer call() {
        String what = "region '" + name + "'";
        RegionFiles.require(RegionNames.pathOf(spec, name), what);
        RegionCopy result;
        try (ShmxInspector live = RegionAccess.read(what, () -> ShmxInspector.open(name))) {
            result = RegionAccess.read(what, () -> copy(live, what));
        }
        // Prove the copy reads back before telling the user it is good.
        try (ShmxInspector copy = RegionAccess.read("the copy " + target, () -> ShmxInspector.openFile(target))) {
            RegionAccess.read("the copy " + target, copy::headerInfo);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("dumped " + what + " to " + target + ": " + result.bytes() + " bytes, frame_seq "
                + Long.toUnsignedString(result.frameSeq()) + (result.consistency() == RegionCopy.Consistency.WHOLE
                ? ", consistent (no frame published during the copy)"
                : ", header and latest frame consistent (frames were published during every whole copy)"));
        out.flush();
        return ExitCodes.OK;
    }

    /** The runtime's copy; a target that cannot be written is named as such (not as a region problem). */
    private RegionCopy copy(ShmxInspector live, String what) {
        try {
            return live.copyTo(target);
        } catch (UncheckedIOException e) {
            throw new RegionException("cannot dump " + what + " to " + target.toAbsolutePath() + ": "
                    + e.getCause().getMessage(), e);
        }
    }
}
