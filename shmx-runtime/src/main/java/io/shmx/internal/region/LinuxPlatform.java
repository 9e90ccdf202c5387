package io.shmx.internal.region;

import io.shmx.ChannelInUseException;
import io.shmx.ChannelNotFoundException;
import io.shmx.ProducerState;
import io.shmx.ShmxException;
import io.shmx.internal.wire.Wire;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * POSIX shared memory on Linux: region {@code name} is the tmpfs file {@code /dev/shm/<name>}.
 *
 * <h2>Liveness</h2>
 * A producer holds an exclusive fcntl record lock on byte {@link #LOCK_POSITION} of its region file
 * for its whole life ({@link FileChannel#tryLock}); the kernel drops it when the process ends, so
 * "the lock is held" is the truth about liveness (a pid could be reused). Other processes test it
 * with a shared {@code tryLock} that they release at once.
 *
 * <p>fcntl locks belong to the process, and closing <em>any</em> descriptor of the file drops all of
 * the process's locks on it; a thread interrupt closes a {@code FileChannel} in the middle of any
 * I/O call. So inside the producer's JVM, readers, inspectors and file probes ({@link #readHead})
 * borrow the producer's descriptor (never opening and closing their own), and every channel
 * operation runs on the one {@link RegionIo} thread, which no user code can interrupt. The
 * producer is found by the file's device and inode, so any path to the file (a symlinked
 * directory, a relative path, a hard link) finds it. The single thread also serializes every open,
 * probe and create of this JVM.
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
final class LinuxPlatform implements Platform {
    static final LinuxPlatform INSTANCE = new LinuxPlatform();

    /** The byte range of the region file the producer locks. */
    static final long LOCK_POSITION = 0;
    static final long LOCK_LENGTH = 1;

    private static final Path SHM_DIR = Path.of("/dev/shm");
    private static final long CREATION_GRACE_NANOS = 1_000_000_000L;
    private static final AtomicLong TEMP_COUNTER = new AtomicLong();
    /** Temporary names of regions being built: {@code .shmx-new-<pid>-<n>}. */
    static final String TEMP_PREFIX = ".shmx-new-";
    private static final long ABANDONED_TEMP_MILLIS = 10_000;

    /** Producers living in this JVM, by region file. RegionIo thread only. */
    private final Map<Path, ProducerFile> localProducers = new HashMap<>();

    private LinuxPlatform() {}

    @Override
    public Path regionPath(String name) {
        String os = System.getProperty("os.name", "");
        if (!os.startsWith("Linux")) {
            throw new ShmxException("shmx channels by name use POSIX shared memory in /dev/shm, which needs Linux; "
                    + "this OS is " + os + ". ShmxInspector.openFile(Path) reads a saved region file on any OS");
        }
        return SHM_DIR.resolve(name);
    }

    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    @Override
    public ProducerFile createProducer(String name, long size, int permissions, boolean replaceLive,
                                       boolean restartInPlace, Consumer<MemorySegment> initializer) {
        Wire.requireLittleEndian();
        Path path = regionPath(name);
        Set<PosixFilePermission> perms = PosixModes.toSet(permissions);
        String what = "the region of channel '" + name + "'";
        try {
            return RegionIo.call(() -> {
                try (CreationLock held = CreationLock.acquire(SHM_DIR, name)) {
                    if (restartInPlace) {
                        ProducerFile inPlace = restartInPlace(path, name, size, initializer);
                        if (inPlace != null) {
                            localProducers.put(path, inPlace);
                            return inPlace;
                        }
                    }
                    ProducerFile pf = buildAndLink(path, name, size, perms, replaceLive, initializer, what);
                    localProducers.put(path, pf);
                    return pf;
                }
            });
        } catch (IOException e) {
            throw new ShmxException("cannot create " + what + " at " + path + ": " + e
                    + "; check that /dev/shm exists and is writable by this user", e);
        }
    }

    /** Steps 1, 2 and 4 of the creation protocol (creation lock held). */
    private ProducerFile buildAndLink(Path path, String name, long size, Set<PosixFilePermission> perms,
                                      boolean replaceLive, Consumer<MemorySegment> initializer, String what)
            throws IOException {
        if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            retireExisting(path, name, replaceLive); // first, so a stale region's pages are free for the new one
        }
        removeAbandonedTemps();
        Path temp = SHM_DIR.resolve(TEMP_PREFIX + pid() + "-" + TEMP_COUNTER.incrementAndGet());
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
            RegionReservation.reserve(ch, size, SHM_DIR, what);
            Object key = fileKey(temp);
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
            closeQuietly(ch);
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
            deleteQuietly(temp);
        }
    }

    /**
     * Removes temporary region files of creators that died before linking them: a file whose
     * liveness lock nobody holds and that nobody wrote for {@link #ABANDONED_TEMP_MILLIS} ms (a
     * creator takes the lock right after creating the file, then writes it without pause).
     */
    private static void removeAbandonedTemps() {
        List<Path> temps;
        try (java.util.stream.Stream<Path> s = Files.list(SHM_DIR)) {
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
                    if (!isLockHeld(ch)) {
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
        Object key = fileKeyOrNull(path);
        if (key == null || localProducer(key) != null) {
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
            if (ch.size() != size || isLockHeld(ch) || readHead(ch).header().get(Wire.U64, 0) != GlobalHeaderDescriptor.MAGIC
                    || !Objects.equals(key, fileKeyOrNull(path))) {
                closeQuietly(ch);
                return null;
            }
            lock = ch.tryLock(LOCK_POSITION, LOCK_LENGTH, false);
            if (lock == null) {
                closeQuietly(ch);
                return null; // a producer took it just now; the caller's retirement reports it
            }
            RegionReservation.reserve(ch, size, SHM_DIR, "the region of channel '" + name + "'");
            arena = Arena.ofShared();
            MemorySegment seg = ch.map(FileChannel.MapMode.READ_WRITE, 0, size, arena);
            initializer.accept(seg);
            return new ProducerFile(arena, seg, path, key, ch, lock);
        } catch (IOException | RuntimeException | Error e) {
            closeQuietly(ch);
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
        ProducerFile local = localProducers.get(path);
        if (local != null && local.isOpen() && Objects.equals(local.fileKey(), fileKeyOrNull(path))) {
            if (!replaceLive) {
                throw alive(name, path, pid());
            }
            GlobalHeaderDescriptor.orExtFlagsAtomic(local.segment(), GlobalHeaderDescriptor.FLAG_REPLACED);
            localProducers.remove(path);
            deleteQuietly(path);
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
            Object key = fileKey(path);
            long deadline = System.nanoTime() + CREATION_GRACE_NANOS;
            while (true) {
                boolean locked = isLockHeld(ch);
                if (locked && !replaceLive) {
                    throw alive(name, path, headerPid(ch));
                }
                if (locked || !beingCreated(ch, path) || System.nanoTime() > deadline) {
                    break;
                }
                LockSupport.parkNanos(10_000_000L);
            }
            markReplaced(ch);
            if (Objects.equals(key, fileKeyOrNull(path))) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new ShmxException("cannot remove the stale region " + path + " of channel '" + name + "': " + e
                    + "; remove it by hand (rm " + path + ")", e);
        } finally {
            closeQuietly(ch);
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
            FileLock lock = ch.tryLock(LOCK_POSITION, LOCK_LENGTH, false);
            if (lock != null) {
                return lock;
            }
            LockSupport.parkNanos(1_000_000L);
        }
        throw new ChannelInUseException("channel '" + name + "': could not take the liveness lock of the new region "
                + path + " within 200 ms; another process holds it; make sure only one producer uses this name");
    }

    /** Whether some process holds the exclusive producer lock (tested with a shared lock released at once). */
    private static boolean isLockHeld(FileChannel ch) throws IOException {
        try {
            FileLock probe = ch.tryLock(LOCK_POSITION, LOCK_LENGTH, true);
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException inThisJvm) {
            return true;
        }
    }

    @Override
    public MappedRegion mapExisting(Path file, boolean readOnly, String what) {
        Wire.requireLittleEndian();
        Path path = file.toAbsolutePath().normalize();
        try {
            return RegionIo.call(() -> mapOnIoThread(path, readOnly, what));
        } catch (IOException e) {
            throw new ShmxException(what + ": cannot read or map " + path + ": " + e, e);
        }
    }

    private MappedRegion mapOnIoThread(Path path, boolean readOnly, String what) {
        ProducerFile local = localProducer(fileKeyOrNull(path));
        boolean borrow = local != null;
        FileChannel ch;
        if (borrow) {
            ch = local.channel();
        } else {
            try {
                OpenOption[] opts = readOnly ? new OpenOption[]{StandardOpenOption.READ}
                        : new OpenOption[]{StandardOpenOption.READ, StandardOpenOption.WRITE};
                ch = FileChannel.open(path, opts);
            } catch (NoSuchFileException e) {
                throw new ChannelNotFoundException(what + " does not exist (" + path + "); start its producer first "
                        + "or check the name", e);
            } catch (AccessDeniedException e) {
                throw new ShmxException(what + ": permission denied opening " + path + (readOnly ? " for reading"
                        : " for reading and writing (a client needs both; ShmxInspector needs only read)")
                        + "; run as the producer's user or create the channel with ChannelConfig.withPermissions", e);
            } catch (IOException e) {
                throw new ShmxException(what + ": cannot open " + path + ": " + e, e);
            }
        }
        try {
            FileHead head = readHead(ch);
            RegionLayout layout = RegionLayout.fromHeader(head.header(), head.size(), what);
            Arena arena = Arena.ofShared();
            MemorySegment seg;
            try {
                seg = ch.map(readOnly ? FileChannel.MapMode.READ_ONLY : FileChannel.MapMode.READ_WRITE, 0,
                        layout.totalBytes(), arena);
            } catch (IOException | RuntimeException e) {
                arena.close();
                throw e;
            }
            // The header copy came from read(2), which orders nothing: load the magic from the mapping
            // with acquire (it is stored last, with release) and take the layout from the mapped
            // header after it, so no field can be older than the magic that vouches for it.
            if (GlobalHeaderDescriptor.magicAcquire(seg) != GlobalHeaderDescriptor.MAGIC
                    || !layout.equals(RegionLayout.fromHeader(seg, head.size(), what))) {
                arena.close();
                throw new io.shmx.RegionNotReadyException(what + " changed while it was being opened (" + path
                        + " was re-created in place); retry the open");
            }
            return new MappedRegion(arena, seg, layout, path, fileKeyOrNull(path), ch, !borrow, what);
        } catch (IOException e) {
            if (!borrow) {
                closeQuietly(ch);
            }
            throw new ShmxException(what + ": cannot read or map " + path + ": " + e, e);
        } catch (RuntimeException e) {
            if (!borrow) {
                closeQuietly(ch);
            }
            throw e;
        }
    }

    @Override
    public FileHead readHead(Path file) throws IOException {
        Path path = file.toAbsolutePath().normalize();
        return RegionIo.call(() -> {
            ProducerFile local = localProducer(fileKeyOrNull(path));
            if (local != null) {
                return readHead(local.channel());
            }
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
                return readHead(ch);
            }
        });
    }

    /** Size and first 128 bytes through {@code ch} (positional reads: a borrowed descriptor is not disturbed). */
    private static FileHead readHead(FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer hb = ByteBuffer.allocate(GlobalHeaderDescriptor.LENGTH);
        while (hb.hasRemaining() && ch.read(hb, hb.position()) > 0) {
            // read the header fully (a short file leaves the rest zero; HeaderIdentity rejects it by size)
        }
        MemorySegment header = MemorySegment.ofArray(new long[GlobalHeaderDescriptor.LENGTH / Long.BYTES]);
        MemorySegment.copy(MemorySegment.ofArray(hb.array()), 0, header, 0, GlobalHeaderDescriptor.LENGTH);
        return new FileHead(size, header);
    }

    /**
     * The open producer of this JVM whose region file is {@code fileKey} (device and inode), or null.
     * Matching on the file rather than the path finds it under any path (a symlinked directory, a
     * relative path, a hard link). RegionIo thread only.
     */
    private ProducerFile localProducer(Object fileKey) {
        if (fileKey == null) {
            return null;
        }
        for (ProducerFile pf : localProducers.values()) {
            if (pf.isOpen() && fileKey.equals(pf.fileKey())) {
                return pf;
            }
        }
        return null;
    }

    @Override
    public ProducerState probe(MappedRegion region) {
        return RegionIo.callUnchecked(() -> probeOnIoThread(region));
    }

    private ProducerState probeOnIoThread(MappedRegion region) {
        int flags = GlobalHeaderDescriptor.extFlagsAcquire(region.segment());
        if ((flags & GlobalHeaderDescriptor.FLAG_REPLACED) != 0) {
            return ProducerState.REPLACED;
        }
        if ((flags & GlobalHeaderDescriptor.FLAG_CLOSED) != 0) {
            return ProducerState.CLOSED;
        }
        if ((flags & GlobalHeaderDescriptor.FLAG_LIVENESS_LOCK) == 0) {
            return ProducerState.UNKNOWN;
        }
        if (localProducer(region.fileKey()) != null) {
            return ProducerState.ALIVE;
        }
        FileChannel ch = region.ownedChannel();
        if (ch == null || !ch.isOpen()) {
            return ProducerState.DEAD;
        }
        try {
            return isLockHeld(ch) ? ProducerState.ALIVE : ProducerState.DEAD;
        } catch (IOException e) {
            return ProducerState.DEAD;
        }
    }

    @Override
    public boolean isSameFile(MappedRegion region, Path file) {
        Object key = fileKeyOrNull(file);
        return key != null && key.equals(region.fileKey());
    }

    /** Closes a local producer's file: lock, descriptor, mapping; with {@code unlink}, removes its name if it is still its file. */
    void release(ProducerFile pf, boolean unlink, boolean unmap) {
        RegionIo.callUnchecked(() -> {
            if (localProducers.get(pf.file()) == pf) {
                localProducers.remove(pf.file());
            }
            if (unlink) {
                unlinkIfStillOurs(pf);
            }
            pf.closeResources(unmap);
            return null;
        });
    }

    /**
     * Removes {@code pf}'s name if the name still refers to its file, under the name's creation lock
     * (so a region another producer just put under the name is never removed).
     */
    void unlinkIfStillOurs(ProducerFile pf) {
        RegionIo.callUnchecked(() -> {
            String name = pf.file().getFileName().toString();
            try (CreationLock held = CreationLock.acquire(SHM_DIR, name)) {
                if (Objects.equals(fileKeyOrNull(pf.file()), pf.fileKey())) {
                    Files.deleteIfExists(pf.file());
                }
            } catch (IOException | ShmxException ignored) {
                // the file is gone or not ours to remove; nothing else to undo
            }
            return null;
        });
    }

    /** Whether {@code ch} still covers {@code size} bytes (one fstat on the RegionIo thread). */
    static boolean covers(FileChannel ch, long size) {
        return RegionIo.callUnchecked(() -> {
            try {
                return ch.isOpen() && ch.size() >= size;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** Closes a descriptor on the RegionIo thread. */
    static void closeOnIoThread(FileChannel ch) {
        RegionIo.callUnchecked(() -> {
            closeQuietly(ch);
            return null;
        });
    }

    private static Object fileKey(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    }

    private static Object fileKeyOrNull(Path path) {
        try {
            return fileKey(path);
        } catch (IOException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // best effort on an error path
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort on an error path
        }
    }
}
