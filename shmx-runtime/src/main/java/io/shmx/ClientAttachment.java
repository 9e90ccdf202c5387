package io.shmx;

import io.shmx.internal.jfr.ShmxEvents;
import io.shmx.internal.directory.StaticDirectory;
import io.shmx.internal.frame.FrameReader;
import io.shmx.internal.readers.ReaderSlotTable;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.region.MappedRegion;
import io.shmx.internal.region.OpenWait;
import io.shmx.internal.region.Platform;
import io.shmx.internal.wire.MappingFaults;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Opening a {@link ShmxClient}'s channel and following its session: which region the client is
 * attached to, attaching to a region (its frame reader, directory and a reader slot), noticing
 * that the name now leads to another region (a restarted producer), and moving there.
 *
 * <p>Who writes what: a producer sets CLOSED in the header's extension flags when it closes, and a
 * new producer of the name sets REPLACED on the old region before it unlinks it; each region has
 * a random session id; the producer's fcntl lock tells whether it is alive. {@link #regionChanged}
 * reads the flags (acquire) and the session id, and compares the file under the name only when
 * they say it may have changed. The reading thread calls everything here; a move holds the
 * client's guard ({@link ClientSlot}) so a send never uses a seat of a region being left.
 */
final class ClientAttachment {
    private final String what;
    private final Path path;
    private final Platform platform;
    private final ClientSlot slot;
    private final ClientReader frames;

    // Reading thread's state (changed under the guard when the region changes).
    private MappedRegion mapped;
    private MappedRegion retired;
    private int reattachments;

    ClientAttachment(String what, Path path, Platform platform, ClientSlot slot, ClientReader frames) {
        this.what = what;
        this.path = path;
        this.platform = platform;
        this.slot = slot;
        this.frames = frames;
    }

    /** Maps the channel {@code name}, waiting as {@link ShmxClient#open(String, Duration)} documents. */
    static ShmxClient open(String name, Duration waitForProducer) {
        String n = Platform.normalizeName(name);
        Platform platform = Platform.current();
        Path path = platform.regionPath(n);
        String what = "channel '" + n + "'";
        return OpenWait.retry(what, path, waitForProducer, ShmxClient.CREATION_WAIT,
                () -> new ShmxClient(n, path, platform, platform.mapExisting(path, false, what)));
    }

    /** Waits for the channel {@code name} to exist, as {@link ShmxClient#awaitChannel} documents. */
    static void awaitChannel(String name, Duration timeout) {
        String n = Platform.normalizeName(name);
        Platform platform = Platform.current();
        Path path = platform.regionPath(n);
        String what = "channel '" + n + "'";
        OpenWait.retry(what, path, timeout, ShmxClient.CREATION_WAIT, () -> {
            platform.mapExisting(path, true, what).close();
            return path;
        });
    }

    /** The region attached now. */
    MappedRegion mapped() {
        return mapped;
    }

    /** How many times the client moved to a new region of its channel. */
    int reattachments() {
        return reattachments;
    }

    /**
     * Moves the client to region {@code m}: reads its header and directory, claims a reader slot
     * (caller holds the guard or constructs). {@code countFromNow}: the first region of the client,
     * whose frames published before this moment are not counted as missed; a region that replaced
     * the client's previous one counts from its frame 1 (the client was attached to the channel
     * before all of them).
     */
    void attach(MappedRegion m, boolean countFromNow) {
        try {
            FrameReader r = new FrameReader(m.segment(), m.layout());
            if (countFromNow) {
                r.countFromNow();
            }
            StaticDirectory dir = StaticDirectory.read(m.segment(), m.layout());
            ReaderSlotTable table = ReaderSlotTable.ofLayout(m.segment(), m.layout());
            if (!m.isBacked()) {
                throw new InvalidRegionException(what + " shrank while it was being opened; retry once its producer "
                        + "has re-created it");
            }
            slot.claim(m, table);
            this.mapped = m;
            frames.install(r, dir);
        } catch (RuntimeException e) {
            m.close();
            throw e;
        } catch (InternalError e) {
            m.close();
            throw MappingFaults.truncated(e, what);
        }
    }

    /** What is known about the producer of the attached region (a few system calls). */
    ProducerState stateOf() {
        ProducerState s = platform.probe(mapped);
        if ((s == ProducerState.ALIVE || s == ProducerState.UNKNOWN)
                && (GlobalHeaderDescriptor.sessionId(mapped.segment()) != frames.sessionId()
                || !platform.isSameFile(mapped, path))) {
            return ProducerState.REPLACED;
        }
        return s;
    }

    /**
     * Whether the name no longer leads to this client's region: REPLACED set, magic gone or the
     * session changed in the mapped header (a few loads), or the name now refers to another file (one
     * stat). Checked every {@value ShmxClient#FOLLOW_INTERVAL_MILLIS} ms of reads, frames or not.
     */
    boolean nameMoved() {
        MemorySegment seg = mapped.segment();
        return headerSaysReplaced(seg, GlobalHeaderDescriptor.extFlagsAcquire(seg)) || !platform.isSameFile(mapped, path);
    }

    /** Whether the region under the name may no longer be the one the client reads (a few loads, a stat at most). */
    boolean regionChanged() {
        MemorySegment seg = mapped.segment();
        int flags = GlobalHeaderDescriptor.extFlagsAcquire(seg);
        if (headerSaysReplaced(seg, flags)) {
            return true;
        }
        boolean mayBeReplaced = (flags & GlobalHeaderDescriptor.FLAG_CLOSED) != 0
                || (flags & GlobalHeaderDescriptor.FLAG_SEQLOCK) == 0;
        return mayBeReplaced && !platform.isSameFile(mapped, path);
    }

    /** REPLACED set in {@code flags}, magic gone or the session changed in the mapped header (a few loads). */
    private boolean headerSaysReplaced(MemorySegment seg, int flags) {
        return (flags & GlobalHeaderDescriptor.FLAG_REPLACED) != 0
                || GlobalHeaderDescriptor.magicAcquire(seg) != GlobalHeaderDescriptor.MAGIC
                || GlobalHeaderDescriptor.sessionId(seg) != frames.sessionId();
    }

    /** Maps the region now under the name and moves to it; false when there is none (or no new one), or a send is in progress. */
    boolean reattach() {
        if (!slot.tryEnterMoving()) {
            return false; // a send is in progress: try again at the next check
        }
        try {
            return reattachHeld();
        } finally {
            slot.exit();
        }
    }

    private boolean reattachHeld() {
        MappedRegion m;
        try {
            m = platform.mapExisting(path, false, what);
        } catch (ChannelNotFoundException | InvalidRegionException e) {
            return false;
        }
        boolean same;
        try {
            // A session id is drawn at random for each creation (and each restart in place), so
            // the same session is the same region, whatever the file keys say: a key taken while
            // the name was being replaced can name the other file (found by the chaos soak: a
            // reader re-attached to its own region and read its frames again).
            same = !frames.broken() && GlobalHeaderDescriptor.sessionId(m.segment()) == frames.sessionId();
        } catch (InternalError e) {
            frames.fault(e);
            same = false;
        }
        if (same) {
            m.close();
            return false;
        }
        MappedRegion old = mapped;
        ClientSlot.Seat oldSeat = slot.seat();
        long oldSession = frames.sessionId();
        attach(m, false);
        ClientSlot.release(oldSeat);
        if (retired != null) {
            retired.close();
        }
        retired = old;
        reattachments++;
        ClientSlot.Seat seat = slot.seat();
        ShmxEvents.sessionChanged(slot.name(), oldSession, frames.sessionId(), seat.index(), seat.id(), reattachments);
        return true;
    }

    /** Unmaps the regions (caller holds the guard, the slot already released). */
    void close() {
        mapped.close();
        if (retired != null) {
            retired.close();
        }
    }
}
