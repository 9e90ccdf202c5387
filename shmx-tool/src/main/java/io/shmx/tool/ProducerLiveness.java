package io.shmx.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a region's producer is alive, judged without touching the region: this implementation's
 * producer holds an exclusive lock on the region file for its lifetime, and the kernel lists every
 * lock in {@code /proc/locks} as {@code <id>: POSIX ADVISORY WRITE <pid> <major>:<minor>:<inode> 0 EOF}.
 * Taking a lock ourselves is not an option: a POSIX lock test would need write access, and closing
 * a descriptor of the file in a process that holds its lock drops that lock.
 *
 * <p>Regions written by the original C++/Python library have no producer lock: their liveness is
 * {@link State#UNKNOWN}, as it is where {@code /proc/locks} cannot be read.
 */
final class ProducerLiveness {
    private static final Path PROC_LOCKS = Path.of("/proc/locks");

    /** The verdict. */
    enum State { ALIVE, DEAD, UNKNOWN }

    /**
     * @param state the verdict
     * @param pid   the lock holder's process id when alive, else 0
     */
    record Liveness(State state, long pid) {
        /** {@code yes (pid 1234)}, {@code no} or {@code unknown}. */
        String text() {
            return switch (state) {
                case ALIVE -> pid > 0 ? "yes (pid " + pid + ")" : "yes";
                case DEAD -> "no";
                case UNKNOWN -> "unknown";
            };
        }
    }

    private ProducerLiveness() {}

    static Liveness of(RegionProbe.Region region) {
        List<String> locks;
        long dev;
        long inode;
        try {
            locks = Files.readAllLines(PROC_LOCKS);
            dev = ((Number) Files.getAttribute(region.path(), "unix:dev")).longValue();
            inode = ((Number) Files.getAttribute(region.path(), "unix:ino")).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return new Liveness(State.UNKNOWN, 0);
        }
        long pid = writeLockHolder(locks, major(dev), minor(dev), inode);
        if (pid != 0) {
            return new Liveness(State.ALIVE, pid);
        }
        return new Liveness(region.lockingProducer() ? State.DEAD : State.UNKNOWN, 0);
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
