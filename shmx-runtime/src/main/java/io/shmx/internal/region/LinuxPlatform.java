package io.shmx.internal.region;

import io.shmx.ChannelNotFoundException;
import io.shmx.ProducerState;
import io.shmx.ShmxException;
import io.shmx.internal.wire.Wire;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * POSIX shared memory on Linux: region {@code name} is the tmpfs file {@code /dev/shm/<name>}.
 *
 * <h2>Liveness</h2>
 * A producer holds an exclusive fcntl record lock on byte {@link RegionFiles#LOCK_POSITION} of its region file
 * for its whole life ({@link FileChannel#tryLock}); the kernel drops it when the process ends, so
 * "the lock is held" is the truth about liveness (a pid could be reused). Other processes test it
 * with a shared {@code tryLock} that they release at once.
 *
 * <p>fcntl locks belong to the process, and closing <em>any</em> descriptor of the file drops all of
 * the process's locks on it; a thread interrupt closes a {@code FileChannel} in the middle of any
 * I/O call. So inside the producer's JVM, readers, inspectors and file probes ({@link #readHead(Path)})
 * borrow the producer's descriptor (never opening and closing their own), and every channel
 * operation runs on the one {@link RegionIo} thread, which no user code can interrupt. The
 * producer is found by the file's device and inode, so any path to the file (a symlinked
 * directory, a relative path, a hard link) finds it. The single thread also serializes every open,
 * probe and create of this JVM.
 *
 * <p>Creating a region under a name, and restarting one in place, is {@link RegionCreator}'s job.
 */
final class LinuxPlatform implements Platform {
    private static final Path SHM_DIR = Path.of("/dev/shm"); // before INSTANCE, whose creator needs it
    static final LinuxPlatform INSTANCE = new LinuxPlatform();

    /** Producers living in this JVM, by region file. RegionIo thread only. */
    private final LocalProducers localProducers = new LocalProducers();
    private final RegionCreator creator = new RegionCreator(SHM_DIR, localProducers);

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
                    ProducerFile pf = creator.create(path, name, size, perms, replaceLive, restartInPlace, initializer,
                            what);
                    localProducers.put(path, pf);
                    return pf;
                }
            });
        } catch (IOException e) {
            throw new ShmxException("cannot create " + what + " at " + path + ": " + e
                    + "; check that /dev/shm exists and is writable by this user", e);
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
        ProducerFile local = localProducers.byFileKey(RegionFiles.fileKeyOrNull(path));
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
            FileHead head = RegionFiles.readHead(ch);
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
            return new MappedRegion(arena, seg, layout, path, RegionFiles.fileKeyOrNull(path), ch, !borrow, what);
        } catch (IOException e) {
            if (!borrow) {
                RegionFiles.closeQuietly(ch);
            }
            throw new ShmxException(what + ": cannot read or map " + path + ": " + e, e);
        } catch (RuntimeException e) {
            if (!borrow) {
                RegionFiles.closeQuietly(ch);
            }
            throw e;
        }
    }

    @Override
    public FileHead readHead(Path file) throws IOException {
        Path path = file.toAbsolutePath().normalize();
        return RegionIo.call(() -> {
            ProducerFile local = localProducers.byFileKey(RegionFiles.fileKeyOrNull(path));
            if (local != null) {
                return RegionFiles.readHead(local.channel());
            }
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
                return RegionFiles.readHead(ch);
            }
        });
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
        if (localProducers.byFileKey(region.fileKey()) != null) {
            return ProducerState.ALIVE;
        }
        FileChannel ch = region.ownedChannel();
        if (ch == null || !ch.isOpen()) {
            return ProducerState.DEAD;
        }
        try {
            return RegionFiles.isLockHeld(ch) ? ProducerState.ALIVE : ProducerState.DEAD;
        } catch (IOException e) {
            return ProducerState.DEAD;
        }
    }

    @Override
    public boolean isSameFile(MappedRegion region, Path file) {
        Object key = RegionFiles.fileKeyOrNull(file);
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
                if (Objects.equals(RegionFiles.fileKeyOrNull(pf.file()), pf.fileKey())) {
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
            RegionFiles.closeQuietly(ch);
            return null;
        });
    }

}
