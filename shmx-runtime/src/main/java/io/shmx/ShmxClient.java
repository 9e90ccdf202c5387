package io.shmx;

import io.shmx.internal.Faults;
import io.shmx.internal.FrameReader;
import io.shmx.internal.FrameView;
import io.shmx.internal.GlobalHeaderDescriptor;
import io.shmx.internal.MappedRegion;
import io.shmx.internal.Platform;
import io.shmx.internal.ReaderAttachment;
import io.shmx.internal.StaticDirectory;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A reader of a channel. Opening claims a reader slot; {@link #latest()} returns the newest frame
 * and {@link #next()} the next one in order, both as a reused zero-copy {@link Frame}.
 *
 * <p>{@code latest()} and {@code next()} allocate nothing, take no lock and make no system call in
 * steady state. When a call finds no new frame, the client checks (at most every
 * {@value #CHECK_INTERVAL_MILLIS} ms) whether the producer closed, died or was replaced; when a new
 * region took the name (a restarted producer), the client re-attaches to it by name on its own and
 * continues with its frames ({@link #sessionId()} changes). {@link #producerState()} tells the state.
 *
 * <p>A client is used by one thread at a time. Truncation of the region under the reader surfaces
 * as {@link RegionTruncatedException}; the next call tries to re-attach.
 */
public final class ShmxClient implements AutoCloseable {
    static final int CHECK_INTERVAL_MILLIS = 10;
    private static final long CHECK_INTERVAL_NANOS = CHECK_INTERVAL_MILLIS * 1_000_000L;
    private static final long OPEN_RETRY_NANOS = 250_000_000L;

    private final String name;
    private final Path path;
    private final Platform platform;
    private final String what;
    private final FrameView view = new FrameView();
    private final Frame frame;

    private MappedRegion mapped;
    private MappedRegion retired;
    private FrameReader reader;
    private ReaderAttachment attachment;
    private StaticDirectory directory;
    private long lastTouchedId;
    private long nextCheckNanos;
    private int reattachments;
    private boolean broken;
    private boolean closed;

    private ShmxClient(String name, Path path, Platform platform, MappedRegion mapped) {
        this.name = name;
        this.path = path;
        this.platform = platform;
        this.what = "channel '" + name + "'";
        this.frame = new Frame(view, what);
        attach(mapped);
    }

    /** Opens the channel {@code name} ({@code /dev/shm/<name>}). */
    public static ShmxClient open(String name) {
        String n = Platform.normalizeName(name);
        Platform platform = Platform.current();
        Path path = platform.regionPath(n);
        String what = "channel '" + n + "'";
        long deadline = System.nanoTime() + OPEN_RETRY_NANOS;
        while (true) {
            try {
                return new ShmxClient(n, path, platform, platform.mapExisting(path, false, what));
            } catch (RegionNotReadyException e) {
                // a producer is building the region right now: give it a moment
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                LockSupport.parkNanos(5_000_000L);
            }
        }
    }

    private void attach(MappedRegion m) {
        try {
            FrameReader r = new FrameReader(m.segment(), m.layout());
            StaticDirectory dir = StaticDirectory.read(m.segment(), m.layout());
            if (!m.isBacked()) {
                throw new InvalidRegionException(what + " shrank while it was being opened; retry once its producer "
                        + "has re-created it");
            }
            ReaderAttachment a = ReaderAttachment.claim(m.segment(), m.layout(), what);
            this.mapped = m;
            this.reader = r;
            this.directory = dir;
            this.attachment = a;
            this.view.directory(dir);
            this.lastTouchedId = 0;
            this.broken = false;
        } catch (RuntimeException e) {
            m.close();
            throw e;
        } catch (InternalError e) {
            m.close();
            throw Faults.truncated(e, what);
        }
    }

    public String name() { return name; }

    public boolean isOpen() { return !closed; }

    /** The newest valid frame, or {@code null} when there is none (nothing published, or nothing valid). */
    public Frame latest() {
        ensureOpen();
        try {
            if (broken && !reattach()) {
                return null;
            }
            if (reader.latest(view)) {
                long id = view.frameId();
                if (id != lastTouchedId) {
                    attachment.touch(System.nanoTime(), id);
                    lastTouchedId = id;
                    return frame;
                }
                if (!periodicCheck()) {
                    return frame;
                }
            } else if (!periodicCheck()) {
                return null;
            }
            // re-attached to a new region: read from it
            return reader.latest(view) ? touched(frame) : null;
        } catch (InternalError e) {
            broken = true;
            throw Faults.truncated(e, what);
        }
    }

    /** The next frame after the last one this reader returned, or {@code null} when none is new; {@link Frame#missed()} counts frames lost to a lap. */
    public Frame next() {
        ensureOpen();
        try {
            if (broken && !reattach()) {
                return null;
            }
            if (reader.next(view)) {
                return touched(frame);
            }
            if (periodicCheck() && reader.next(view)) {
                return touched(frame);
            }
            return null;
        } catch (InternalError e) {
            broken = true;
            throw Faults.truncated(e, what);
        }
    }

    private Frame touched(Frame f) {
        long id = view.frameId();
        attachment.touch(System.nanoTime(), id);
        lastTouchedId = id;
        return f;
    }

    /**
     * Waits up to {@code timeout} for {@link #next()} to return a frame; {@code null} on timeout.
     * Spins briefly, then yields, then parks with a growing pause (up to 1 ms).
     */
    public Frame awaitNext(Duration timeout) {
        long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
        long park = 1_000;
        for (int round = 0; ; round++) {
            Frame f = next();
            if (f != null) {
                return f;
            }
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                return null;
            }
            if (round < 200) {
                Thread.onSpinWait();
            } else if (round < 300) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(Math.min(park, deadline - now));
                park = Math.min(park * 2, 1_000_000L);
            }
        }
    }

    /** The streams of the channel's static directory (as of the last {@link #refreshStatic()}). */
    public List<StreamSpec> streams() {
        ensureOpen();
        return directory.streams();
    }

    /** The directory entry for {@code streamId}, or {@code null}. */
    public StreamSpec stream(int streamId) {
        ensureOpen();
        return directory.stream(streamId);
    }

    public HeaderInfo headerInfo() {
        ensureOpen();
        try {
            return GlobalHeaderDescriptor.snapshot(mapped.segment());
        } catch (InternalError e) {
            broken = true;
            throw Faults.truncated(e, what);
        }
    }

    /** Re-reads the static directory if it changed; returns true when it did. */
    public boolean refreshStatic() {
        ensureOpen();
        try {
            if (GlobalHeaderDescriptor.staticGenAcquire(mapped.segment()) == directory.gen()) {
                return false;
            }
            directory = StaticDirectory.read(mapped.segment(), mapped.layout());
            view.directory(directory);
            return true;
        } catch (InternalError e) {
            broken = true;
            throw Faults.truncated(e, what);
        }
    }

    /**
     * What this reader knows about the producer now: alive, closed, dead (ended without closing),
     * replaced by a newer region, or unknown (a producer of the original library, which publishes no
     * liveness). A few system calls; not for a hot loop.
     */
    public ProducerState producerState() {
        ensureOpen();
        try {
            return stateOf(mapped);
        } catch (InternalError e) {
            broken = true;
            return ProducerState.REPLACED;
        }
    }

    private ProducerState stateOf(MappedRegion m) {
        ProducerState s = platform.probe(m);
        if ((s == ProducerState.ALIVE || s == ProducerState.UNKNOWN)
                && (GlobalHeaderDescriptor.sessionId(m.segment()) != reader.sessionId()
                || !platform.isSameFile(m, path))) {
            return ProducerState.REPLACED;
        }
        return s;
    }

    /** The session id of the region this client is attached to. */
    public long sessionId() {
        ensureOpen();
        return reader.sessionId();
    }

    /** How many times this client moved to a new region of its channel (a restarted producer). */
    public int reattachments() {
        return reattachments;
    }

    /** The reader slot this client holds. */
    public int readerIndex() {
        ensureOpen();
        return attachment.index();
    }

    /** This reader's id in its reader slot (unsigned 64-bit). */
    public long readerId() {
        ensureOpen();
        return attachment.readerId();
    }

    /**
     * Off the hot path (at most every 10 ms, only when no new frame came): refresh the heartbeat and
     * re-attach when the region was replaced, closed and re-created, or re-created in place.
     * Returns true when it re-attached.
     */
    private boolean periodicCheck() {
        long now = System.nanoTime();
        if (now - nextCheckNanos < 0) {
            return false;
        }
        nextCheckNanos = now + CHECK_INTERVAL_NANOS;
        attachment.touch(now, 0);
        MemorySegment seg = mapped.segment();
        int flags = GlobalHeaderDescriptor.extFlagsAcquire(seg);
        boolean replaced = (flags & GlobalHeaderDescriptor.FLAG_REPLACED) != 0
                || GlobalHeaderDescriptor.magicAcquire(seg) != GlobalHeaderDescriptor.MAGIC
                || GlobalHeaderDescriptor.sessionId(seg) != reader.sessionId();
        boolean mayBeReplaced = replaced || (flags & GlobalHeaderDescriptor.FLAG_CLOSED) != 0
                || (flags & GlobalHeaderDescriptor.FLAG_SEQLOCK) == 0;
        if (!mayBeReplaced) {
            return false;
        }
        if (!replaced && platform.isSameFile(mapped, path)) {
            return false;
        }
        return reattach();
    }

    /** Maps the region now under the name and moves to it; false when there is none (or no new one). */
    private boolean reattach() {
        MappedRegion m;
        try {
            m = platform.mapExisting(path, false, what);
        } catch (ChannelNotFoundException | InvalidRegionException e) {
            return false;
        }
        boolean same;
        try {
            same = !broken && platform.isSameFile(m, path) && platform.isSameFile(mapped, path)
                    && GlobalHeaderDescriptor.sessionId(m.segment()) == reader.sessionId();
        } catch (InternalError e) {
            same = false;
        }
        if (same) {
            m.close();
            return false;
        }
        MappedRegion old = mapped;
        ReaderAttachment oldAttachment = attachment;
        attach(m);
        releaseIfBacked(old, oldAttachment);
        if (retired != null) {
            retired.close();
        }
        retired = old;
        reattachments++;
        return true;
    }

    /** Frees the reader slot unless the region's file shrank (atomics on a truncated mapping crash the JVM). */
    private static void releaseIfBacked(MappedRegion m, ReaderAttachment a) {
        if (!m.isBacked()) {
            return;
        }
        try {
            a.release();
        } catch (InternalError ignored) {
            // truncated between the check and the release: the slot is gone with the region
        }
    }

    public ControlSendResult sendControl(int type, byte[] data) {
        throw new UnsupportedOperationException("control rings: not yet implemented");
    }

    public ControlSendResult sendControl(int type, MemorySegment data) {
        throw new UnsupportedOperationException("control rings: not yet implemented");
    }

    public ControlSendResult sendControlEmpty(int type) {
        throw new UnsupportedOperationException("control rings: not yet implemented");
    }

    /** Releases the reader slot and unmaps the region. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        releaseIfBacked(mapped, attachment);
        mapped.close();
        if (retired != null) {
            retired.close();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new ChannelClosedException(what + ": this client is closed; open a new ShmxClient");
        }
    }
}
