package io.shmx;

import io.shmx.internal.control.ControlPoller;
import io.shmx.internal.directory.ChannelValidation;
import io.shmx.internal.directory.DirectoryEntryCodec;
import io.shmx.internal.directory.StaticAreaWriter;
import io.shmx.internal.directory.StaticDirectory;
import io.shmx.internal.frame.FrameBuilder;
import io.shmx.internal.jfr.ShmxEvents;
import io.shmx.internal.readers.ReaderSlotReaper;
import io.shmx.internal.readers.ReaderSlotTable;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.region.Platform;
import io.shmx.internal.region.ProducerFile;
import io.shmx.internal.region.RegionInitializer;
import io.shmx.internal.region.RegionLayout;
import io.shmx.internal.wire.MappingFaults;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
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
 *
 * <h2>Readers and control messages</h2>
 * Every reader holds a reader slot (its id, a heartbeat and the last frame it read) and sends
 * control messages through that slot's ring. The producer, on its one thread:
 * <pre>{@code
 * IdleStrategy idle = new BackoffIdleStrategy();
 * while (running) {
 *     int n = server.pollControl((index, readerId, type, data) -> handle(readerId, type, data), 64);
 *     if (++loops % 10_000 == 0) {
 *         server.reapStaleReaders(Duration.ofSeconds(5));   // free the slots of readers gone silent
 *     }
 *     idle.idle(n);
 * }
 * }</pre>
 * Messages are attributed to the reader that sent them, also when it closed right after sending
 * (its slot stays held until they are polled). A ring that breaks the format is skipped and
 * reported once ({@link #controlFaults()}, and a WARNING on the {@code io.shmx} logger); the other
 * readers' messages still arrive.
 *
 * <p>This file runs past 400 lines because it carries the producer's contract in javadoc; its
 * code, about 250 lines, delegates to {@code io.shmx.internal}: region creation ({@code region}),
 * frames ({@code frame.FrameBuilder}), the static area ({@code directory}) and the reader slots
 * and control rings ({@code readers.ReaderSlotReaper}).
 */
public final class ShmxServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("io.shmx");

    private final String name;
    private final ChannelConfig config;
    private final ProducerFile file;
    private final MemorySegment region;
    private final RegionLayout layout;
    private final FrameBuilder builder;
    private final FrameWriter writer;
    private final String what;
    private final ReaderSlotTable readers;
    private final ReaderSlotReaper reaper;
    /** Per slot, the reader id of the last fault logged (producer thread only). */
    private final long[] loggedFaultIds;
    private final boolean[] faultLogged;
    private long faultEventsSeen;
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
        this.builder = new FrameBuilder(region, layout, sessionId, config.compatibility(), streams,
                config.checkedSegments());
        this.writer = new FrameWriter(this, builder);
        builder.onInactive(this::ensureOpen); // outside a frame, report a closed channel first
        this.readers = ReaderSlotTable.ofLayout(region, layout);
        this.reaper = readers.reaper();
        this.loggedFaultIds = new long[readers.slotCount()];
        this.faultLogged = new boolean[readers.slotCount()];
        reaper.channel(name);
        ShmxEvents.opened(this);
    }

    /**
     * Creates the channel {@code name} with the default config.
     *
     * @param name the channel name: the region is {@code /dev/shm/<name>}
     * @param streams the streams of the channel's directory, in order
     * @return the producer of the new channel
     */
    public static ShmxServer create(String name, List<StreamSpec> streams) {
        return create(name, ChannelConfig.defaults(), streams);
    }

    /**
     * Creates the channel {@code name} ({@code /dev/shm/<name>}).
     *
     * @param name the channel name: the region is {@code /dev/shm/<name>}
     * @param config the channel's sizes and options
     * @param streams the streams of the channel's directory, in order
     * @return the producer of the new channel
     */
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
        ProducerFile file = platform.createProducer(n, layout.totalBytes(), config.permissions(), config.replaceLive(),
                config.compatibility(), seg -> RegionInitializer.initialize(seg, layout, directory,
                        config.compatibility(), platform.pid()));
        try {
            return new ShmxServer(n, config, file, layout, GlobalHeaderDescriptor.sessionId(file.segment()), specs);
        } catch (RuntimeException | Error e) {
            file.close(true);
            throw e;
        }
    }

    /** {@return the channel name} */
    public String name() { return name; }

    /** {@return the channel's configuration} */
    public ChannelConfig config() { return config; }

    /** {@return the streams of the directory, in directory order} */
    public List<StreamSpec> streams() { return streams; }

    /**
     * Begins a frame (dropping one in progress).
     *
     * @return the server's reusable frame writer
     */
    public FrameWriter beginFrame() {
        ensureOpen();
        builder.begin();
        return writer;
    }

    /** {@return frames published so far (the id of the last one)} */
    public long framesPublished() {
        return builder.published();
    }

    /** {@return the region's session id (random per creation)} */
    public long sessionId() {
        ensureOpen();
        return GlobalHeaderDescriptor.sessionId(region);
    }

    /** {@return the region file ({@code /dev/shm/<name>})} */
    public java.nio.file.Path file() {
        return file.file();
    }

    /** {@return a snapshot of the GlobalHeader} */
    public HeaderInfo headerInfo() {
        ensureOpen();
        return MappingFaults.guard(what, () -> GlobalHeaderDescriptor.snapshot(region));
    }

    /**
     * Polls up to {@code maxMessages} control messages, each copied into a {@link ControlMessage}
     * (allocates; {@link #pollControl(ControlHandler, int)} does not). Empty when the channel has
     * no control rings.
     *
     * @param maxMessages the most messages to take in this call
     * @return the messages taken, in order
     */
    public List<ControlMessage> pollControl(int maxMessages) {
        List<ControlMessage> out = new ArrayList<>();
        pollControl((index, readerId, type, data) ->
                out.add(new ControlMessage(index, readerId, type, data.toArray(ValueLayout.JAVA_BYTE))), maxMessages);
        return out;
    }

    /**
     * Hands up to {@code maxMessages} control messages to {@code handler}, each with the slot and id
     * of the reader that sent it; returns how many. Messages of one reader come in the order it sent
     * them; the rings are visited round robin, starting one slot further on each call, so a busy
     * reader cannot starve the others. {@code data} is a read-only view of the ring, valid only
     * during the call: copy what you keep. Allocates nothing, takes no lock, makes no system call in
     * steady state (the first message at a new position and length in a ring creates a cached view).
     * Producer thread only. If the handler throws, the messages before it and the one it was given
     * are consumed and the exception propagates.
     *
     * @param handler called once per message, with the message's bytes in place
     * @param maxMessages the most messages to take in this call
     * @return how many messages were delivered; 0 when the channel has no control rings
     */
    public int pollControl(ControlHandler handler, int maxMessages) {
        ensureOpen();
        if (handler == null) {
            throw new InvalidArgumentException("handler is null; pass a ControlHandler such as "
                    + "(index, readerId, type, data) -> ..., or use pollControl(int) for copies");
        }
        if (maxMessages < 0) {
            throw new InvalidArgumentException("maxMessages = " + maxMessages + " is negative; pass how many "
                    + "messages one call may deliver at most, e.g. 64");
        }
        try {
            int delivered = reaper.pollControl(handler, maxMessages);
            if (reaper.faultEvents() != faultEventsSeen) {
                faultEventsSeen = reaper.faultEvents();
                logNewFaults();
            }
            return delivered;
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, what);
        }
    }

    /**
     * The control rings the producer stopped reading because they broke the format, in slot order
     * (empty when all are sound). A faulted ring is read again, from a clean state, once its slot
     * has a new owner. Each fault is also logged once as a WARNING on the {@code io.shmx} logger.
     *
     * @return the control rings found faulty, with what was wrong
     */
    public List<ControlFault> controlFaults() {
        ensureOpen();
        List<ControlFault> out = new ArrayList<>();
        if (!readers.hasControlRings()) {
            return out;
        }
        for (int i = 0; i < readers.slotCount(); i++) {
            ControlPoller ring = readers.ring(i).poller();
            if (ring.fault() != ControlPoller.Fault.NONE) {
                out.add(new ControlFault(i, ring.faultReaderId(), ring.fault().description()));
            }
        }
        return out;
    }

    private void logNewFaults() {
        for (ControlFault f : controlFaults()) {
            int i = f.readerIndex();
            if (faultLogged[i] && loggedFaultIds[i] == f.readerId()) {
                continue;
            }
            faultLogged[i] = true;
            loggedFaultIds[i] = f.readerId();
            LOG.log(System.Logger.Level.WARNING, () -> what + ": the control ring of reader slot " + i + " (reader id "
                    + Long.toUnsignedString(f.readerId()) + ") is broken: " + f.reason() + "; its messages are "
                    + "no longer read until the slot has a new owner; the other readers are served as before. "
                    + "The reader process writes its ring without following the format: check its shmx version");
        }
        for (int i = 0; i < faultLogged.length; i++) {
            if (faultLogged[i] && reaper.controlFault(i) == ControlPoller.Fault.NONE) {
                faultLogged[i] = false; // cleared by a new owner: a later fault is news again
            }
        }
    }

    /** {@return every reader slot that is in use or holds a reader id, in slot order} */
    public List<ReaderInfo> snapshotReaders() {
        ensureOpen();
        return MappingFaults.guard(what, readers::snapshot);
    }

    /**
     * Frees reader slots whose heartbeat is older than {@code nowNanos - timeoutNanos} (readers that
     * died or stopped reading), dropping the messages left in their rings; returns how many. A
     * heartbeat implausibly far ahead of {@code nowNanos} (more than {@code max(timeout, 1 s)})
     * counts as stale too. Also frees the slots of readers that closed once their last messages
     * were polled. A reaped reader that is still alive notices on its next read or send and takes
     * a new slot; it can never free the slot of the reader that got its old one. Producer thread only.
     *
     * @param nowNanos     {@link System#nanoTime()} (CLOCK_MONOTONIC, the readers' clock)
     * @param timeoutNanos how long a reader may stay silent (>= 0); clients that are reading or
     *                     polling heartbeat at least every {@value ShmxClient#CHECK_INTERVAL_MILLIS} ms
     * @return how many reader slots were freed
     */
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
        return MappingFaults.guard(what, () -> reaper.reapStale(nowNanos, timeoutNanos));
    }

    /**
     * Frees reader slots silent for longer than {@code timeout} (see {@link #reapStaleReaders(long, long)}).
     *
     * @param timeout how long to wait at most
     * @return how many
     */
    public int reapStaleReaders(Duration timeout) {
        if (timeout == null || timeout.isNegative()) {
            throw new InvalidArgumentException("timeout = " + timeout + " is not a duration >= 0; pass how long a "
                    + "reader may stay silent, e.g. Duration.ofSeconds(5)");
        }
        long nanos;
        try {
            nanos = timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            nanos = Long.MAX_VALUE;
        }
        return reapStaleReaders(System.nanoTime(), nanos);
    }

    /**
     * Appends raw bytes to the static area (the seed's {@code write_static_append}).
     *
     * @param bytes the bytes to append
     */
    public void writeStaticAppend(byte[] bytes) {
        ensureOpen();
        if (bytes == null) {
            throw new InvalidArgumentException("bytes is null; pass the bytes to append (an empty array appends nothing)");
        }
        MappingFaults.guardRun(what, () -> {
            checkAppendedEntries(bytes);
            StaticAreaWriter.append(region, layout, bytes, what);
            refreshStreams();
        });
    }

    /**
     * Appends a directory entry for a new stream (schema evolution). Readers see it after
     * {@link ShmxClient#refreshStatic()}.
     *
     * @param spec the new stream, whose id and name must be unused
     */
    public void addStream(StreamSpec spec) {
        ensureOpen();
        if (spec == null) {
            throw new InvalidArgumentException("spec is null; pass a StreamSpec such as StreamSpec.of(4, \"x\", DType.F32, 1)");
        }
        List<StreamSpec> all = new ArrayList<>(streams);
        all.add(spec);
        ChannelValidation.checkStreams(all);
        MappingFaults.guardRun(what, () -> {
            StaticDirectory dir = StaticDirectory.read(region, layout);
            if (dir.walkEnd() != dir.used()) {
                throw new InvalidArgumentException(what + ": the static area holds " + (dir.used() - dir.walkEnd())
                        + " raw bytes (from writeStaticAppend) at offset " + dir.walkEnd() + " that readers cannot "
                        + "walk past, so a stream added after them would stay invisible; add streams before "
                        + "appending raw bytes");
            }
            StaticAreaWriter.append(region, layout, DirectoryEntryCodec.encode(List.of(spec)), "stream " + spec.name());
            refreshStreams();
        });
    }

    /**
     * Readers walk the static area as a directory: raw bytes that happen to continue the walk with
     * directory entries would add streams no one validated. Walks the area as it would be after the
     * append and checks every stream it would show, as {@link #create} and {@link #addStream} do.
     */
    private void checkAppendedEntries(byte[] bytes) {
        StaticDirectory now = StaticDirectory.read(region, layout);
        if (now.walkEnd() != now.used()) {
            return; // the walk already stops before the end: appended bytes are never read as entries
        }
        long used = now.used();
        MemorySegment after = MemorySegment.ofArray(new byte[(int) (used + bytes.length)]);
        MemorySegment.copy(region, ValueLayout.JAVA_BYTE, layout.staticOffset(), after, ValueLayout.JAVA_BYTE, 0, used);
        MemorySegment.copy(bytes, 0, after, ValueLayout.JAVA_BYTE, used, bytes.length);
        List<StreamSpec> seen = StaticDirectory.of(0, after.byteSize(), after).streams();
        if (seen.size() == now.streams().size()) {
            return;
        }
        try {
            ChannelValidation.checkStreams(seen);
        } catch (InvalidArgumentException e) {
            throw new InvalidArgumentException(what + ": writeStaticAppend bytes would be read as directory entries "
                    + "for streams " + seen.subList(now.streams().size(), seen.size()) + ", which break the rules: "
                    + e.getMessage() + "; add streams with addStream(StreamSpec), or start raw bytes with a TLV type "
                    + "other than the directory's", e);
        }
    }

    private void refreshStreams() {
        streams = StaticDirectory.read(region, layout).streams();
        builder.streams(streams);
    }

    /**
     * Marks the region closed for readers, unmaps it and, by default, removes its file (only if the
     * name still refers to this producer's file). With {@link ChannelConfig#keepRegionOnClose()}
     * the file stays in /dev/shm, marked closed, for post-mortem inspection ({@code shmx inspect});
     * that is the default in compatibility mode, where the next producer restarts the region in
     * place so that readers of the original library follow it. Readers already attached keep their
     * mapping either way and see {@link ProducerState#CLOSED}. Idempotent.
     */
    @Override
    public void close() {
        shutdown(!config.keepRegionOnClose());
    }

    /** Closes and removes the region file (only if it is still this producer's file), whatever the config says. */
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
        ShmxEvents.closed(this);
        boolean unmap = builder.abortForClose(); // false: checked segments another live thread holds
        if (file.isBacked(layout.totalBytes())) {
            // truncated between the check and the update: closing still releases everything
            MappingFaults.ignoring(() -> GlobalHeaderDescriptor.orExtFlagsAtomic(region, GlobalHeaderDescriptor.FLAG_CLOSED));
        }
        file.close(unlink, unmap);
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
