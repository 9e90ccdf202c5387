package io.shmx.internal.region;

import io.shmx.InvalidArgumentException;
import io.shmx.ProducerState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Operating-system access: where a channel's region lives, creating and mapping it, removing it,
 * and telling whether its producer is alive. Everything here is cold-path (open, create, close,
 * the readers' periodic liveness check); nothing is called while publishing or reading frames.
 */
public interface Platform {

    /** The platform of this machine. */
    static Platform current() {
        return LinuxPlatform.INSTANCE;
    }

    /**
     * Checks a channel name and returns it without its optional leading {@code '/'}: 1..255 UTF-8
     * bytes, no {@code '/'} inside, no NUL, not containing {@code ".."} and not {@code "."}.
     */
    static String normalizeName(String name) {
        if (name == null) {
            throw new InvalidArgumentException("channel name is null; pass a name such as \"sensors\"");
        }
        String n = name.startsWith("/") ? name.substring(1) : name;
        int bytes = n.getBytes(StandardCharsets.UTF_8).length;
        String rule = null;
        if (bytes == 0) {
            rule = "must not be empty";
        } else if (bytes > 255) {
            rule = "must be at most 255 UTF-8 bytes (it has " + bytes + ")";
        } else if (n.indexOf('/') >= 0) {
            rule = "must not contain '/' except one leading '/'";
        } else if (n.indexOf('\0') >= 0) {
            rule = "must not contain NUL characters";
        } else if (n.contains("..") || n.equals(".")) {
            rule = "must not be '.' or contain '..'";
        }
        if (rule != null) {
            throw new InvalidArgumentException("channel name '" + name.replace("\0", "\\0") + "' is invalid: a name "
                    + rule + "; use a plain file name such as \"sensors\" or \"/sensors\"");
        }
        return n;
    }

    /** The file of the region named {@code name} (already normalized). */
    Path regionPath(String name);

    /**
     * Creates the region of channel {@code name}: {@code size} bytes, every page reserved, locked for
     * liveness, mapped read-write and initialized by {@code initializer} before the name refers to
     * it (the name appears only complete). If a region exists under the name: a live producer fails
     * the call unless {@code replaceLive}; a dead one is restarted in place when
     * {@code restartInPlace} and it has the same size, else marked replaced and unlinked.
     */
    ProducerFile createProducer(String name, long size, int permissions, boolean replaceLive, boolean restartInPlace,
                                java.util.function.Consumer<java.lang.foreign.MemorySegment> initializer);

    /**
     * Maps an existing region after validating its header against the file size.
     *
     * @param readOnly map read-only from a read-only file descriptor (needs no write permission)
     * @param what     how to name the region in messages
     */
    MappedRegion mapExisting(Path file, boolean readOnly, String what);

    /**
     * The size and first 128 bytes of {@code file}, read through a local producer's descriptor when
     * one in this JVM holds the file (opening and closing another one would drop its lock).
     *
     * @throws java.io.IOException when the file cannot be opened or read (missing, permission denied)
     */
    FileHead readHead(Path file) throws java.io.IOException;

    /** Liveness of the producer of a mapped region (a few syscalls; call at most every few ms). */
    ProducerState probe(MappedRegion region);

    /** Whether {@code file} currently is the file {@code region} was mapped from. */
    boolean isSameFile(MappedRegion region, Path file);

    /** This process's id. */
    long pid();
}
