package io.shmx.internal.region;

import io.shmx.ChannelInUseException;
import io.shmx.ShmxException;
import io.shmx.internal.wire.Wire;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Creating a region under a name, for {@link LinuxPlatform#createProducer} (on the {@link RegionIo}
 * thread, the name's {@link CreationLock} held).
 *
 * <h2>Creating a name: the region appears only complete</h2>
 * <ol>
 *   <li>The region is built under a unique temporary name {@code /dev/shm/.shmx-new-<pid>-<n>}:
 *       created exclusively, locked for liveness, every page reserved ({@link RegionReservation}),
 *       mapped and initialized, magic last.</li>
 *   <li>Under the name's {@link CreationLock}, {@code link(temp, name)} publishes it: the kernel
 *       refuses the link if the name exists, so a reader polling the name sees either nothing or
 *       a complete region (never a short or zero file), and two creators cannot both win.</li>
 *   <li>If the name exists, still under the creation lock: a live producer fails the call (unless
 *       replace-live); a dead one's region is marked REPLACED (its readers move on) and unlinked,
 *       and the link is tried again. Because every creator, and every producer removing its own
 *       file on close, holds the name's creation lock from its check to its link or unlink, no one
 *       can put a new region under the name between another's check and unlink: retiring a stale
 *       region never removes a live one.</li>
 *   <li>The temporary name is unlinked; the region lives on under the name. A creator that dies
 *       before this leaves the temporary file; the next creator of any name removes it once its
 *       lock is free and it is 10 s old.</li>
 * </ol>
 *
 * <h2>Restart in place (compatibility mode)</h2>
 * The original library re-creates a region in the same file (same inode) and bumps its
 * {@code session_id}; its readers never re-open the name, they follow the session change in the
 * mapping they have. So with compatibility on, when the region under the name is dead, of the same
 * size and a shmx region, the new producer takes its liveness lock and rewrites it in place, under
 * the creation lock: every page written with zeros first (magic becomes 0, so readers of either
 * library see "not ready" rather than a half-written header), then initialized with a new session
 * id, magic last. Original readers then read the new session as they would after an original
 * restart; our readers see the session change and re-attach. A region of another size is replaced
 * by a new file instead (an original reader mapped to the old size could fault on a bigger one).
 */
final class RegionCreator {
    private static final long CREATION_GRACE_NANOS = 1_000_000_000L;
    private static final AtomicLong TEMP_COUNTER = new AtomicLong();
    /** Temporary names of regions being built: {@code .shmx-new-<pid>-<n>}. */
    static final String TEMP_PREFIX = ".shmx-new-";
    private static final long ABANDONED_TEMP_MILLIS = 10_000;

    private final Path shmDir;
    private final LocalProducers local;

    RegionCreator(Path shmDir, LocalProducers local) {
        this.shmDir = shmDir;
        this.local = local;
    }

    /**
     * Creates the region of {@code name} at {@code path} (creation lock held): in place when
     * {@code restartInPlace} and the dead region there allows it, else built and linked.
     */
    ProducerFile create(Path path, String name, long size, Set<PosixFilePermission> perms, boolean replaceLive,
                        boolean restartInPlace, Consumer<MemorySegment> initializer, String what) throws IOException {
        if (restartInPlace) {
            ProducerFile inPlace = restartInPlace(path, name, size, initializer);
            if (inPlace != null) {
                return inPlace;
            }
        }
        return buildAndLink(path, name, size, perms, replaceLive, initializer, what);
    }

    /** Steps 1, 2 and 4 of the creation protocol (creation lock held). */
    private ProducerFile buildAndLink(Path path, String name, long size, Set<PosixFilePermission> perms,
                                      boolean replaceLive, Consumer<MemorySegment> initializer, String what)
            throws IOException {
        if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            retireExisting(path, name, replaceLive); // first, so a stale region's pages are free for the new one
        }
        removeAbandonedTemps();
        Path temp = shmDir.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-" + TEMP_COUNTER.incrementAndGet());
        FileChannel ch;
        try {
            ch = FileChannel.open(temp, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE), java.nio.file.attribute.PosixFilePermissions.asFileAttribute(perms));
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temp); // left by a process that had our pid and died while creating
            return buildAndLink(path, name, size, perms, replaceLive, initializer, what);
        }
        Arena arena = null;
        boolean linked = false;
        try {
            Files.setPosixFilePermissions(temp, perms);
            FileLock lock = acquireExclusive(ch, name, temp);
            RegionReservation.reserve(ch, size, shmDir, what);
            Object key = RegionFiles.fileKey(temp);
            arena = Arena.ofShared();
            MemorySegment seg = ch.map(FileChannel.MapMode.READ_WRITE, 0, size, arena);
            initializer.accept(seg);
            for (int attempt = 0; !linked; attempt++) {
                if (attempt == 8) {
                    throw new ChannelInUseException("channel '" + name + "': another process keeps re-creating "
                            + path + " while this one tries to create it; make sure only one producer starts under "
                            + "this name");
                }
                try {
                    Files.createLink(path, temp);
                    linked = true;
                } catch (FileAlreadyExistsException e) {
                    retireExisting(path, name, replaceLive);
                }
            }
            return new ProducerFile(arena, seg, path, key, ch, lock);
        } catch (IOException | RuntimeException | Error e) {
            RegionFiles.closeQuietly(ch);
            if (arena != null) {
                arena.close();
            }
            if (e instanceof ShmxException se) {
                throw se;
            }
            if (e instanceof IOException io) {
                throw new ShmxException("cannot size, lock or map " + what + " (" + size + " bytes, built at "
                        + temp + "): " + io + "; check free space in /dev/shm (df -h /dev/shm)", io);
            }
            throw e;
        } finally {
            RegionFiles.deleteQuietly(temp);
        }
    }

    /**
     * Removes temporary region files of creators that died before linking them: a file whose
     * liveness lock nobody holds and that nobody wrote for {@link #ABANDONED_TEMP_MILLIS} ms (a
     * creator takes the lock right after creating the file, then writes it without pause).
     */
    private void removeAbandonedTemps() {
        List<Path> temps;
        try (java.util.stream.Stream<Path> s = Files.list(shmDir)) {
            temps = s.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList();
        } catch (IOException e) {
            return;
        }
        long now = System.currentTimeMillis();
        for (Path t : temps) {
            try {
                if (now - Files.getLastModifiedTime(t).toMillis() < ABANDONED_TEMP_MILLIS) {
                    continue;
                }
                try (FileChannel ch = FileChannel.open(t, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    if (!RegionFiles.isLockHeld(ch)) {
                        Files.deleteIfExists(t);
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // gone, another user's, or in use: not ours to clean
            }
        }
    }

    /**
     * Compatibility mode: rewrites the dead region under the name in place when it is a shmx region
     * of exactly {@code size} bytes (creation lock held); null when it is not (absent, alive,
     * another size, not a region, not writable), and the caller creates a new file.
     */
    private ProducerFile restartInPlace(Path path, String name, long size, Consumer<MemorySegment> initializer)
            throws IOException {
        Object key = RegionFiles.fileKeyOrNull(path);
        if (key == null || local.byFileKey(key) != null) {
            return null;
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            return null;
        }
        FileLock lock = null;
        Arena arena = null;
        try {
            if (ch.size() != size || RegionFiles.isLockHeld(ch) || RegionFiles.readHead(ch).header().get(Wire.U64, 0) != GlobalHeaderDescriptor.MAGIC
                    || !Objects.equals(key, RegionFiles.fileKeyOrNull(path))) {
                RegionFiles.closeQuietly(ch);
                return null;
            }
            lock = ch.tryLock(RegionFiles.LOCK_POSITION, RegionFiles.LOCK_LENGTH, false);
            if (lock == null) {
                RegionFiles.closeQuietly(ch);
                return null; // a producer took it just now; the caller's retirement reports it
            }
            RegionReservation.reserve(ch, size, shmDir, "the region of channel '" + name + "'");
            arena = Arena.ofShared();
            MemorySegment seg = ch.map(FileChannel.MapMode.READ_WRITE, 0, size, arena);
            initializer.accept(seg);
            return new ProducerFile(arena, seg, path, key, ch, lock);
        } catch (IOException | RuntimeException | Error e) {
            RegionFiles.closeQuietly(ch);
            if (arena != null) {
                arena.close();
            }
            throw e;
        }
    }

    /**
     * Deals with an existing file at {@code path} (creation lock held): fails if its producer lives,
     * else marks it replaced and unlinks it.
     */
    private void retireExisting(Path path, String name, boolean replaceLive) {
        ProducerFile mine = local.get(path);
        if (mine != null && mine.isOpen() && Objects.equals(mine.fileKey(), RegionFiles.fileKeyOrNull(path))) {
            if (!replaceLive) {
                throw alive(name, path, ProcessHandle.current().pid());
            }
            GlobalHeaderDescriptor.orExtFlagsAtomic(mine.segment(), GlobalHeaderDescriptor.FLAG_REPLACED);
            local.remove(path);
            RegionFiles.deleteQuietly(path);
            return;
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (NoSuchFileException gone) {
            return;
        } catch (AccessDeniedException e) {
            throw new ChannelInUseException("channel '" + name + "': " + path + " exists and this user may not write "
                    + "it (another user's channel?); pick another name or remove the file as its owner", e);
        } catch (IOException e) {
            throw new ShmxException("cannot open the existing region " + path + " of channel '" + name + "': " + e, e);
        }
        try {
            Object key = RegionFiles.fileKey(path);
            long deadline = System.nanoTime() + CREATION_GRACE_NANOS;
            while (true) {
                boolean locked = RegionFiles.isLockHeld(ch);
                if (locked && !replaceLive) {
                    throw alive(name, path, headerPid(ch));
                }
                if (locked || !beingCreated(ch, path) || System.nanoTime() > deadline) {
                    break;
                }
                LockSupport.parkNanos(10_000_000L);
            }
            markReplaced(ch);
            if (Objects.equals(key, RegionFiles.fileKeyOrNull(path))) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new ShmxException("cannot remove the stale region " + path + " of channel '" + name + "': " + e
                    + "; remove it by hand (rm " + path + ")", e);
        } finally {
            RegionFiles.closeQuietly(ch);
        }
    }

    private static ChannelInUseException alive(String name, Path path, long pid) {
        return new ChannelInUseException("channel '" + name + "' already has a live producer"
                + (pid != 0 ? " (pid " + pid + ")" : "") + " holding " + path + "; a channel has one producer: stop "
                + "that one, pick another name, or pass ChannelConfig.withReplaceLive(true) to take the name over");
    }

    /** A file younger than the grace period whose magic is still 0 is a region another producer is building. */
    private static boolean beingCreated(FileChannel ch, Path path) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8);
        ch.read(b, 0);
        if (b.position() == 8 && MemorySegment.ofArray(b.array()).get(Wire.U64, 0) != 0) {
            return false;
        }
        FileTime modified = Files.getLastModifiedTime(path);
        return System.currentTimeMillis() - modified.toMillis() < CREATION_GRACE_NANOS / 1_000_000L;
    }

    /** Sets REPLACED on an old region written by this implementation (original regions are left as they are). */
    private static void markReplaced(FileChannel ch) throws IOException {
        if (ch.size() < GlobalHeaderDescriptor.LENGTH) {
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment header = ch.map(FileChannel.MapMode.READ_WRITE, 0, GlobalHeaderDescriptor.LENGTH, arena);
            if (GlobalHeaderDescriptor.magicAcquire(header) == GlobalHeaderDescriptor.MAGIC
                    && header.get(Wire.U32, GlobalHeaderDescriptor.EXT_MAGIC_OFFSET) == GlobalHeaderDescriptor.EXT_MAGIC) {
                GlobalHeaderDescriptor.orExtFlagsAtomic(header, GlobalHeaderDescriptor.FLAG_REPLACED);
            }
        }
    }

    private static long headerPid(FileChannel ch) {
        try {
            ByteBuffer b = ByteBuffer.allocate(GlobalHeaderDescriptor.LENGTH);
            ch.read(b, 0);
            if (b.position() < GlobalHeaderDescriptor.LENGTH) {
                return 0;
            }
            return GlobalHeaderDescriptor.producerPid(MemorySegment.ofArray(b.array()));
        } catch (IOException e) {
            return 0;
        }
    }

    private static FileLock acquireExclusive(FileChannel ch, String name, Path path) throws IOException {
        // A reader of another process may hold a shared probe lock for a few microseconds.
        for (int i = 0; i < 200; i++) {
            FileLock lock = ch.tryLock(RegionFiles.LOCK_POSITION, RegionFiles.LOCK_LENGTH, false);
            if (lock != null) {
                return lock;
            }
            LockSupport.parkNanos(1_000_000L);
        }
        throw new ChannelInUseException("channel '" + name + "': could not take the liveness lock of the new region "
                + path + " within 200 ms; another process holds it; make sure only one producer uses this name");
    }
}
