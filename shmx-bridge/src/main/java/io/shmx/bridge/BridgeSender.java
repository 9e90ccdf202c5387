package io.shmx.bridge;

import io.aeron.ExclusivePublication;
import io.aeron.FragmentAssembler;
import io.aeron.Publication;
import io.aeron.Subscription;
import io.aeron.logbuffer.Header;
import io.shmx.Frame;
import io.shmx.HeaderInfo;
import io.shmx.ShmxClient;
import io.shmx.ShmxException;
import io.shmx.bridge.aeron.AeronMedia;
import io.shmx.bridge.wire.Directory;
import io.shmx.bridge.wire.DirectoryCodec;
import io.shmx.bridge.wire.FrameBody;
import io.shmx.bridge.wire.MessageHeader;
import io.shmx.bridge.wire.StatusCodec;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reads a local channel and publishes its frames on an Aeron channel, newest frame first.
 *
 * <h2>Threads</h2>
 * One duty thread ({@code shmx-bridge-send}) does everything: it polls the channel with
 * {@link ShmxClient#latest()}, copies a new frame's streams into a staging buffer (then validates
 * the frame, so a frame the producer overwrote meanwhile is never sent), offers it in chunks,
 * sends the directory and reads the receivers' status. Other threads only read the counters
 * ({@link SingleWriterCounter}) and the receivers map (a concurrent map whose entries are
 * immutable records). The producer is never slowed: the sender only reads shared memory.
 *
 * <h2>Newest frame</h2>
 * While Aeron back-pressures the first chunk of a frame, the sender keeps looking at the channel;
 * when a newer frame exists it drops the held one and counts it skipped (with every frame
 * {@link Frame#missed()} says it never saw). Once a frame's first chunk is out, its remaining
 * chunks follow in order (retried on back pressure), so receivers get whole frames; a frame cut
 * off because the publication lost its receivers is counted abandoned.
 *
 * <h2>Directory</h2>
 * Sent before the first frame, before any frame that follows a change (a new source session, a
 * stream added), every {@code directoryInterval}, and at once when a receiver's status shows it
 * lacks the current one (a late joiner).
 */
public final class BridgeSender implements AutoCloseable {
    /** A receiver silent for this long is shown as not live. */
    public static final long RECEIVER_TIMEOUT_MILLIS = 2_000;
    static final long SOURCE_CHECK_NANOS = 10_000_000L;
    static final long STATE_CHECK_NANOS = 500_000_000L;
    static final long DIRECTORY_REQUEST_MIN_NANOS = 20_000_000L;
    static final long FORGET_NANOS = 60_000_000_000L;

    private final ShmxBridge.SenderBuilder config;
    private final AeronMedia media;
    private final ExclusivePublication publication;
    private final Subscription statusSubscription;
    private final int statusPort;
    private final FragmentAssembler statusAssembler;
    private final long senderId = ThreadLocalRandom.current().nextLong() | 1;
    private final IdleStrategy idle;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;

    // ---- duty thread state (only the duty thread touches these)
    private ShmxClient client;
    private long nextSourceCheck;
    private long nextStateCheck;
    private long nextDirectoryAt;
    private long lastDirectoryRequest;
    private boolean directoryPending = true;
    private int directoryVersion;
    private long epoch;
    private Directory directory;
    private final UnsafeBuffer headerBuffer = new UnsafeBuffer(ByteBuffer.allocateDirect(MessageHeader.LENGTH));
    private UnsafeBuffer controlBuffer = new UnsafeBuffer(ByteBuffer.allocateDirect(64 * 1024));
    private ByteBuffer staging;
    private MemorySegment stagingSegment;
    private UnsafeBuffer stagingBuffer;
    private long lastCopiedId;
    private boolean wasConnected;
    private int stagedLength = -1;   // -1: nothing held
    private int chunkOffset;         // next chunk of the held frame to offer
    private long stagedSeq;          // 0 until the first chunk went out
    private final int chunkLength;

    // ---- counters (duty thread writes; anyone reads)
    private final SingleWriterCounter framesSent = new SingleWriterCounter();
    private final SingleWriterCounter bytesSent = new SingleWriterCounter();
    private final SingleWriterCounter skipped = new SingleWriterCounter();
    private final SingleWriterCounter abandoned = new SingleWriterCounter();
    private final SingleWriterCounter seq = new SingleWriterCounter();
    private final SingleWriterCounter directoriesSent = new SingleWriterCounter();
    private final SingleWriterCounter epochSeen = new SingleWriterCounter();
    private volatile String sourceState = "WAITING";
    private final Map<Long, RemoteReceiver> receivers = new ConcurrentHashMap<>();
    private final Map<Long, Long> receiverHeardNanos = new ConcurrentHashMap<>();

    BridgeSender(ShmxBridge.SenderBuilder config) {
        this.config = config;
        this.idle = config.idle();
        AeronMedia m = AeronMedia.start(config.aeronDirectory());
        try {
            this.media = m;
            this.publication = m.publication(config.uri(), config.streamId(), "--to");
            this.chunkLength = Math.min(publication.maxMessageLength(), config.chunkBytes()) - MessageHeader.LENGTH;
            if (config.statusBind() != null) {
                String statusUri = "aeron:udp?endpoint=" + config.statusBind() + ":" + config.statusPort();
                this.statusSubscription = m.subscription(statusUri, config.statusStreamId(),
                        "--status-bind", img -> { }, img -> { });
                this.statusPort = resolvedPort(statusSubscription, statusUri);
                this.statusAssembler = new FragmentAssembler(this::onStatus);
            } else {
                this.statusSubscription = null;
                this.statusPort = 0;
                this.statusAssembler = null;
            }
        } catch (RuntimeException e) {
            m.close();
            throw e;
        }
        this.thread = new Thread(this::run, "shmx-bridge-send");
        this.thread.start();
    }

    private static int resolvedPort(Subscription s, String uri) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (String a : s.localSocketAddresses()) {
                int colon = a.lastIndexOf(':');
                if (colon > 0) {
                    int port = Integer.parseInt(a.substring(colon + 1));
                    if (port != 0) {
                        return port;
                    }
                }
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new BridgeException("--status-bind: the status subscription " + uri + " got no local port from the "
                + "media driver within 5 s; pass --status-port with a free port or --no-status");
    }

    // ------------------------------------------------------------------ duty loop

    private void run() {
        try {
            while (running) {
                idle.idle(doWork());
            }
        } catch (Throwable t) {
            failure = t;
        } finally {
            if (client != null) {
                client.close();
            }
        }
    }

    int doWork() {
        long now = System.nanoTime();
        int work = 0;
        if (statusSubscription != null) {
            work += statusSubscription.poll(statusAssembler, 16);
        }
        if (client == null) {
            return work + openSource(now);
        }
        if (stagedSeq == 0 && now - nextSourceCheck >= 0) {
            nextSourceCheck = now + SOURCE_CHECK_NANOS;
            checkSource(now);
        }
        boolean connected = publication.isConnected();
        if (connected && !wasConnected) {
            directoryPending = true;   // a (first) receiver arrived: it needs the directory first
        }
        wasConnected = connected;
        if (stagedSeq == 0 && (directoryPending || now - nextDirectoryAt >= 0)) {
            if (sendDirectory(now)) {
                work++;
            } else if (connected) {
                return work;   // back-pressured: the directory goes before any further frame
            }
            // not connected: frames are read and counted skipped; the directory stays pending
        }
        return work + pumpFrame();
    }

    private int openSource(long now) {
        if (now - nextSourceCheck < 0) {
            return 0;
        }
        nextSourceCheck = now + 100_000_000L;
        try {
            client = ShmxClient.open(config.channel(), Duration.ZERO);
        } catch (ShmxException notYet) {
            sourceState = "WAITING";
            return 0;
        }
        adoptSession();
        return 1;
    }

    /** Reads the source's shape and directory; a new epoch or directory version makes a directory pending. */
    private void adoptSession() {
        HeaderInfo h = client.headerInfo();
        Directory d = new Directory(h.slots(), h.readerSlots(), h.staticBytesCap(), h.frameBytesCap(),
                h.controlPerReader(), h.staticHash(), statusPort, client.streams());
        long e = client.sessionId();
        if (e != epoch || !d.equals(directory)) {
            epoch = e;
            epochSeen.set(e);
            directory = d;
            directoryVersion++;
            directoryPending = true;
            if (stagedLength >= 0 && stagedSeq == 0) {
                skipped.increment();   // copied from the old session, never sent
            }
            dropHeld();
            lastCopiedId = 0;
            long need = FrameBody.maxLength(h.frameBytesCap(), d.streams().size());
            if (staging == null || staging.capacity() < need) {
                staging = ByteBuffer.allocateDirect((int) Math.min(Integer.MAX_VALUE - 64, need));
                stagingSegment = MemorySegment.ofBuffer(staging);
                stagingBuffer = new UnsafeBuffer(staging);
            }
            int dirBytes = MessageHeader.LENGTH + DirectoryCodec.encodedLength(d);
            if (controlBuffer.capacity() < dirBytes) {
                controlBuffer = new UnsafeBuffer(ByteBuffer.allocateDirect(dirBytes));
            }
        }
        sourceState = client.producerState().name();
    }

    private void checkSource(long now) {
        boolean changed = client.refreshStatic() || client.sessionId() != epoch;
        if (now - nextStateCheck >= 0) {
            nextStateCheck = now + STATE_CHECK_NANOS;
            sourceState = client.producerState().name();
        }
        if (changed) {
            adoptSession();
        }
    }

    private boolean sendDirectory(long now) {
        int len = DirectoryCodec.encode(directory, controlBuffer, MessageHeader.LENGTH);
        MessageHeader.write(controlBuffer, 0, MessageHeader.TYPE_DIRECTORY, len, senderId, epoch, seq.get(), 0,
                directoryVersion);
        long r = publication.offer(controlBuffer, 0, MessageHeader.LENGTH + len);
        if (r > 0) {
            directoriesSent.increment();
            directoryPending = false;
            nextDirectoryAt = now + config.directoryInterval().toNanos();
            return true;
        }
        if (r == Publication.NOT_CONNECTED) {
            // nobody to tell; the directory goes out before the first frame anyone gets
            nextDirectoryAt = now + config.directoryInterval().toNanos();
            return !directoryPending;
        }
        return false;
    }

    private int pumpFrame() {
        if (stagedSeq != 0) {
            return offerChunks();   // a frame is on its way: finish it
        }
        Frame f = client.latest();
        if (f != null && f.frameId() != lastCopiedId) {
            // A stream appended (or a new session) becomes visible no later than the frame that
            // uses it: the producer writes the static area before it publishes (release/acquire).
            if (client.refreshStatic() || client.sessionId() != epoch) {
                skipped.add(f.missed());   // counted now: the next latest() returns this frame with missed() == 0
                adoptSession();   // the new directory goes first; this frame is read again next time
                return 1;
            }
            if (stagedLength >= 0) {
                skipped.increment();   // held while back-pressured, now superseded
            }
            skipped.add(f.missed());
            lastCopiedId = f.frameId();
            long len = FrameBody.copyOut(f, stagingSegment);
            if (len < 0) {
                skipped.increment();   // overwritten by the producer while copied
                stagedLength = -1;
                return 1;
            }
            stagedLength = (int) len;
            chunkOffset = 0;
        }
        return stagedLength < 0 ? 0 : offerChunks();
    }

    private int offerChunks() {
        int work = 0;
        while (chunkOffset < stagedLength) {
            int n = Math.min(chunkLength, stagedLength - chunkOffset);
            long s = stagedSeq != 0 ? stagedSeq : seq.get() + 1;
            MessageHeader.write(headerBuffer, 0, MessageHeader.TYPE_FRAME, stagedLength, senderId, epoch, s,
                    chunkOffset, directoryVersion);
            long r = publication.offer(headerBuffer, 0, MessageHeader.LENGTH, stagingBuffer, chunkOffset, n);
            if (r > 0) {
                if (stagedSeq == 0) {
                    stagedSeq = s;
                    seq.set(s);
                }
                chunkOffset += n;
                work++;
            } else if (r == Publication.BACK_PRESSURED || r == Publication.ADMIN_ACTION) {
                return work;
            } else {
                // NOT_CONNECTED, CLOSED, MAX_POSITION_EXCEEDED: nobody can get this frame
                if (stagedSeq == 0) {
                    skipped.increment();
                }
                dropHeld();
                return work;
            }
        }
        framesSent.increment();
        bytesSent.add(stagedLength);
        stagedLength = -1;
        stagedSeq = 0;
        chunkOffset = 0;
        return work + 1;
    }

    private void dropHeld() {
        if (stagedSeq != 0) {
            abandoned.increment();
        }
        stagedLength = -1;
        stagedSeq = 0;
        chunkOffset = 0;
    }

    private void onStatus(DirectBuffer b, int offset, int length, Header header) {
        if (!MessageHeader.readable(b, offset, length) || MessageHeader.type(b, offset) != MessageHeader.TYPE_STATUS) {
            return;
        }
        StatusCodec.Status s = StatusCodec.decode(b, offset + MessageHeader.LENGTH, length - MessageHeader.LENGTH);
        if (s == null) {
            return;
        }
        long now = System.nanoTime();
        String address = "?";
        io.aeron.Image img = statusSubscription.imageBySessionId(header.sessionId());
        if (img != null) {
            address = img.sourceIdentity();
        }
        if (receivers.size() > 64) {
            // forget receivers silent for a minute (restarted ones come back with a new id)
            receiverHeardNanos.entrySet().removeIf(e -> now - e.getValue() > FORGET_NANOS);
            receivers.keySet().retainAll(receiverHeardNanos.keySet());
        }
        receiverHeardNanos.put(s.receiverId(), now);
        receivers.put(s.receiverId(), new RemoteReceiver(s.receiverId(), s.name(), address, s.received(), s.lost(),
                s.bytes(), s.lastSeq(), 0, true));
        boolean current = MessageHeader.epoch(b, offset) == epoch
                && MessageHeader.directoryVersion(b, offset) == directoryVersion
                && MessageHeader.senderId(b, offset) == senderId;
        if (!current && directory != null && now - lastDirectoryRequest > DIRECTORY_REQUEST_MIN_NANOS) {
            lastDirectoryRequest = now;
            directoryPending = true;
        }
    }

    // ------------------------------------------------------------------ public

    /** The counters now (any thread). */
    public SenderStats stats() {
        long now = System.nanoTime();
        List<RemoteReceiver> list = new ArrayList<>();
        for (RemoteReceiver r : receivers.values()) {
            long heard = receiverHeardNanos.getOrDefault(r.id(), now);
            long silent = (now - heard) / 1_000_000L;
            list.add(new RemoteReceiver(r.id(), r.name(), r.address(), r.received(), r.lost(), r.bytes(), r.lastSeq(),
                    silent, silent < RECEIVER_TIMEOUT_MILLIS));
        }
        list.sort((a, b) -> a.name().compareTo(b.name()));
        return new SenderStats(config.channel(), config.uri(), sourceState, epochSeen.get(), framesSent.get(),
                bytesSent.get(), skipped.get(), abandoned.get(), seq.get(), directoriesSent.get(),
                publication.isConnected(), list, media.counters().retransmitsSent(), media.counters().naksReceived());
    }

    /** The UDP port receivers send their status to (0 with status off). */
    public int statusPort() {
        return statusPort;
    }

    /** The media driver's directory. */
    public String aeronDirectory() {
        return media.directory();
    }

    /** The error that stopped the duty thread, or null while it runs. */
    public Throwable failure() {
        return failure;
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Stops the duty thread, closes the publication and the embedded driver (deleting its directory). */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        media.close();
    }
}
