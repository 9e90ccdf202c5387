package io.shmx.tool;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Maps a channel name to its file under {@code /dev/shm}, with the runtime's naming rules. */
final class RegionNames {
    /** Where POSIX shared-memory objects live on Linux. */
    static final Path SHM_DIR = Path.of("/dev/shm");

    private static final int MAX_NAME_BYTES = 255;

    private RegionNames() {}

    /**
     * The file of channel {@code name} ({@code /dev/shm/<name>}; one leading {@code /} is accepted as
     * the original library does). A name that breaks the rules is a usage error.
     */
    static Path pathOf(CommandSpec spec, String name) {
        String bare = name.startsWith("/") ? name.substring(1) : name;
        String problem = null;
        if (bare.isEmpty()) {
            problem = "is empty";
        } else if (bare.indexOf('/') >= 0) {
            problem = "contains '/'";
        } else if (bare.equals(".") || bare.equals("..")) {
            problem = "is '" + bare + "'";
        } else if (bare.indexOf('\0') >= 0) {
            problem = "contains a NUL character";
        } else if (bare.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            problem = "is longer than " + MAX_NAME_BYTES + " bytes";
        }
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), "Invalid channel name '" + name + "': it " + problem
                    + "; a channel name is 1.." + MAX_NAME_BYTES + " bytes without '/' or NUL (the file /dev/shm/<name>)."
                    + " To read a region saved elsewhere, use --file PATH.");
        }
        return SHM_DIR.resolve(bare);
    }
}
