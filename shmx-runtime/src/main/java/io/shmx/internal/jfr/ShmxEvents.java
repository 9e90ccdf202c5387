package io.shmx.internal.jfr;

import io.shmx.ChannelClosedException;
import io.shmx.ControlSendResult;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;

/**
 * Where the runtime emits its JDK Flight Recorder events: one static call per place, so the
 * call sites stay one line each.
 *
 * <h2>Cost when no recording runs</h2>
 * <ul>
 *   <li>Until a recording has started in this JVM (the recorder is initialized), no event class is
 *       loaded or created: one volatile read of {@code recorderUp} at the place of a rare event.
 *       Creating the first {@code jdk.jfr.Event} in a JVM without a recorder costs 0.3 to 0.8 s
 *       (measured on opening a client), which a program that never records must not pay.</li>
 *   <li>Rare events (attach, reap, re-attach, session change, control ring full) are created and
 *       committed only when they happen, behind {@code shouldCommit()} (the standard JFR pattern:
 *       with the event disabled the JIT removes the allocation).</li>
 *   <li>The hot paths create no events: {@link #sent} compares the send's result with
 *       {@code FULL} and returns it. Frames published and frames missed are not counted per frame
 *       by these events; the periodic {@link ChannelStatisticsEvent} and
 *       {@link ReaderStatisticsEvent} read the counters the server and client keep anyway.</li>
 *   <li>Open servers and clients are tracked in a weak map (an entry at open, removed at close;
 *       one left unclosed disappears when it is collected). The first open registers a
 *       {@link FlightRecorderListener}; the periodic hooks are registered with
 *       {@link FlightRecorder#addPeriodicEvent} only once the recorder is initialized, so a JVM
 *       that never records starts no recorder.</li>
 * </ul>
 *
 * <h2>Threads</h2>
 * The periodic hooks run on the recorder's thread and read counters written by the producer's and
 * the reading thread with plain stores ({@link ShmxServer#framesPublished()},
 * {@link ShmxClient#missedTotal()}, ...): a value may be a few frames old, never torn (64-bit
 * HotSpot), and the hooks never touch a region's memory, so a channel closing meanwhile is safe.
 */
public final class ShmxEvents {
    /** Open producers and readers of this JVM; guarded by itself. Values unused. */
    private static final Map<Object, Boolean> OPEN = Collections.synchronizedMap(new WeakHashMap<>());
    /**
     * Whether the Flight Recorder has been initialized in this JVM (a recording was started, now or
     * before); set once by the listener. Until then no event class is touched: creating the first
     * {@code jdk.jfr.Event} starts parts of the recorder, which takes hundreds of milliseconds.
     */
    private static volatile boolean recorderUp;

    /** Whether the recorder listener is registered; guarded by {@link #OPEN}. */
    private static boolean listening;

    private ShmxEvents() {}

    /** A producer opened: its channel is reported in {@link ChannelStatisticsEvent} until {@link #closed}. */
    public static void opened(ShmxServer server) {
        track(server);
    }

    /** A client opened and claimed slot {@code index} under {@code id}: emits {@link ReaderAttachedEvent}. */
    public static void opened(ShmxClient client, long sessionId, int index, long id) {
        track(client);
        if (!recorderUp) {
            return;
        }
        ReaderAttachedEvent e = new ReaderAttachedEvent();
        if (e.shouldCommit()) {
            e.channel = client.name();
            e.sessionId = sessionId;
            e.readerIndex = index;
            e.readerId = id;
            e.commit();
        }
    }

    /**
     * Tracks an open producer or client; the first one registers the recorder listener, so code that
     * only uses the runtime's internals (a reaper without a server) never loads the recorder's
     * classes, and the one-time cost (a few milliseconds) is paid at open, not on a producer's or
     * reader's loop.
     */
    private static void track(Object serverOrClient) {
        synchronized (OPEN) {
            OPEN.put(serverOrClient, Boolean.TRUE);
            if (listening) {
                return;
            }
            listening = true;
        }
        FlightRecorder.addListener(new FlightRecorderListener() {
            @Override
            public void recorderInitialized(FlightRecorder recorder) {
                recorderUp = true;
                FlightRecorder.addPeriodicEvent(ChannelStatisticsEvent.class, ShmxEvents::emitChannelStatistics);
                FlightRecorder.addPeriodicEvent(ReaderStatisticsEvent.class, ShmxEvents::emitReaderStatistics);
            }
        });
    }

    /** A producer or client closed: no more periodic events for it. */
    public static void closed(Object serverOrClient) {
        OPEN.remove(serverOrClient);
    }

    /** The producer's reaper freed slot {@code index} of reader {@code id}. */
    public static void readerReaped(String channel, int index, long id, long heartbeatAgeNanos) {
        if (!recorderUp) {
            return;
        }
        ReaderReapedEvent e = new ReaderReapedEvent();
        if (e.shouldCommit()) {
            e.channel = channel;
            e.readerIndex = index;
            e.readerId = id;
            e.heartbeatAge = heartbeatAgeNanos;
            e.commit();
        }
    }

    /** A reader whose slot was reaped claimed slot {@code index} under {@code id}. */
    public static void readerReattached(String channel, int index, long id, int previousIndex, long previousId,
                                        int slotReclaims) {
        if (!recorderUp) {
            return;
        }
        ReaderReattachedEvent e = new ReaderReattachedEvent();
        if (e.shouldCommit()) {
            e.channel = channel;
            e.readerIndex = index;
            e.readerId = id;
            e.previousReaderIndex = previousIndex;
            e.previousReaderId = previousId;
            e.slotReclaims = slotReclaims;
            e.commit();
        }
    }

    /** A reader moved from session {@code previous} to a new region of its channel. */
    public static void sessionChanged(String channel, long previous, long session, int index, long id,
                                      int reattachments) {
        if (!recorderUp) {
            return;
        }
        SessionChangedEvent e = new SessionChangedEvent();
        if (e.shouldCommit()) {
            e.channel = channel;
            e.previousSessionId = previous;
            e.sessionId = session;
            e.readerIndex = index;
            e.readerId = id;
            e.reattachments = reattachments;
            e.commit();
        }
    }

    /**
     * Returns {@code result}; when it is {@code FULL}, emits {@link ControlRingFullEvent}. On the
     * send path: a comparison, no allocation.
     */
    public static ControlSendResult sent(ControlSendResult result, String channel, int index, long id, int type) {
        if (result == ControlSendResult.FULL) {
            controlRingFull(channel, index, id, type);
        }
        return result;
    }

    private static void controlRingFull(String channel, int index, long id, int type) {
        if (!recorderUp) {
            return;
        }
        ControlRingFullEvent e = new ControlRingFullEvent();
        if (e.shouldCommit()) {
            e.channel = channel;
            e.readerIndex = index;
            e.readerId = id;
            e.messageType = type;
            e.commit();
        }
    }

    private static List<Object> openNow() {
        synchronized (OPEN) {
            return new ArrayList<>(OPEN.keySet());
        }
    }

    private static void emitChannelStatistics() {
        for (Object o : openNow()) {
            if (o instanceof ShmxServer server) {
                ChannelStatisticsEvent e = new ChannelStatisticsEvent();
                e.channel = server.name();
                e.framesPublished = server.framesPublished();
                e.commit();
            }
        }
    }

    private static void emitReaderStatistics() {
        for (Object o : openNow()) {
            if (o instanceof ShmxClient client) {
                ReaderStatisticsEvent e = new ReaderStatisticsEvent();
                try {
                    e.channel = client.name();
                    e.sessionId = client.sessionId();
                    e.readerIndex = client.readerIndex();
                    e.readerId = client.readerId();
                } catch (ChannelClosedException closedMeanwhile) {
                    continue;
                }
                e.framesMissed = client.missedTotal();
                e.reattachments = client.reattachments();
                e.slotReclaims = client.slotReclaims();
                e.commit();
            }
        }
    }
}
