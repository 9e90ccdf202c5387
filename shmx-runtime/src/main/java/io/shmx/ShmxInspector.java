package io.shmx;

import io.shmx.internal.directory.StaticDirectory;
import io.shmx.internal.frame.FrameHeaderDescriptor;
import io.shmx.internal.frame.FrameReader;
import io.shmx.internal.frame.FrameView;
import io.shmx.internal.readers.ReaderSlotTable;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.region.MappedRegion;
import io.shmx.internal.region.Platform;
import io.shmx.internal.region.RegionCopier;
import io.shmx.internal.region.RegionLayout;
import io.shmx.internal.region.RegionProber;
import io.shmx.internal.wire.Fnv;
import io.shmx.internal.wire.MappingFaults;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Read-only view of a region: maps it read-only (needs no write permission) and never writes.
 * Opens a live channel by name or a region saved as a plain file.
 *
 * <p>Every header field is validated against the file before the region is mapped, and every
 * value read afterwards is bounds-checked; a region truncated while open surfaces as
 * {@link RegionTruncatedException}.
 */
public final class ShmxInspector implements AutoCloseable {
    private static final int SNAPSHOT_ATTEMPTS = 16;

    private final MappedRegion mapped;
    private final MemorySegment region;
    private final RegionLayout layout;
    private final String what;
    private final ReaderSlotTable readers;
    private boolean closed;

    private ShmxInspector(MappedRegion mapped) {
        this.mapped = mapped;
        this.region = mapped.segment();
        this.layout = mapped.layout();
        this.what = mapped.what();
        try {
            this.readers = ReaderSlotTable.ofLayout(region, layout);
        } catch (RuntimeException e) {
            mapped.close();
            throw e;
        }
    }

    /**
     * Opens the live channel {@code name} read-only: it claims no reader slot and writes nothing.
     *
     * @param name the channel name: the region is {@code /dev/shm/<name>}
     * @return the open inspector
     */
    public static ShmxInspector open(String name) {
        String n = Platform.normalizeName(name);
        Platform platform = Platform.current();
        return new ShmxInspector(platform.mapExisting(platform.regionPath(n), true, "channel '" + n + "'"));
    }

    /**
     * Opens a region saved as a file (by {@link #copyTo(Path)} or the original library), read-only.
     *
     * @param file the region file
     * @return the open inspector
     */
    public static ShmxInspector openFile(Path file) {
        if (file == null) {
            throw new InvalidArgumentException("file is null; pass the path of a saved region file");
        }
        return new ShmxInspector(Platform.current().mapExisting(file, true, "region file " + file));
    }

    /**
     * What {@code file} is: a usable shmx 2.x region (with its header, producer state and producer
     * pid), no shmx region at all, missing, or a shmx file that cannot be used, with a one-line reason.
     * Never throws for anything the file is or lacks; reads it without writing and, inside a
     * producer's JVM, through that producer's descriptor (so its liveness lock is kept).
     *
     * @param file the region file
     * @return the verdict on the file
     * @throws InvalidArgumentException when {@code file} is null
     */
    public static RegionProbe probe(Path file) {
        return RegionProber.probe(file);
    }

    /** {@return a snapshot of the GlobalHeader} */
    public HeaderInfo headerInfo() {
        return read(() -> GlobalHeaderDescriptor.snapshot(region));
    }

    /** {@return the streams of the channel's static directory} */
    public List<StreamSpec> streams() {
        return read(() -> StaticDirectory.read(region, layout).streams());
    }

    /** {@return reader slots that are in use or hold a reader id} */
    public List<ReaderInfo> readers() {
        return read(() -> readers.snapshot());
    }

    /** {@return every frame slot's header, with the session, size and checksum checks applied} */
    public List<SlotInfo> slots() {
        return read(this::readSlots);
    }

    private List<SlotInfo> readSlots() {
        long session = GlobalHeaderDescriptor.sessionId(region);
        List<SlotInfo> out = new ArrayList<>();
        for (int i = 0; i < layout.slots(); i++) {
            long off = layout.slotOffset(i);
            long payload = FrameHeaderDescriptor.payloadBytes(region, off);
            long checksum = FrameHeaderDescriptor.checksum(region, off);
            boolean sessionMatches = FrameHeaderDescriptor.sessionIdCopy(region, off) == session;
            boolean readable = sessionMatches && payload > 0 && payload <= layout.frameBytesCap();
            boolean checksumOk = readable && Fnv.checksum32(region, off + FrameHeaderDescriptor.PAYLOAD_OFFSET,
                    payload) == checksum;
            out.add(new SlotInfo(i, FrameHeaderDescriptor.frameIdAcquire(region, off),
                    FrameHeaderDescriptor.simTime(region, off), payload,
                    FrameHeaderDescriptor.tlvCount(region, off), checksum, sessionMatches, readable, checksumOk));
        }
        return out;
    }

    /**
     * The latest valid frame copied out, or {@code null}.
     *
     * @return the reader's reused {@link Frame} holding the newest frame, or {@code null}
     */
    public FrameSnapshot latest() {
        return read(this::readLatest);
    }

    private FrameSnapshot readLatest() {
        StaticDirectory dir = StaticDirectory.read(region, layout);
        FrameReader reader = new FrameReader(region, layout);
        FrameView view = new FrameView();
        for (int attempt = 0; attempt < SNAPSHOT_ATTEMPTS; attempt++) {
            if (!reader.latest(view)) {
                return null;
            }
            List<FrameSnapshot.StreamData> streams = new ArrayList<>(view.streamCount());
            for (int i = 0; i < view.streamCount(); i++) {
                int id = view.streamIdAt(i);
                byte[] data = new byte[(int) Math.min(view.byteCountAt(i), Integer.MAX_VALUE - 8)];
                MemorySegment.copy(view.slot(), java.lang.foreign.ValueLayout.JAVA_BYTE, view.offsetAt(i), data, 0,
                        data.length);
                streams.add(new FrameSnapshot.StreamData(id, dir.nameOf(id), view.elemCountAt(i),
                        view.byteCountAt(i), data));
            }
            if (view.isValid()) {
                return new FrameSnapshot(view.frameId(), view.simTime(), view.payloadBytes(), view.tlvCount(),
                        List.copyOf(streams));
            }
        }
        return null;
    }

    /**
     * Control messages not yet polled by the producer, copied, in ring order per reader slot (slots in
     * order), each with the id the slot holds now; nothing is consumed or written. On a live channel
     * this is a snapshot: the producer may poll meanwhile. A ring that breaks the format contributes
     * the messages before the broken record.
     *
     * @return the pending messages, in ring order per reader slot
     */
    public List<ControlMessage> pendingControl() {
        ensureOpen();
        List<ControlMessage> out = new ArrayList<>();
        if (!readers.hasControlRings()) {
            return out;
        }
        MappingFaults.guardRun(what, () -> {
            for (int i = 0; i < readers.slotCount(); i++) {
                readers.ring(i).poller().peek(i, readers.readerId(i), (index, readerId, type, data) ->
                        out.add(new ControlMessage(index, readerId, type, data.toArray(ValueLayout.JAVA_BYTE))),
                        Integer.MAX_VALUE);
            }
        });
        return out;
    }

    /**
     * What this inspector knows about the region's producer (see {@link ShmxClient#producerState()}).
     *
     * @return what is known about the producer
     */
    public ProducerState producerState() {
        ensureOpen();
        return Platform.current().probe(mapped);
    }

    /**
     * The process id the producer stored in the header when it created the region (an extension word
     * of this implementation), or 0 for a region of the original library. For display: whether that
     * process still runs is {@link #producerState()}'s answer, never the pid's (a pid can be reused
     * once its process ended, so show it only while the state is {@link ProducerState#ALIVE}). The
     * number is the producer's pid in its own pid namespace.
     *
     * @return the producer's process id, or 0
     */
    public long producerPid() {
        return read(() -> GlobalHeaderDescriptor.producerPid(region));
    }

    /**
     * Writes a consistent snapshot of the whole region to {@code target} (replaced if it exists), for
     * {@link #openFile(Path)} to read back; the region is only read. Copies while no frame is published
     * and the static directory holds still; against a producer that never pauses, keeps the last whole
     * copy and refreshes its header, static directory and latest frame consistently instead
     * ({@link RegionCopy.Consistency}). The file appears complete or not at all (written beside the
     * target, then moved).
     *
     * @param target the file to write the copy to (created; it must not exist)
     * @return what was copied
     * @throws java.io.UncheckedIOException when {@code target} cannot be written
     * @throws ShmxException                when the region changed during every attempt
     * @throws RegionTruncatedException     when the region file shrank while being copied
     */
    public RegionCopy copyTo(Path target) {
        ensureOpen();
        if (target == null) {
            throw new InvalidArgumentException("target is null; pass the path of the file to write");
        }
        return MappingFaults.guard(what, () -> RegionCopier.copy(mapped, target));
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            mapped.close();
        }
    }

    /** Reads the open region, a mapping fault becoming {@link RegionTruncatedException}. */
    private <T> T read(Supplier<T> body) {
        ensureOpen();
        return MappingFaults.guard(what, body);
    }

    private void ensureOpen() {
        if (closed) {
            throw new ChannelClosedException(what + ": this inspector is closed; open a new ShmxInspector");
        }
    }
}
