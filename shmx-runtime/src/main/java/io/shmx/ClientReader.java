package io.shmx;

import io.shmx.internal.directory.StaticDirectory;
import io.shmx.internal.frame.FrameReader;
import io.shmx.internal.frame.FrameView;
import io.shmx.internal.readers.SampledClock;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.region.MappedRegion;
import io.shmx.internal.region.Platform;
import io.shmx.internal.wire.MappingFaults;
import java.nio.file.Path;
import java.util.List;

/**
 * Reading a {@link ShmxClient}'s frames: {@code latest} and {@code next} over
 * the attached region's {@link FrameReader}, into the one reused {@link Frame}; recording each
 * returned frame and the heartbeat in the reader slot ({@link ClientSlot}); and, when a call finds
 * no new frame, the periodic check that lets {@link ClientAttachment} follow a restarted producer.
 * The schedule of clock readings, heartbeats and checks is on {@link ShmxClient}'s javadoc.
 *
 * <p>The reading thread only (one at a time); allocates nothing in steady state.
 */
final class ClientReader {
    private static final long CHECK_INTERVAL_NANOS = ShmxClient.CHECK_INTERVAL_MILLIS * 1_000_000L;
    private static final long FOLLOW_INTERVAL_NANOS = ShmxClient.FOLLOW_INTERVAL_MILLIS * 1_000_000L;

    private final String what;
    private final ClientSlot slot;
    private final ClientAttachment attachment;
    private final FrameView view = new FrameView();
    private final Frame frame;
    private final SampledClock clock = new SampledClock();

    // The attached region's reader (installed by ClientAttachment, under the guard when it changes).
    private FrameReader reader;
    private StaticDirectory directory;
    private long lastSeenId;
    private long missedTotal;
    private long nextCheckNanos;
    /** When the name is next checked ({@link ShmxClient#FOLLOW_INTERVAL_MILLIS}). */
    private long nextFollowNanos;
    private long nextHeartbeatNanos;
    private boolean broken;

    ClientReader(String what, Path path, Platform platform, ClientSlot slot) {
        this.what = what;
        this.slot = slot;
        this.frame = new Frame(view, what);
        this.attachment = new ClientAttachment(what, path, platform, slot, this);
    }

    ClientAttachment attachment() {
        return attachment;
    }

    /** Reads from a newly attached region from now on. */
    void install(FrameReader r, StaticDirectory dir) {
        this.reader = r;
        this.directory = dir;
        this.view.directory(dir);
        this.lastSeenId = 0;
        this.broken = false;
    }

    /** The session id of the attached region. */
    long sessionId() {
        return reader.sessionId();
    }

    /** Whether the last access faulted (the next read re-attaches first). */
    boolean broken() {
        return broken;
    }

    /**
     * Marks the mapping broken (the next read re-attaches) and translates a mapping fault; any other
     * internal error is rethrown. Callers on the read path throw the result.
     */
    RuntimeException fault(InternalError e) {
        RuntimeException translated = MappingFaults.truncated(e, what);
        broken = true;
        return translated;
    }

    /** {@link ShmxClient#missedTotal()}. */
    long missedTotal() {
        return missedTotal;
    }

    /** {@link ShmxClient#latest()}. */
    Frame latest() {
        try {
            if (broken && !attachment.reattach()) {
                return null;
            }
            long now = sampleAndFollow();
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

    /** {@link ShmxClient#next()}. */
    Frame next() {
        try {
            if (broken && !attachment.reattach()) {
                return null;
            }
            long now = sampleAndFollow();
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
     * the clock and the last heartbeat is {@link ShmxClient#HEARTBEAT_INTERVAL_NANOS} old. So the
     * slot's {@code last_frame_seen} trails the frames returned by at most about a heartbeat
     * interval, and a new frame costs no access to the reader slot in between. A refused heartbeat
     * (the slot was reaped: the client had not called for longer than the reap timeout, so this
     * call read the clock) re-seats the reader.
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
        nextHeartbeatNanos = now + ShmxClient.HEARTBEAT_INTERVAL_NANOS;
        ClientSlot.Seat s = slot.seat();
        if (!s.seated() || !s.claims().frameSeen(s.index(), s.id(), lastSeenId, now)) {
            ClientSlot.Seat fresh = slot.reseatFromReader(s);
            if (fresh != s && fresh.seated()) {
                fresh.claims().frameSeen(fresh.index(), fresh.id(), lastSeenId, System.nanoTime());
            }
        }
    }

    /** The sampled clock ({@link SampledClock#NO_SAMPLE} on most calls), following the name when due. */
    private long sampleAndFollow() {
        long now = clock.sample();
        if (now != SampledClock.NO_SAMPLE && now - nextFollowNanos >= 0) {
            followName(now);
        }
        return now;
    }

    /**
     * Every {@value ShmxClient#FOLLOW_INTERVAL_MILLIS} ms of calls, frames or not: moves to the region
     * now under the name when this one was replaced, re-created in place, or is no longer the file the
     * name refers to (a few loads and one stat; the move itself maps the new region).
     */
    private void followName(long now) {
        nextFollowNanos = now + FOLLOW_INTERVAL_NANOS;
        if (attachment.nameMoved()) {
            attachment.reattach();
        }
    }

    /**
     * When a call found no new frame and read the clock ({@code now}, else
     * {@link SampledClock#NO_SAMPLE}): every {@value ShmxClient#CHECK_INTERVAL_MILLIS} ms, re-attach
     * when the region was replaced, closed and re-created, or re-created in place; and refresh the
     * heartbeat when it is {@link ShmxClient#HEARTBEAT_INTERVAL_NANOS} old. Returns true when it
     * re-attached.
     */
    private boolean periodicCheck(long now) {
        if (now == SampledClock.NO_SAMPLE) {
            return false;
        }
        if (now - nextCheckNanos >= 0) {
            nextCheckNanos = now + CHECK_INTERVAL_NANOS;
            if (attachment.regionChanged() && attachment.reattach()) {
                return true; // the new region's slot was claimed just now
            }
        } else if (now - nextHeartbeatNanos < 0) {
            return false;
        }
        heartbeat(now);
        return false;
    }

    List<StreamSpec> streams() {
        return directory.streams();
    }

    StreamSpec stream(int streamId) {
        return directory.stream(streamId);
    }

    HeaderInfo headerInfo() {
        try {
            return GlobalHeaderDescriptor.snapshot(attachment.mapped().segment());
        } catch (InternalError e) {
            throw fault(e);
        }
    }

    /** Re-reads the static directory if it changed; returns true when it did. */
    boolean refreshStatic() {
        MappedRegion mapped = attachment.mapped();
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

    /** {@link ShmxClient#producerState()}: a faulting region counts as replaced. */
    ProducerState producerState() {
        try {
            return attachment.stateOf();
        } catch (InternalError e) {
            fault(e);
            return ProducerState.REPLACED;
        }
    }
}
