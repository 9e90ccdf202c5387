package io.shmx.bridge;

import io.aeron.ExclusivePublication;
import io.aeron.FragmentAssembler;
import io.aeron.Image;
import io.aeron.Subscription;
import io.aeron.logbuffer.Header;
import io.shmx.ChannelConfig;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
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
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Subscribes to a bridge's Aeron channel and republishes every whole frame on a local channel
 * with the sender's static directory, so local readers cannot tell the frames came over a network.
 *
 * <h2>Threads</h2>
 * One duty thread ({@code shmx-bridge-receive}) polls the subscription, applies directories,
 * reassembles frames and publishes them, and sends a status message to the sender about every
 * {@link #STATUS_INTERVAL_NANOS}. Other threads only read the counters.
 *
 * <h2>Whole frames, losses</h2>
 * A frame's chunks are copied into one reassembly buffer at their offsets; the frame is published
 * only when its last byte arrived with every chunk before it in order. A chunk of another frame
 * (or of another sender, or an image that went away) ends a partial frame, which is counted lost.
 * Frame numbers are consecutive per sender, so every gap between the frame numbers of two frames
 * started is counted lost too; the count starts at the first frame whose first chunk arrived
 * (a receiver that joins mid-frame waits for the next whole frame).
 *
 * <h2>Directory</h2>
 * Nothing is published before a directory arrives; then the local channel is created with the
 * sender's slots, sizes and streams. A new source session re-creates the local channel (local
 * readers move to it as they do when a producer restarts); streams appended on the source are
 * appended locally. Frames that carry another directory version than the one applied are dropped
 * until the matching directory arrives (the sender sends it first).
 */
public final class BridgeReceiver implements AutoCloseable {
    static final long STATUS_INTERVAL_NANOS = 250_000_000L;

    private final ShmxBridge.ReceiverBuilder config;
    private final AeronMedia media;
    private final Subscription subscription;
    private final FragmentAssembler assembler;
    private final IdleStrategy idle;
    private final long receiverId = ThreadLocalRandom.current().nextLong() | 1;
    private final byte[] receiverName;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;

    // ---- duty thread state
    private ShmxServer server;
    private Directory directory;
    private List<StreamSpec> streams = List.of();
    private long currentSender;
    private int directoryVersion = -1;
    private ByteBuffer bodyBuffer = ByteBuffer.allocateDirect(0);
    private MemorySegment body = MemorySegment.ofBuffer(bodyBuffer);
    private long assemblingSeq;      // 0: none
    private int assemblingImage;
    private int assembled;
    private long expectSeq;          // next frame number; 0 before the first frame
    private ExclusivePublication statusPublication;
    private String statusTarget;
    private final UnsafeBuffer statusBuffer = new UnsafeBuffer(ByteBuffer.allocateDirect(512));
    private long nextStatusAt;

    // ---- counters
    private final SingleWriterCounter framesReceived = new SingleWriterCounter();
    private final SingleWriterCounter bytesReceived = new SingleWriterCounter();
    private final SingleWriterCounter lost = new SingleWriterCounter();
    private final SingleWriterCounter rejected = new SingleWriterCounter();
    private final SingleWriterCounter firstSeq = new SingleWriterCounter();
    private final SingleWriterCounter lastSeq = new SingleWriterCounter();
    private final SingleWriterCounter sessionChanges = new SingleWriterCounter();
    private final SingleWriterCounter senderRestarts = new SingleWriterCounter();
    private final SingleWriterCounter epoch = new SingleWriterCounter();
    private volatile boolean hasDirectory;

    BridgeReceiver(ShmxBridge.ReceiverBuilder config) {
        this.config = config;
        this.idle = config.idle();
        this.receiverName = (hostName() + " pid " + ProcessHandle.current().pid() + " as " + config.channel())
                .getBytes(StandardCharsets.UTF_8);
        AeronMedia m = AeronMedia.start(config.aeronDirectory());
        try {
            this.media = m;
            this.subscription = m.subscription(config.uri(), config.streamId(), "--from",
                    img -> { }, img -> { });
        } catch (RuntimeException e) {
            m.close();
            throw e;
        }
        this.assembler = new FragmentAssembler(this::onMessage);
        this.thread = new Thread(this::run, "shmx-bridge-receive");
        this.thread.start();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }

    private void run() {
        try {
            while (running) {
                idle.idle(doWork());
            }
        } catch (Throwable t) {
            failure = t;
        } finally {
            if (server != null) {
                if (config.keepChannel()) {
                    server.close();
                } else {
                    server.destroy();
                }
            }
        }
    }

    int doWork() {
        int work = subscription.poll(assembler, 64);
        long now = System.nanoTime();
        if (now - nextStatusAt >= 0) {
            nextStatusAt = now + STATUS_INTERVAL_NANOS;
            sendStatus();
        }
        return work;
    }

    private void onMessage(DirectBuffer b, int offset, int length, Header header) {
        if (!MessageHeader.readable(b, offset, length)) {
            return;
        }
        byte type = MessageHeader.type(b, offset);
        if (type == MessageHeader.TYPE_FRAME) {
            onChunk(b, offset, length, header.sessionId());
        } else if (type == MessageHeader.TYPE_DIRECTORY) {
            Directory d = DirectoryCodec.decode(b, offset + MessageHeader.LENGTH, length - MessageHeader.LENGTH);
            if (d != null && fitsThisMachine(d)) {
                onDirectory(d, MessageHeader.senderId(b, offset), MessageHeader.epoch(b, offset),
                        MessageHeader.directoryVersion(b, offset), header.sessionId());
            }
        }
    }

    private void onDirectory(Directory d, long sender, long e, int version, int imageSession) {
        if (sender != currentSender) {
            if (currentSender != 0) {
                senderRestarts.increment();
            }
            endPartial();
            currentSender = sender;
            expectSeq = 0;   // a new sender numbers its frames from 1 again
        }
        if (server == null || e != epoch.get() || !directory.isPrefixOf(d)) {
            if (server != null) {
                sessionChanges.increment();
                endPartial();
                server.destroy();
                server = null;
            }
            server = ShmxServer.create(config.channel(), channelConfig(d), d.streams());
            epoch.set(e);
        } else if (d.streams().size() > directory.streams().size()) {
            for (StreamSpec s : d.streams().subList(directory.streams().size(), d.streams().size())) {
                server.addStream(s);
            }
        }
        directory = d;
        streams = server.streams();
        directoryVersion = version;
        hasDirectory = true;
        long need = FrameBody.maxLength(d.frameBytesCap(), d.streams().size());
        if (body.byteSize() < need) {
            bodyBuffer = ByteBuffer.allocateDirect((int) Math.min(Integer.MAX_VALUE - 64, need));
            body = MemorySegment.ofBuffer(bodyBuffer);
        }
        updateStatusTarget(d.statusPort(), imageSession);
    }

    /** A directory from the network whose sizes do not fit an int (or are absurd) is ignored, not trusted. */
    static boolean fitsThisMachine(Directory d) {
        return d.slots() > 0 && d.slots() <= 1 << 20 && d.readerSlots() > 0 && d.readerSlots() <= 1 << 16
                && d.staticBytesCap() > 0 && d.staticBytesCap() <= 1 << 30 && d.frameBytesCap() > 0
                && d.frameBytesCap() <= 1 << 30 && d.controlPerReader() >= 0 && d.controlPerReader() <= 1 << 30;
    }

    private ChannelConfig channelConfig(Directory d) {
        ChannelConfig c = ChannelConfig.defaults()
                .withSlots(config.slots() > 0 ? config.slots() : (int) d.slots())
                .withReaderSlots((int) d.readerSlots())
                .withStaticBytesCap((int) d.staticBytesCap())
                .withFrameBytesCap((int) d.frameBytesCap())
                .withControlPerReader((int) d.controlPerReader());
        return config.replaceLive() ? c.withReplaceLive(true) : c;
    }

    private void onChunk(DirectBuffer b, int offset, int length, int imageSession) {
        long sender = MessageHeader.senderId(b, offset);
        if (server == null || sender != currentSender || MessageHeader.epoch(b, offset) != epoch.get()
                || MessageHeader.directoryVersion(b, offset) != directoryVersion) {
            return;   // not for the directory applied: wait for it (the sender sends it first)
        }
        long s = MessageHeader.seq(b, offset);
        int off = MessageHeader.chunkOffset(b, offset);
        int total = MessageHeader.bodyLength(b, offset);
        int n = length - MessageHeader.LENGTH;
        if (assemblingSeq != 0 && (s != assemblingSeq || imageSession != assemblingImage)) {
            endPartial();
        }
        if (off == 0) {
            countGapBefore(s);
            if (total < FrameBody.FIXED || total > body.byteSize() || n > total) {
                rejected.increment();
                lost.increment();
                return;
            }
            assemblingSeq = s;
            assemblingImage = imageSession;
            assembled = 0;
        } else if (s != assemblingSeq || off != assembled) {
            // the middle of a frame whose start this receiver never got
            if (expectSeq != 0 && s >= expectSeq) {
                countGapBefore(s);
                lost.increment();
            }
            return;
        }
        if (n < 0 || (long) off + n > total || total > body.byteSize()) {
            assemblingSeq = 0;
            rejected.increment();
            lost.increment();
            return;
        }
        b.getBytes(offset + MessageHeader.LENGTH, bodyBuffer, off, n);
        assembled += n;
        if (assembled == total) {
            assemblingSeq = 0;
            long id = FrameBody.copyIn(body, total, server.beginFrame(), streams);
            if (id == FrameBody.REJECTED) {
                rejected.increment();
                lost.increment();
            } else {
                framesReceived.increment();
                bytesReceived.add(total);
            }
        }
    }

    /** Counts the frame numbers between the last one started and {@code s} as lost, and moves on to {@code s}. */
    private void countGapBefore(long s) {
        if (expectSeq == 0) {
            firstSeq.set(s);
        } else if (s > expectSeq) {
            lost.add(s - expectSeq);
        }
        if (s >= expectSeq) {
            expectSeq = s + 1;
            lastSeq.set(s);
        }
    }

    private void endPartial() {
        if (assemblingSeq != 0) {
            lost.increment();
            assemblingSeq = 0;
        }
    }

    private void updateStatusTarget(int port, int imageSession) {
        if (port <= 0) {
            return;
        }
        Image img = subscription.imageBySessionId(imageSession);
        if (img == null) {
            return;
        }
        String source = img.sourceIdentity();
        int colon = source.lastIndexOf(':');
        if (colon <= 0) {
            return;
        }
        String host = source.substring(0, colon);
        String target = "aeron:udp?endpoint=" + host + ":" + port;
        if (target.equals(statusTarget)) {
            return;
        }
        if (statusPublication != null) {
            statusPublication.close();
        }
        statusTarget = target;
        try {
            statusPublication = media.aeron().addExclusivePublication(target, config.statusStreamId());
        } catch (RuntimeException e) {
            statusPublication = null;   // status is best effort; frames still flow
        }
    }

    private void sendStatus() {
        ExclusivePublication p = statusPublication;
        if (p == null) {
            return;
        }
        int len = StatusCodec.encode(statusBuffer, MessageHeader.LENGTH, receiverId, framesReceived.get(), lost.get(),
                bytesReceived.get(), lastSeq.get(), receiverName);
        MessageHeader.write(statusBuffer, 0, MessageHeader.TYPE_STATUS, len, currentSender, epoch.get(), lastSeq.get(),
                0, directoryVersion);
        p.offer(statusBuffer, 0, MessageHeader.LENGTH + len);
    }

    // ------------------------------------------------------------------ public

    public ReceiverStats stats() {
        return new ReceiverStats(config.channel(), config.uri(), subscription.imageCount() > 0, hasDirectory,
                epoch.get(), framesReceived.get(), bytesReceived.get(), lost.get(), rejected.get(), firstSeq.get(),
                lastSeq.get(), sessionChanges.get(), senderRestarts.get(), media.counters().naksSent(),
                media.counters().lossGapFills());
    }

    public String aeronDirectory() {
        return media.directory();
    }

    public Throwable failure() {
        return failure;
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Stops, removes the local channel (unless kept) and closes the embedded driver (deleting its directory). */
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
