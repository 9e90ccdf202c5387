package io.shmx.tool;

import io.shmx.ProducerState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How the tool shows a region's producer: the runtime's {@link ProducerState}, plus the producer's
 * process id when it is alive. The runtime's producer holds an fcntl lock on its region file for its
 * whole life; the kernel lists every lock in {@code /proc/locks} as
 * {@code <id>: POSIX ADVISORY WRITE <pid> <major>:<minor>:<inode> <start> <end>}, so the pid is read
 * from there without opening the file (display only: liveness itself is the runtime's verdict).
 */
final class ProducerText {
    private static final Path PROC_LOCKS = Path.of("/proc/locks");

    private ProducerText() {}

    /** {@code yes (pid 1234)}, {@code yes}, {@code no}, {@code closed}, {@code replaced} or {@code unknown}. */
    static String describe(ProducerState state, long pid) {
        return switch (state) {
            case ALIVE -> pid > 0 ? "yes (pid " + pid + ")" : "yes";
            case DEAD -> "no";
            case CLOSED -> "closed";
            case REPLACED -> "replaced";
            case UNKNOWN -> "unknown";
        };
    }

    /** {@code yes} for a running producer, {@code unknown} when it cannot be told, {@code no} otherwise. */
    static String alive(ProducerState state) {
        return switch (state) {
            case ALIVE -> "yes";
            case UNKNOWN -> "unknown";
            case DEAD, CLOSED, REPLACED -> "no";
        };
    }

    /** The pid holding a write lock on {@code file}, or 0 when none is listed or it cannot be read. */
    static long lockHolderPid(Path file) {
        try {
            long dev = ((Number) Files.getAttribute(file, "unix:dev")).longValue();
            long inode = ((Number) Files.getAttribute(file, "unix:ino")).longValue();
            return Math.max(0, writeLockHolder(Files.readAllLines(PROC_LOCKS), major(dev), minor(dev), inode));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return 0;
        }
    }

    /** The pid holding a WRITE lock on the file, -1 when the holder's pid is not shown, 0 when none. */
    static long writeLockHolder(List<String> procLocks, long major, long minor, long inode) {
        for (String line : procLocks) {
            String[] f = line.trim().split("\\s+");
            // "1:" "POSIX" "ADVISORY" "WRITE" pid "maj:min:inode" start end; blocked waiters have "->" after the id
            if (f.length < 8 || f[1].equals("->") || !f[3].equals("WRITE")) {
                continue;
            }
            String[] id = f[5].split(":");
            if (id.length != 3) {
                continue;
            }
            try {
                if (Long.parseLong(id[0], 16) == major && Long.parseLong(id[1], 16) == minor
                        && Long.parseLong(id[2]) == inode) {
                    long pid = Long.parseLong(f[4]);
                    return pid > 0 ? pid : -1;
                }
            } catch (NumberFormatException e) {
                // a line of another format: not ours
            }
        }
        return 0;
    }

    /** Linux dev_t encoding (glibc {@code gnu_dev_major}). */
    static long major(long dev) {
        return ((dev >>> 8) & 0xfffL) | ((dev >>> 32) & ~0xfffL);
    }

    /** Linux dev_t encoding (glibc {@code gnu_dev_minor}). */
    static long minor(long dev) {
        return (dev & 0xffL) | ((dev >>> 12) & 0xffffff00L);
    }
}
