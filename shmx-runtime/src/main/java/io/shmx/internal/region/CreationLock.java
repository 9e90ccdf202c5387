package io.shmx.internal.region;

import io.shmx.ShmxException;
import io.shmx.internal.wire.Fnv;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.locks.LockSupport;

/**
 * The per-name creation lock: while a process holds it for a channel name, no other process of
 * this implementation links, retires, restarts in place or removes a region under that name.
 *
 * <pre>
 *   /dev/shm/.shmx-create-&lt;uid&gt;.lock     (0 bytes, 0600, kept for good; one per user)
 *   byte  fnv1a64(name) &amp; 0x7fffffff      exclusive fcntl lock = "name is being changed"
 * </pre>
 *
 * One file per user, never removed (so every process locks the same inode), and one byte range per
 * name hash: two names whose hashes collide only wait for each other. Region files of different
 * users cannot replace each other anyway (/dev/shm is sticky), so a per-user file is enough and no
 * user can block another's channels. The lock is held for the few operations that change what a
 * name refers to (see {@link LinuxPlatform}); it is polled with {@code tryLock}, and a holder that
 * dies releases it with its process.
 *
 * <p>Runs on the {@link RegionIo} thread only: the file's channel is opened once and kept, and
 * since fcntl locks are per process, the single thread never holds two ranges at once.
 */
final class CreationLock implements AutoCloseable {
    private static final long WAIT_NANOS = 30_000_000_000L;
    private static FileChannel channel; // RegionIo thread only
    private static Path channelDir;

    private final FileLock lock;

    private CreationLock(FileLock lock) {
        this.lock = lock;
    }

    /** Takes the lock for {@code name} in {@code shmDir}, waiting up to 30 s for another process to finish. */
    static CreationLock acquire(Path shmDir, String name) throws IOException {
        FileChannel ch = channel(shmDir);
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        long position = Fnv.hash64(bytes, 0, bytes.length) & 0x7fff_ffffL;
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (true) {
            FileLock l = ch.tryLock(position, 1, false);
            if (l != null) {
                return new CreationLock(l);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new ShmxException("channel '" + name + "': another process has been creating or removing a "
                        + "region under this name for 30 s (it holds byte " + position + " of " + lockFile(shmDir)
                        + "); find it with 'fuser -v " + lockFile(shmDir) + "' and stop it, or pick another name");
            }
            LockSupport.parkNanos(1_000_000L);
        }
    }

    private static FileChannel channel(Path shmDir) throws IOException {
        if (channel != null && channel.isOpen() && shmDir.equals(channelDir)) {
            return channel;
        }
        Path file = lockFile(shmDir);
        FileChannel ch;
        try {
            ch = FileChannel.open(file, java.util.EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(PosixModes.toSet(0600)));
        } catch (IOException e) {
            throw new ShmxException("cannot open the creation lock file " + file + ": " + e + "; check that "
                    + shmDir + " exists and is writable by this user", e);
        }
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // an older lock file of another directory; no lock is held on it between calls
            }
        }
        channel = ch;
        channelDir = shmDir;
        return ch;
    }

    static Path lockFile(Path shmDir) {
        return shmDir.resolve(".shmx-create-" + uid() + ".lock");
    }

    private static String uid() {
        try {
            return String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        }
    }

    @Override
    public void close() throws IOException {
        if (lock.isValid()) {
            lock.release();
        }
    }
}
