package io.shmx;

import io.shmx.internal.control.ControlSender;
import io.shmx.internal.directory.StaticDirectory;
import io.shmx.internal.frame.FrameReader;
import io.shmx.internal.frame.FrameView;
import io.shmx.internal.readers.ReaderSlotClaims;
import io.shmx.internal.readers.ReaderSlotTable;
import io.shmx.internal.readers.SampledClock;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.region.MappedRegion;
import io.shmx.internal.region.OpenWait;
import io.shmx.internal.region.Platform;
import io.shmx.internal.wire.MappingFaults;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A reader of a channel. Opening claims a reader slot; {@link #latest()} returns the newest frame
 * and {@link #next()} the next one in order, both as a reused zero-copy {@link Frame};
 * {@link #sendControl(int, byte[])} sends a message to the producer.
 *
 * <p>{@code latest()}, {@code next()} and the sends allocate nothing, take no lock and make no
 * system call in steady state (sends from several threads at once wait for each other: see
 * "Threads"). When a call finds no new frame, the client checks (at most every
 * {@value #CHECK_INTERVAL_MILLIS} ms, at a call that reads the clock: see below) whether the
 * producer closed, died or was replaced; when a new region took the name (a restarted producer),
 * the client re-attaches to it by name on its own, takes a reader slot there and continues with
 * its frames ({@link #sessionId()} changes).
 * {@link #producerState()} tells the state.
 *
 * <h2>Missed frames</h2>
 * {@link Frame#missedBefore()} is the gap before one frame: the frames published after this reader
 * attached that it skipped between the frame it returned before and this one. {@link #missedTotal()}
 * is the running total of those gaps since the client opened the channel. The baseline is the newest frame id when the client opened the channel (0 when nothing
 * was published yet): frames up to it are not counted, whichever call returns a frame. So a
 * reader that opens an empty channel and first calls {@code latest()} after 5 frames were published
 * gets frame 5 with {@code missedBefore() == 4}, and a reader that only calls {@code next()} sees
 * {@code received + missedTotal() == published} (frames published after it attached). After the client
 * moves to a new region of its channel (a restarted producer), the count starts at that region's
 * frame 1: the reader was attached to the channel before all of them.
 *
 * <h2>Reader slot and heartbeat</h2>
 * The client holds one reader slot of the region under a random non-zero reader id and keeps its
 * heartbeat ({@link System#nanoTime()}, CLOCK_MONOTONIC like the original library) fresh:
 * <ul>
 *   <li>{@link #latest()} and {@link #next()} read the clock on every call, except while calls come
 *       faster than about one per 1.5 us (a caller spinning on the channel): then every 2nd to
 *       32nd call reads it, so that the readings stay about 50 us apart. A call that reads the
 *       clock refreshes the heartbeat (one compare-and-set) when it is 1 ms old or older, and
 *       records the newest frame returned so far in the slot's {@code last_frame_seen} (one store
 *       after the successful compare-and-set). Sends keep it fresh the same way, on their own
 *       sampled clock; a send that does not refresh it checks that the slot is still this
 *       reader's (two loads) before it writes the ring.</li>
 *   <li>So {@code last_frame_seen} trails the frames a reader returned by about a heartbeat
 *       interval at most while it keeps calling (it is for display: the producer's reaper does not
 *       read it); a read that returns a new frame between two heartbeats touches no shared
 *       memory but the frame's.</li>
 * </ul>
 * So the heartbeat of a client that is called at least every millisecond is at most about a
 * millisecond old; a caller that spins and then abruptly slows down to one call every {@code T}
 * may let it age to about {@code 32 T}, once. A reader that stays silent for longer than the
 * producer's reap timeout (it stopped calling the client) may lose its slot
 * ({@link ShmxServer#reapStaleReaders}); its next heartbeat notices (it fails: at the first read
 * or send that reads the clock, so within a few calls after the silence), claims a free slot under
 * a new id and carries on ({@link #readerId()} changes); a send checks ownership before it writes.
 * If no slot is free then, that call throws {@link ReaderSlotsFullException} and the next call
 * tries again. A reaped client writes its slot only after a heartbeat compare-and-set that checks
 * ownership, so it does not disturb the reader that got it (the one exception: a stall between
 * that compare-and-set and the store of {@code last_frame_seen} longer than the reap timeout, after
 * which that field may be written once into the lost slot).
 *
 * <h2>Threads</h2>
 * <ul>
 *   <li>Reading ({@link #latest()}, {@link #next()}, {@link #awaitNext}, {@link #refreshStatic()},
 *       {@link #streams()}, {@link #producerState()}, {@link #headerInfo()}): one thread at a time.
 *       The returned {@link Frame} is shared: it belongs to that thread.</li>
 *   <li>Sending ({@code sendControl*}): any number of threads at once. The control ring has a
 *       single writer, so the client serialises its sends: a send that meets another thread's send
 *       waits for it (spinning briefly, then yielding); an uncontended send pays one
 *       compare-and-set. Each thread's messages arrive in the order it sent them; messages of
 *       different threads interleave in the order the sends took the ring. A send may run at the
 *       same time as the reading thread's calls.</li>
 *   <li>{@link #close()}: once reads and sends have stopped (it waits for a send in progress).</li>
 * </ul>
 *
 * <h2>Liveness</h2>
 * Who writes what: the producer holds an exclusive lock on the region file for its life (the
 * kernel drops it when the process ends), sets CLOSED in the header's extension flags when it
 * closes, and a new producer of the name sets REPLACED on the old region before it unlinks it;
 * each region has a random session id. The reader writes only its own slot (heartbeat,
 * {@code last_frame_seen}); the producer's reaper frees slots whose heartbeat went stale.
 * How the reader learns: {@link #producerState()} probes the lock and the flags (ALIVE, CLOSED,
 * DEAD, REPLACED; UNKNOWN for an original-library producer); the periodic check of
 * {@code latest()}/{@code next()} reads the flags and the session id and moves to the new region
 * when there is one; a refused heartbeat tells it its slot was reaped.
 *
 * <p>Truncation of the region under the reader surfaces as {@link RegionTruncatedException}; the
 * next call tries to re-attach. One residual risk remains: the heartbeat's compare-and-set
 * follows a load of the same slot, which faults catchably if the file no longer covers it, but a
 * truncation landing in the nanoseconds between the two, while the JVM still interprets that code,
 * kills the JVM with SIGBUS (the interpreter's compare-and-set does not turn the fault into an
 * exception). Only a process that can write the region file can truncate it.
 */
public final class ShmxClient implements AutoCloseable {
    static final int CHECK_INTERVAL_MILLIS = 10;
    private static final long CHECK_INTERVAL_NANOS = CHECK_INTERVAL_MILLIS * 1_000_000L;
    /**
     * The bound on following the name (issue: readers stranded after a crash and restart): every
     * 250 ms of calls, whether or not frames arrive, a client checks its region's flags and session
     * and whether the name still refers to its file (one stat), and moves to the region now under
     * the name if not. So a reader follows a new session under its name within 250 ms of its next
     * {@link #latest()} or {@link #next()} call, whatever happened to the old region: its producer
     * killed and the file removed, or replaced while still publishing.
     */
    static final int FOLLOW_INTERVAL_MILLIS = 250;
    private static final long FOLLOW_INTERVAL_NANOS = FOLLOW_INTERVAL_MILLIS * 1_000_000L;
    /** Reads that found a frame or none refresh the heartbeat when it is this old: 1 ms. */
    static final long HEARTBEAT_INTERVAL_NANOS = 1_000_000L;

    /**
     * How long opening waits for a channel whose producer is still creating it (its file exists but
     * is not sized yet, or its magic, written last, is still 0): 2 seconds. Creating takes
     * microseconds to milliseconds; the margin covers a loaded machine.
     */
    public static final Duration CREATION_WAIT = Duration.ofSeconds(2);

    /** {@link #guard}: nobody is sending or changing the seat. */
    private static final int GUARD_FREE = 0;
    /** {@link #guard}: a send is in progress. */
    private static final int GUARD_SENDING = 1;
    /** {@link #guard}: the reading thread (or close) is changing the seat or the region. */
    private static final int GUARD_MOVING = 2;
    /** Rounds a waiting sender spins before it starts yielding between tries. */
    private static final int SEND_SPINS = 100;
    private static final VarHandle GUARD;

    static {
        try {
            GUARD = MethodHandles.lookup().findVarHandle(ShmxClient.class, "guard", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The reader slot this client holds: the slot table of the region it belongs to, the slot
     * index (-1 when the client lost its slot and found no free one) and the reader id.
     */
    private record Seat(MappedRegion mapped, ReaderSlotTable table, ReaderSlotClaims claims, int index, long id) {
        boolean seated() {
            return index >= 0;
        }
    }

    private final String name;
    private final Path path;
    private final Platform platform;
    private final String what;
    private final FrameView view = new FrameView();
    private final Frame frame;
    private final IdleStrategy defaultIdle = new BackoffIdleStrategy();

    /*
     * Shared between the reading thread and a sending thread. `guard` is taken with a CAS (volatile)
     * and released with a release store: a send holds GUARD_SENDING, a change of `seat` or of the
     * region holds GUARD_MOVING. `seat` is volatile: written only while holding the guard, read by
     * the reading thread's hot path without it (a stale seat only makes a heartbeat fail, which
     * then re-reads it under the guard).
     */
    @SuppressWarnings("unused") // accessed through GUARD
    private volatile int guard;
    private volatile Seat seat;
    private volatile boolean closed;

    // Reading thread's state (changed under GUARD_MOVING when the region changes).
    private MappedRegion mapped;
    private MappedRegion retired;
    private FrameReader reader;
    private StaticDirectory directory;
    private long lastSeenId;
    private long missedTotal;
    private final SampledClock clock = new SampledClock();
    // Sending threads' state: read and written only while holding GUARD_SENDING.
    private final SampledClock sendClock = new SampledClock();
    private long nextSendHeartbeatNanos;
    private long nextCheckNanos;
    /** When the name is next checked ({@link #FOLLOW_INTERVAL_MILLIS}); reading thread only. */
    private long nextFollowNanos;
    private long nextHeartbeatNanos;
    private int reattachments;
    private volatile int reclaims; // written under the guard by either thread
    private boolean broken;

    private ShmxClient(String name, Path path, Platform platform, MappedRegion mapped) {
        this.name = name;
        this.path = path;
        this.platform = platform;
        this.what = "channel '" + name + "'";
        this.frame = new Frame(view, what);
        attach(mapped, true);
    }

    /**
     * Opens the channel {@code name} ({@code /dev/shm/<name>}) and claims a reader slot. A channel
     * whose producer is still creating it (the file is not sized yet, or its magic, written last,
     * is still 0) is retried for up to {@link #CREATION_WAIT}; a channel that does not exist fails
     * at once (use {@link #open(String, Duration)} to wait for its producer).
     *
     * @param name the channel name: the region is {@code /dev/shm/<name>}
     * @return the open client
     * @throws ChannelNotFoundException if no region exists under the name
     * @throws RegionNotReadyException  if the region was still being created after {@link #CREATION_WAIT}
     */
    public static ShmxClient open(String name) {
        return open(name, Duration.ZERO);
    }

    /**
     * Opens the channel {@code name}, waiting up to {@code waitForProducer} for its producer to
     * create it, so a reader may start before its producer. While the channel does not exist, the
     * call polls for it (parking between attempts, from 1 ms up to 20 ms, so it costs almost no
     * CPU); a channel seen half-created is waited for until the later of the deadline and
     * {@link #CREATION_WAIT} after it was first seen. An interrupt ends the wait (the interrupt
     * status is kept). {@code Duration.ZERO} waits for nothing but a half-created channel, as
     * {@link #open(String)} does.
     *
     * <pre>{@code
     * try (ShmxClient client = ShmxClient.open("camera", Duration.ofSeconds(10))) { ... }
     * }</pre>
     *
     * @param waitForProducer how long to wait for the channel to appear (zero or more)
     * @param name the channel name: the region is {@code /dev/shm/<name>}
     * @return the open client
     * @throws ChannelNotFoundException if the channel did not appear in time; the message names the
     *                                  channel and the time waited
     * @throws RegionNotReadyException  if the channel was still being created when the wait ended
     * @throws InvalidArgumentException if {@code waitForProducer} is null or negative
     */
    public static ShmxClient open(String name, Duration waitForProducer) {
        String n = Platform.normalizeName(name);
        Platform platform = Platform.current();
        Path path = platform.regionPath(n);
        String what = "channel '" + n + "'";
        return OpenWait.retry(what, path, waitForProducer, CREATION_WAIT,
                () -> new ShmxClient(n, path, platform, platform.mapExisting(path, false, what)));
    }

    /**
     * Waits up to {@code timeout} until a producer has created the channel {@code name} (its region
     * exists and is fully created), without opening it or claiming a reader slot; waits as
     * {@link #open(String, Duration)} does. For code that opens the channel through another
     * {@code open(String)}, such as a generated reader:
     *
     * <pre>{@code
     * ShmxClient.awaitChannel("camera", Duration.ofSeconds(10));
     * try (VideoFrameReader reader = VideoFrameReader.open("camera")) { ... }
     * }</pre>
     *
     * @param name the channel name: the region is {@code /dev/shm/<name>}
     * @param timeout how long to wait at most
     * @throws ChannelNotFoundException if the channel did not appear in time
     * @throws RegionNotReadyException  if the channel was still being created when the wait ended
     * @throws InvalidRegionException   if the file under the name is not a readable shmx region
     */
    public static void awaitChannel(String name, Duration timeout) {
        String n = Platform.normalizeName(name);
        Platform platform = Platform.current();
        Path path = platform.regionPath(n);
        String what = "channel '" + n + "'";
        OpenWait.retry(what, path, timeout, CREATION_WAIT, () -> {
            platform.mapExisting(path, true, what).close();
            return path;
        });
    }

    /**
     * Moves this client to region {@code m}: reads its header and directory, claims a reader slot
     * (caller holds the guard or constructs). {@code countFromNow}: the first region of the client,
     * whose frames published before this moment are not counted as missed; a region that replaced
     * the client's previous one counts from its frame 1 (the client was attached to the channel
     * before all of them).
     */
    private void attach(MappedRegion m, boolean countFromNow) {
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
            long id = newReaderId();
            int index = table.claims().claim(id, System.nanoTime());
            if (index < 0) {
                throw new ReaderSlotsFullException(what + ": all " + table.slotCount() + " reader slots are in use; "
                        + "close an idle reader, let the producer reap stale ones (ShmxServer.reapStaleReaders), or "
                        + "create the channel with ChannelConfig.withReaderSlots(" + Math.max(table.slotCount() * 2, 1)
                        + ")");
            }
            this.mapped = m;
            this.reader = r;
            this.directory = dir;
            this.view.directory(dir);
            this.lastSeenId = 0;
            this.broken = false;
            this.seat = new Seat(m, table, table.claims(), index, id);
        } catch (RuntimeException e) {
            m.close();
            throw e;
        } catch (InternalError e) {
            m.close();
            throw MappingFaults.truncated(e, what);
        }
    }

    /**
     * Marks the mapping broken (the next read re-attaches) and translates a mapping fault; any other
     * internal error is rethrown. Callers on the read path throw the result.
     */
    private RuntimeException fault(InternalError e) {
        RuntimeException translated = MappingFaults.truncated(e, what);
        broken = true;
        return translated;
    }

    /** A random non-zero reader id; the process id is mixed in so two processes seeded alike still differ. */
    private static long newReaderId() {
        long pidMix = ProcessHandle.current().pid() * 0x9E3779B97F4A7C15L;
        long id;
        do {
            id = ThreadLocalRandom.current().nextLong() ^ pidMix;
        } while (id == 0);
        return id;
    }

    /** {@return the channel name} */
    public String name() { return name; }

    /** {@return whether the client is open (not closed)} */
    public boolean isOpen() { return !closed; }

    // ------------------------------------------------------------------ reading

    /**
     * The newest valid frame, or {@code null} when there is none (nothing published, or nothing
     * valid). {@link Frame#missedBefore()} counts the frames published since the previously returned one
     * (or, for the first, since this reader attached) that were never returned; 0 when the same
     * frame is returned again.
     *
     * @return the reader's reused {@link Frame} holding the newest frame, or {@code null}
     */
    public Frame latest() {
        ensureOpen();
        try {
            if (broken && !reattach()) {
                return null;
            }
            long now = clock.sample();
            if (now != SampledClock.NO_SAMPLE && now - nextFollowNanos >= 0) {
                followName(now);
            }
            if (reader.latest(view)) {
                long id = view.frameId();
                if (id != lastSeenId) {
                    return seen(id, now);
                }
                if (!periodicCheck(now)) {
                    return frame;
                }
            } else if (!periodicCheck(now)) {
                return null;
            }
            // re-attached to a new region: read from it
            return reader.latest(view) ? seen(view.frameId(), now) : null;
        } catch (InternalError e) {
            throw fault(e);
        }
    }

    /**
     * The next frame after the last one this reader returned, in order, or {@code null} when none
     * is new. The first call returns the oldest frame still in the ring (which may be older than
     * this reader). {@link Frame#missedBefore()} is the exact number of frames published after this
     * reader attached that the producer overwrote before this reader got to them.
     *
     * @return the reader's reused {@link Frame} holding the next frame, or {@code null}
     */
    public Frame next() {
        ensureOpen();
        try {
            if (broken && !reattach()) {
                return null;
            }
            long now = clock.sample();
            if (now != SampledClock.NO_SAMPLE && now - nextFollowNanos >= 0) {
                followName(now);
            }
            if (reader.next(view)) {
                return seen(view.frameId(), now);
            }
            if (periodicCheck(now) && reader.next(view)) {
                return seen(view.frameId(), now);
            }
            return null;
        } catch (InternalError e) {
            throw fault(e);
        }
    }

    /**
     * Records a returned frame: locally on every call, and in the reader slot
     * ({@code last_frame_seen}, with the heartbeat: one CAS and one store) only when this call read
     * the clock and the last heartbeat is {@link #HEARTBEAT_INTERVAL_NANOS} old. So the slot's
     * {@code last_frame_seen} trails the frames returned by at most about a heartbeat interval, and a
     * new frame costs no access to the reader slot in between. A refused heartbeat (the slot was
     * reaped: the client had not called for longer than the reap timeout, so this call read the
     * clock) re-seats the reader.
     */
    private Frame seen(long frameId, long now) {
        lastSeenId = frameId;
        missedTotal += view.missed();
        if (now != SampledClock.NO_SAMPLE && now - nextHeartbeatNanos >= 0) {
            heartbeat(now);
        }
        return frame;
    }

    /**
     * The reading thread's heartbeat: one CAS that proves the slot is still this reader's, then
     * {@code last_frame_seen}; re-seats a reaped reader (recording the frame in its new slot).
     */
    private void heartbeat(long now) {
        nextHeartbeatNanos = now + HEARTBEAT_INTERVAL_NANOS;
        Seat s = seat;
        if (!s.seated() || !s.claims().frameSeen(s.index(), s.id(), lastSeenId, now)) {
            Seat fresh = reseatFromReader(s);
            if (fresh != s && fresh.seated()) {
                fresh.claims().frameSeen(fresh.index(), fresh.id(), lastSeenId, System.nanoTime());
            }
        }
    }

    /**
     * Waits up to {@code timeout} for {@link #next()} to return a frame, idling with a
     * {@link BackoffIdleStrategy} (spins, then yields, then parks from 1 us up to 1 ms), so a waiting
     * reader does not burn a core. {@code null} on timeout.
     *
     * @param timeout how long to wait at most
     * @return the reader's reused {@link Frame}, or {@code null} on timeout
     */
    public Frame awaitNext(Duration timeout) {
        return awaitNext(timeout, defaultIdle);
    }

    /**
     * Waits up to {@code timeout} for {@link #next()} to return a frame, calling {@code idle} after
     * each poll that found none; {@code null} on timeout or when the thread is interrupted (the
     * interrupt status is kept). The call may return up to one idle period after the timeout.
     * {@code idle} keeps state: pass one instance per thread, e.g. {@link BusySpinIdleStrategy#INSTANCE}
     * for the lowest latency or a {@link BackoffIdleStrategy} tuned to your frame rate.
     *
     * @param timeout how long to wait at most
     * @param idle how to wait between looks
     * @return the reader's reused {@link Frame}, or {@code null} on timeout
     */
    public Frame awaitNext(Duration timeout, IdleStrategy idle) {
        if (timeout == null) {
            throw new InvalidArgumentException("timeout is null; pass how long to wait, e.g. Duration.ofMillis(100)");
        }
        if (idle == null) {
            throw new InvalidArgumentException("idle is null; pass an IdleStrategy such as new BackoffIdleStrategy()");
        }
        long nanos;
        try {
            nanos = Math.clamp(timeout.toNanos(), 0, Long.MAX_VALUE / 2);
        } catch (ArithmeticException tooLong) {
            nanos = Long.MAX_VALUE / 2;
        }
        long deadline = System.nanoTime() + nanos;
        idle.reset();
        while (true) {
            Frame f = next();
            if (f != null) {
                return f;
            }
            if (System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted()) {
                return null;
            }
            idle.idle();
        }
    }

    /** {@return the streams of the channel's static directory (as of the last {@link #refreshStatic()})} */
    public List<StreamSpec> streams() {
        ensureOpen();
        return directory.streams();
    }

    /**
     * The directory entry for {@code streamId}, or {@code null}.
     *
     * @param streamId the stream's id
     * @return the entry, or {@code null}
     */
    public StreamSpec stream(int streamId) {
        ensureOpen();
        return directory.stream(streamId);
    }

    /** {@return a snapshot of the GlobalHeader} */
    public HeaderInfo headerInfo() {
        ensureOpen();
        try {
            return GlobalHeaderDescriptor.snapshot(mapped.segment());
        } catch (InternalError e) {
            throw fault(e);
        }
    }

    /**
     * Re-reads the static directory if it changed.
     *
     * @return true when it did
     */
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
            throw fault(e);
        }
    }

    /**
     * What this reader knows about the producer now: alive, closed, dead (ended without closing),
     * replaced by a newer region, or unknown (a producer of the original library, which publishes no
     * liveness). A few system calls; not for a hot loop. After {@code DEAD} or {@code CLOSED},
     * keep calling {@link #latest()} or {@link #next()}: when a producer re-creates the channel, the
     * client moves to the new region by itself.
     *
     * @return what is known about the producer
     */
    public ProducerState producerState() {
        ensureOpen();
        try {
            return stateOf(mapped);
        } catch (InternalError e) {
            fault(e);
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

    /** {@return the session id of the region this client is attached to} */
    public long sessionId() {
        ensureOpen();
        return reader.sessionId();
    }

    /**
     * Frames this reader missed since it opened the channel: the sum of {@link Frame#missedBefore()}
     * over every frame {@link #latest()} and {@link #next()} returned, across re-attachments. A
     * reader that only calls {@code next()} has {@code received + missedTotal() == published}
     * (frames published after it attached). Read by the reading thread.
     *
     * @return the total of the gaps since the client opened the channel
     */
    public long missedTotal() {
        return missedTotal;
    }

    /** {@return how many times this client moved to a new region of its channel (a restarted producer)} */
    public int reattachments() {
        return reattachments;
    }

    /** {@return how many times this client lost its reader slot to the producer's reaper and claimed a new one} */
    public int slotReclaims() {
        return reclaims;
    }

    /** {@return the reader slot this client holds, or -1 when it lost its slot and no slot was free since} */
    public int readerIndex() {
        ensureOpen();
        return seat.index();
    }

    /** {@return this reader's id in its reader slot (unsigned 64-bit; changes when the client takes a new slot), 0 when it holds none} */
    public long readerId() {
        ensureOpen();
        return seat.id();
    }

    /**
     * When a call found no new frame and read the clock ({@code now}, else
     * {@link SampledClock#NO_SAMPLE}): every {@value #CHECK_INTERVAL_MILLIS} ms, re-attach when the
     * region was replaced, closed and re-created, or re-created in place; and refresh the heartbeat
     * when it is {@link #HEARTBEAT_INTERVAL_NANOS} old. Returns true when it re-attached.
     */
    private boolean periodicCheck(long now) {
        if (now == SampledClock.NO_SAMPLE) {
            return false;
        }
        if (now - nextCheckNanos >= 0) {
            nextCheckNanos = now + CHECK_INTERVAL_NANOS;
            if (regionChanged() && reattach()) {
                return true; // the new region's slot was claimed just now
            }
        } else if (now - nextHeartbeatNanos < 0) {
            return false;
        }
        heartbeat(now);
        return false;
    }

    /**
     * Every {@link #FOLLOW_INTERVAL_MILLIS} ms of calls, frames or not: moves to the region now under
     * the name when this one was replaced, re-created in place, or is no longer the file the name
     * refers to (a few loads and one stat; the move itself maps the new region).
     */
    private void followName(long now) {
        nextFollowNanos = now + FOLLOW_INTERVAL_NANOS;
        if (headerSaysReplaced() || !platform.isSameFile(mapped, path)) {
            reattach();
        }
    }

    /** REPLACED set, magic gone or the session changed in the mapped header (a few loads). */
    private boolean headerSaysReplaced() {
        MemorySegment seg = mapped.segment();
        return (GlobalHeaderDescriptor.extFlagsAcquire(seg) & GlobalHeaderDescriptor.FLAG_REPLACED) != 0
                || GlobalHeaderDescriptor.magicAcquire(seg) != GlobalHeaderDescriptor.MAGIC
                || GlobalHeaderDescriptor.sessionId(seg) != reader.sessionId();
    }

    /** Whether the region under the name may no longer be the one this client reads (a few loads, a stat at most). */
    private boolean regionChanged() {
        MemorySegment seg = mapped.segment();
        int flags = GlobalHeaderDescriptor.extFlagsAcquire(seg);
        boolean replaced = (flags & GlobalHeaderDescriptor.FLAG_REPLACED) != 0
                || GlobalHeaderDescriptor.magicAcquire(seg) != GlobalHeaderDescriptor.MAGIC
                || GlobalHeaderDescriptor.sessionId(seg) != reader.sessionId();
        boolean mayBeReplaced = replaced || (flags & GlobalHeaderDescriptor.FLAG_CLOSED) != 0
                || (flags & GlobalHeaderDescriptor.FLAG_SEQLOCK) == 0;
        return replaced || (mayBeReplaced && !platform.isSameFile(mapped, path));
    }

    /** Maps the region now under the name and moves to it; false when there is none (or no new one), or a send is in progress. */
    private boolean reattach() {
        if (!GUARD.compareAndSet(this, GUARD_FREE, GUARD_MOVING)) {
            return false; // a send is in progress: try again at the next check
        }
        try {
            return reattachHeld();
        } finally {
            GUARD.setRelease(this, GUARD_FREE);
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
            same = !broken && GlobalHeaderDescriptor.sessionId(m.segment()) == reader.sessionId();
        } catch (InternalError e) {
            fault(e);
            same = false;
        }
        if (same) {
            m.close();
            return false;
        }
        MappedRegion old = mapped;
        Seat oldSeat = seat;
        attach(m, false);
        release(oldSeat);
        if (retired != null) {
            retired.close();
        }
        retired = old;
        reattachments++;
        return true;
    }

    // ------------------------------------------------------------------ the reader slot

    /**
     * The reading thread found its heartbeat refused: take a new slot unless a send is doing it
     * right now (then the next call sees the send's new seat). Returns the seat to use.
     */
    private Seat reseatFromReader(Seat lost) {
        if (!GUARD.compareAndSet(this, GUARD_FREE, GUARD_MOVING)) {
            return lost;
        }
        try {
            return reseatHeld(lost);
        } finally {
            GUARD.setRelease(this, GUARD_FREE);
        }
    }

    /**
     * With the guard held: if {@code lost} is still this client's seat and the slot no longer holds
     * its id (reaped), claims a free slot under a new id. A heartbeat can also fail because the
     * reading and the sending thread raced on it; the slot is then still ours and is kept.
     *
     * @return the seat to use
     * @throws ReaderSlotsFullException if the slot was lost and no slot is free
     */
    private Seat reseatHeld(Seat lost) {
        Seat current = seat;
        if (current != lost) {
            return current;
        }
        if (current.seated() && current.claims().isOwner(current.index(), current.id())) {
            return current;
        }
        if (!current.mapped().isBacked()) {
            throw new RegionTruncatedException(what + ": the region file was truncated or re-created smaller "
                    + "while mapped; its producer re-created or removed it; re-open the channel");
        }
        long id = newReaderId();
        int index = current.claims().claim(id, System.nanoTime());
        if (index < 0) {
            if (current.seated()) {
                seat = new Seat(current.mapped(), current.table(), current.claims(), -1, 0);
            }
            throw new ReaderSlotsFullException(what + ": this reader lost its reader slot (it was silent for longer "
                    + "than the producer's reap timeout) and all " + current.table().slotCount() + " slots are "
                    + "in use now; the next call tries again. Call the client more often than the reap timeout, "
                    + "raise the timeout, or create the channel with more reader slots (ChannelConfig.withReaderSlots)");
        }
        Seat fresh = new Seat(current.mapped(), current.table(), current.claims(), index, id);
        seat = fresh;
        reclaims = reclaims + 1; // under the guard: no lost update
        return fresh;
    }

    /**
     * Leaves a slot. Under a producer of this library, unread messages in its ring keep it held
     * (detaching) until the producer has polled them, so they stay attributed to this reader; a 2.0
     * producer never completes that, so under one the slot is freed now. Skipped when the file
     * shrank (read-modify-writes on a truncated mapping can crash the JVM).
     */
    private static void release(Seat s) {
        if (!s.seated() || !s.mapped().isBacked()) {
            return;
        }
        // truncated between the check and the release: the slot is gone with the region
        MappingFaults.ignoring(() -> s.claims().release(s.index(), s.id(), System.nanoTime(),
                (GlobalHeaderDescriptor.extFlagsAcquire(s.mapped().segment()) & GlobalHeaderDescriptor.FLAG_SEQLOCK) != 0));
    }

    // ------------------------------------------------------------------ control messages

    /**
     * Sends a control message to the producer through this reader's ring (a copy of {@code data}).
     * Refreshes the heartbeat. Allocates nothing.
     *
     * @param data the message bytes
     * @param type non-zero message type (0 marks ring padding); the original library uses
     *             {@link TlvType#CONTROL_USER} for user messages, any non-zero value is delivered
     * @return {@link ControlSendResult#SENT}; {@code FULL} when the ring has no room now (nothing was
     *         written: retry after the producer polls); {@code TOO_LARGE} when the message can
     *         never fit the ring; {@code NO_CONTROL_RING} when the channel has none
     * <p>Safe from several threads at once: the sends of one client are serialised (a send that
     * meets another thread's send waits for it to finish), and each thread's messages arrive in the
     * order it sent them.
     *
     * @throws ReaderSlotsFullException if the reader lost its slot and no slot is free
     */
    public ControlSendResult sendControl(int type, byte[] data) {
        if (data == null) {
            throw new InvalidArgumentException("data is null; pass the message bytes, or use sendControlEmpty(type) "
                    + "for a message without data");
        }
        return send(type, null, data);
    }

    /**
     * As {@link #sendControl(int, byte[])}, with the message bytes in a segment (heap or native).
     *
     * @param type the message type (application-defined)
     * @param data the message bytes
     * @return whether the message was sent, or why not
     */
    public ControlSendResult sendControl(int type, MemorySegment data) {
        if (data == null) {
            throw new InvalidArgumentException("data is null; pass the message bytes, or use sendControlEmpty(type) "
                    + "for a message without data");
        }
        return send(type, data, null);
    }

    /**
     * As {@link #sendControl(int, byte[])}, for a message with no data.
     *
     * @param type the message type (application-defined)
     * @return whether the message was sent, or why not
     */
    public ControlSendResult sendControlEmpty(int type) {
        return send(type, MemorySegment.NULL, null);
    }

    private ControlSendResult send(int type, MemorySegment segment, byte[] array) {
        if (type == 0) {
            throw new InvalidArgumentException("control message type 0 is reserved for ring padding and would never be "
                    + "delivered; use a non-zero type such as TlvType.CONTROL_USER (0x3000)");
        }
        enterSending();
        try {
            ensureOpen();
            Seat s = seat;
            if (!s.table().hasControlRings()) {
                return ControlSendResult.NO_CONTROL_RING;
            }
            long now = sendClock.sample(); // the guard orders these two fields between sending threads
            boolean owner;
            if (now != SampledClock.NO_SAMPLE && now - nextSendHeartbeatNanos >= 0) {
                owner = s.seated() && s.claims().heartbeat(s.index(), s.id(), now);
                nextSendHeartbeatNanos = now + HEARTBEAT_INTERVAL_NANOS;
            } else {
                owner = s.seated() && s.claims().isOwner(s.index(), s.id());
            }
            if (!owner) {
                s = reseatHeld(s);
            }
            ControlSender ring = s.table().ring(s.index()).sender();
            return array != null ? ring.send(type, array, 0, array.length) : ring.send(type, segment);
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, what);
        } finally {
            GUARD.setRelease(this, GUARD_FREE);
        }
    }

    /**
     * Takes the guard for a send. Uncontended: one compare-and-set. While another thread's send
     * holds it (a copy into the ring, no system call) or the reading thread is moving to a new slot
     * or region, waits: spins on a plain read of the guard for {@link #SEND_SPINS} rounds, then
     * yields the CPU between tries, so a sender whose peer lost its CPU mid-send does not burn a core.
     */
    private void enterSending() {
        int spins = 0;
        while ((int) GUARD.getOpaque(this) != GUARD_FREE
                || (int) GUARD.compareAndExchange(this, GUARD_FREE, GUARD_SENDING) != GUARD_FREE) {
            if (++spins < SEND_SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    // ------------------------------------------------------------------ closing

    /**
     * Releases the reader slot and unmaps the region. Messages still unread in this reader's ring
     * are delivered to the producer's next poll, attributed to this reader; its slot stays held
     * until then. Idempotent; waits for a send in progress to end.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        while (!GUARD.compareAndSet(this, GUARD_FREE, GUARD_MOVING)) {
            Thread.yield();
        }
        try {
            if (closed) {
                return;
            }
            closed = true;
            release(seat);
            mapped.close();
            if (retired != null) {
                retired.close();
            }
        } finally {
            GUARD.setRelease(this, GUARD_FREE);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new ChannelClosedException(what + ": this client is closed; open a new ShmxClient");
        }
    }
}
