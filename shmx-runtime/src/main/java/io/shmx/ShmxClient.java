package io.shmx;

import io.shmx.internal.jfr.ShmxEvents;
import io.shmx.internal.region.MappedRegion;
import io.shmx.internal.region.Platform;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
 *
 * <h2>Parts</h2>
 * This class is the API; the work is done by one part per concern, each used by the others through
 * final fields: {@code ClientAttachment} (opening, attaching to a region, following the channel's
 * session to a restarted producer), {@code ClientReader} (reading frames, with the heartbeat and
 * the periodic check), {@code ClientSlot} (the reader slot held and the guard shared by the reading
 * and the sending thread) and {@code ClientControl} (sending control messages). This file runs past
 * 400 lines because it carries the reader's whole contract in javadoc; its code is about 160 lines
 * of delegation.
 */
public final class ShmxClient implements AutoCloseable {
    static final int CHECK_INTERVAL_MILLIS = 10;
    /**
     * The bound on following the name (readers stranded after a crash and restart): every 250 ms of
     * calls, whether or not frames arrive, a client checks its region's flags and session and whether
     * the name still refers to its file (one stat), and moves to the region now under the name if
     * not. So a reader follows a new session under its name within 250 ms of its next
     * {@link #latest()} or {@link #next()} call, whatever happened to the old region: its producer
     * killed and the file removed, or replaced while still publishing.
     */
    static final int FOLLOW_INTERVAL_MILLIS = 250;
    /** Reads that found a frame or none refresh the heartbeat when it is this old: 1 ms. */
    static final long HEARTBEAT_INTERVAL_NANOS = 1_000_000L;

    /**
     * How long opening waits for a channel whose producer is still creating it (its file exists but
     * is not sized yet, or its magic, written last, is still 0): 2 seconds. Creating takes
     * microseconds to milliseconds; the margin covers a loaded machine.
     */
    public static final Duration CREATION_WAIT = Duration.ofSeconds(2);

    private final String name;
    private final String what;
    private final ClientSlot slot;
    private final ClientReader frames;
    private final ClientAttachment attachment;
    private final ClientControl control;
    private final IdleStrategy defaultIdle = new BackoffIdleStrategy();
    private volatile boolean closed;

    ShmxClient(String name, Path path, Platform platform, MappedRegion mapped) {
        this.name = name;
        this.what = "channel '" + name + "'";
        this.slot = new ClientSlot(name, what);
        this.frames = new ClientReader(what, path, platform, slot);
        this.attachment = frames.attachment();
        this.control = new ClientControl(this, slot, what);
        attachment.attach(mapped, true);
        ClientSlot.Seat seat = slot.seat();
        ShmxEvents.opened(this, frames.sessionId(), seat.index(), seat.id());
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
        return ClientAttachment.open(name, waitForProducer);
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
        ClientAttachment.awaitChannel(name, timeout);
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
        return frames.latest();
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
        return frames.next();
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
        return frames.streams();
    }

    /**
     * The directory entry for {@code streamId}, or {@code null}.
     *
     * @param streamId the stream's id
     * @return the entry, or {@code null}
     */
    public StreamSpec stream(int streamId) {
        ensureOpen();
        return frames.stream(streamId);
    }

    /** {@return a snapshot of the GlobalHeader} */
    public HeaderInfo headerInfo() {
        ensureOpen();
        return frames.headerInfo();
    }

    /**
     * Re-reads the static directory if it changed.
     *
     * @return true when it did
     */
    public boolean refreshStatic() {
        ensureOpen();
        return frames.refreshStatic();
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
        return frames.producerState();
    }

    /** {@return the session id of the region this client is attached to} */
    public long sessionId() {
        ensureOpen();
        return frames.sessionId();
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
        return frames.missedTotal();
    }

    /** {@return how many times this client moved to a new region of its channel (a restarted producer)} */
    public int reattachments() {
        return attachment.reattachments();
    }

    /** {@return how many times this client lost its reader slot to the producer's reaper and claimed a new one} */
    public int slotReclaims() {
        return slot.reclaims();
    }

    /** {@return the reader slot this client holds, or -1 when it lost its slot and no slot was free since} */
    public int readerIndex() {
        ensureOpen();
        return slot.seat().index();
    }

    /** {@return this reader's id in its reader slot (unsigned 64-bit; changes when the client takes a new slot), 0 when it holds none} */
    public long readerId() {
        ensureOpen();
        return slot.seat().id();
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
        return control.send(type, null, data);
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
        return control.send(type, data, null);
    }

    /**
     * As {@link #sendControl(int, byte[])}, for a message with no data.
     *
     * @param type the message type (application-defined)
     * @return whether the message was sent, or why not
     */
    public ControlSendResult sendControlEmpty(int type) {
        return control.send(type, MemorySegment.NULL, null);
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
        slot.enterMovingForClose();
        try {
            if (closed) {
                return;
            }
            closed = true;
            ShmxEvents.closed(this);
            ClientSlot.release(slot.seat());
            attachment.close();
        } finally {
            slot.exit();
        }
    }

    void ensureOpen() {
        if (closed) {
            throw new ChannelClosedException(what + ": this client is closed; open a new ShmxClient");
        }
    }
}
