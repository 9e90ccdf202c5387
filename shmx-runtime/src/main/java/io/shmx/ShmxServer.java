package io.shmx;

import io.shmx.internal.ChannelValidation;
import io.shmx.internal.DirectoryEntryCodec;
import io.shmx.internal.Faults;
import io.shmx.internal.FrameBuilder;
import io.shmx.internal.GlobalHeaderDescriptor;
import io.shmx.internal.Platform;
import io.shmx.internal.ProducerFile;
import io.shmx.internal.ReaderAttachment;
import io.shmx.internal.RegionInitializer;
import io.shmx.internal.RegionLayout;
import io.shmx.internal.StaticAreaWriter;
import io.shmx.internal.StaticDirectory;

import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The producer of a channel: creates the shared region and publishes frames into its ring.
 *
 * <p><b>One writer per channel.</b> A channel has exactly one producer; a second live producer on
 * the same name is detected at {@link #create} and refused. A server instance is not thread-safe:
 * use it from one thread at a time.
 *
 * <p>The region file is created owner-only ({@link ChannelConfig#permissions()}), and the producer
 * holds a lock on it for its lifetime, which readers use to tell whether it is alive. A region
 * left by a producer that died is replaced (its readers are told and re-attach).
 */
public final class ShmxServer implements AutoCloseable {
    private final String name;
    private final ChannelConfig config;
    private final ProducerFile file;
    private final MemorySegment region;
    private final RegionLayout layout;
    private final FrameBuilder builder;
    private final FrameWriter writer;
    private final String what;
    private List<StreamSpec> streams;
    private boolean closed;

    private ShmxServer(String name, ChannelConfig config, ProducerFile file, RegionLayout layout, long sessionId,
                       List<StreamSpec> streams) {
        this.name = name;
        this.config = config;
        this.file = file;
        this.region = file.segment();
        this.layout = layout;
        this.streams = streams;
        this.what = "channel '" + name + "'";
        this.builder = new FrameBuilder(region, layout, sessionId, config.compatibility(), streams);
        this.writer = new FrameWriter(this, builder);
    }

    /** Creates the channel {@code name} with the default config. */
    public static ShmxServer create(String name, List<StreamSpec> streams) {
        return create(name, ChannelConfig.defaults(), streams);
    }

    /** Creates the channel {@code name} ({@code /dev/shm/<name>}). */
    public static ShmxServer create(String name, ChannelConfig config, List<StreamSpec> streams) {
        String n = Platform.normalizeName(name);
        ChannelValidation.checkConfig(config);
        ChannelValidation.checkStreams(streams);
        List<StreamSpec> specs = List.copyOf(streams);
        byte[] directory = DirectoryEntryCodec.encode(specs);
        if (config.staticBytesCap() != 0 && directory.length > config.staticBytesCap()) {
            throw new InvalidArgumentException("staticBytesCap = " + config.staticBytesCap() + " is too small: the "
                    + "directory of " + specs.size() + " streams needs " + directory.length + " bytes; use "
                    + "ChannelConfig.withStaticBytesCap(" + directory.length + ") or more, or 0 to size it to the "
                    + "directory");
        }
        RegionLayout layout = RegionLayout.compute(config.slots(), config.frameBytesCap(), config.readerSlots(),
                config.controlPerReader(), config.staticBytesCap(), directory.length);
        Platform platform = Platform.current();
        ProducerFile file = platform.createProducer(n, layout.totalBytes(), config.permissions(), config.replaceLive());
        try {
            long session = RegionInitializer.initialize(file.segment(), layout, directory, config.compatibility(),
                    platform.pid());
            return new ShmxServer(n, config, file, layout, session, specs);
        } catch (RuntimeException | Error e) {
            file.close(true);
            throw e;
        }
    }

    public String name() { return name; }

    public ChannelConfig config() { return config; }

    /** The streams of the directory, in directory order. */
    public List<StreamSpec> streams() { return streams; }

    /** Begins a frame (dropping one in progress); returns the server's reusable frame writer. */
    public FrameWriter beginFrame() {
        ensureOpen();
        builder.begin();
        return writer;
    }

    /** Frames published so far (the id of the last one). */
    public long framesPublished() {
        return builder.published();
    }

    /** The region's session id (random per creation). */
    public long sessionId() {
        ensureOpen();
        return GlobalHeaderDescriptor.sessionId(region);
    }

    /** The region file ({@code /dev/shm/<name>}). */
    public java.nio.file.Path file() {
        return file.file();
    }

    public HeaderInfo headerInfo() {
        ensureOpen();
        try {
            return GlobalHeaderDescriptor.snapshot(region);
        } catch (InternalError e) {
            throw Faults.truncated(e, what);
        }
    }

    /** Polls up to {@code maxMessages} control messages, copied. */
    public List<ControlMessage> pollControl(int maxMessages) {
        throw new UnsupportedOperationException("control rings: not yet implemented");
    }

    /** Hands up to {@code maxMessages} control messages to {@code handler} without copying or allocating; returns how many. */
    public int pollControl(ControlHandler handler, int maxMessages) {
        throw new UnsupportedOperationException("control rings: not yet implemented");
    }

    /** Every reader slot that is in use or holds a reader id. */
    public List<ReaderInfo> snapshotReaders() {
        ensureOpen();
        try {
            return ReaderAttachment.snapshot(region, layout);
        } catch (InternalError e) {
            throw Faults.truncated(e, what);
        }
    }

    /** Frees reader slots whose heartbeat is older than {@code nowNanos - timeoutNanos}; returns how many. */
    public int reapStaleReaders(long nowNanos, long timeoutNanos) {
        ensureOpen();
        if (timeoutNanos < 0) {
            throw new InvalidArgumentException("timeoutNanos = " + timeoutNanos + " is negative; pass how long a "
                    + "reader may stay silent, e.g. Duration.ofSeconds(5).toNanos()");
        }
        if (!file.isBacked(layout.totalBytes())) {
            throw new RegionTruncatedException(what + ": the region file was truncated under the producer; "
                    + "reader slots cannot be reaped; re-create the channel");
        }
        try {
            return ReaderAttachment.reap(region, layout, nowNanos, timeoutNanos);
        } catch (InternalError e) {
            throw Faults.truncated(e, what);
        }
    }

    /** Frees reader slots silent for longer than {@code timeout}; returns how many. */
    public int reapStaleReaders(Duration timeout) {
        return reapStaleReaders(System.nanoTime(), timeout.toNanos());
    }

    /** Appends raw bytes to the static area (the seed's {@code write_static_append}). */
    public void writeStaticAppend(byte[] bytes) {
        ensureOpen();
        if (bytes == null) {
            throw new InvalidArgumentException("bytes is null; pass the bytes to append (an empty array appends nothing)");
        }
        try {
            StaticAreaWriter.append(region, layout, bytes, what);
            refreshStreams();
        } catch (InternalError e) {
            throw Faults.truncated(e, what);
        }
    }

    /**
     * Appends a directory entry for a new stream (schema evolution). Readers see it after
     * {@link ShmxClient#refreshStatic()}.
     */
    public void addStream(StreamSpec spec) {
        ensureOpen();
        if (spec == null) {
            throw new InvalidArgumentException("spec is null; pass a StreamSpec such as StreamSpec.of(4, \"x\", DType.F32, 1)");
        }
        List<StreamSpec> all = new ArrayList<>(streams);
        all.add(spec);
        ChannelValidation.checkStreams(all);
        try {
            StaticDirectory dir = StaticDirectory.read(region, layout);
            if (dir.walkEnd() != dir.used()) {
                throw new InvalidArgumentException(what + ": the static area holds " + (dir.used() - dir.walkEnd())
                        + " raw bytes (from writeStaticAppend) at offset " + dir.walkEnd() + " that readers cannot "
                        + "walk past, so a stream added after them would stay invisible; add streams before "
                        + "appending raw bytes");
            }
            StaticAreaWriter.append(region, layout, DirectoryEntryCodec.encode(List.of(spec)), "stream " + spec.name());
            refreshStreams();
        } catch (InternalError e) {
            throw Faults.truncated(e, what);
        }
    }

    private void refreshStreams() {
        streams = StaticDirectory.read(region, layout).streams();
        builder.streams(streams);
    }

    /** Unmaps the region and marks it closed for readers; the file stays. Idempotent. */
    @Override
    public void close() {
        shutdown(false);
    }

    /** Closes and removes the region file (only if it is still this producer's file). */
    public void destroy() {
        shutdown(true);
    }

    private void shutdown(boolean unlink) {
        if (closed) {
            if (unlink) {
                file.unlinkIfStillOurs();
            }
            return;
        }
        closed = true;
        builder.abort();
        if (file.isBacked(layout.totalBytes())) {
            try {
                GlobalHeaderDescriptor.orExtFlagsAtomic(region, GlobalHeaderDescriptor.FLAG_CLOSED);
            } catch (InternalError ignored) {
                // truncated between the check and the update; closing still releases everything
            }
        }
        file.close(unlink);
    }

    void ensureOpen() {
        if (closed) {
            throw new ChannelClosedException(what + " is closed; create a new ShmxServer to publish again");
        }
    }

    String what() {
        return what;
    }
}
