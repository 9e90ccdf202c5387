package io.shmx.tool;

import io.shmx.ControlMessage;
import io.shmx.FrameSnapshot;
import io.shmx.HeaderInfo;
import io.shmx.ProducerState;
import io.shmx.ReaderInfo;
import io.shmx.ShmxInspector;
import io.shmx.SlotInfo;
import io.shmx.StreamSpec;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Everything {@code inspect}, {@code top} and {@code docs --channel} show of a region, read once
 * through the runtime's read-only inspector.
 *
 * @param what           how to name the region in messages
 * @param live           a live channel (heartbeat ages are meaningful) rather than a saved file
 * @param sampledAtNanos the clock ({@link System#nanoTime()}) when the header, and so
 *                       {@code frame_seq}, was read: the midpoint of two readings taken right
 *                       before and right after a second (warm) read of it, not the end of the
 *                       whole report (whose first read in a JVM is slow), so that rates over two
 *                       reports are right
 * @param readersAtNanos the clock right after the reader slots were read: heartbeat ages count from it
 * @param header         the GlobalHeader
 * @param streams        the static directory
 * @param readers        reader slots in use or holding a reader id
 * @param slots          every frame slot's header
 * @param latestRead     the latest valid frame (or {@code null}), with how it was read
 * @param pendingControl control messages not yet polled, in ring order per reader slot
 * @param producer       the runtime's verdict on the region's producer
 * @param producerPid    the live producer's process id, or 0 when not alive or not known
 */
record RegionReport(String what, boolean live, long sampledAtNanos, long readersAtNanos, HeaderInfo header, List<StreamSpec> streams,
                    List<ReaderInfo> readers, List<SlotInfo> slots, LatestFrameRead latestRead,
                    List<ControlMessage> pendingControl, ProducerState producer, long producerPid) {

    static RegionReport read(ShmxInspector inspector, String what, boolean live) {
        return read(RegionReads.of(inspector), what, live, System::nanoTime);
    }

    /** Reads a report; {@code clock} gives nanoseconds ({@link System#nanoTime()} outside tests). */
    static RegionReport read(RegionReads region, String what, boolean live, LongSupplier clock) {
        return RegionAccess.read(what, () -> {
            region.headerInfo(); // a JVM's first read loads classes and runs cold code: not the one timed
            long before = clock.getAsLong();
            HeaderInfo header = region.headerInfo();
            long after = clock.getAsLong();
            long sampledAt = before + (after - before) / 2;
            List<StreamSpec> streams = region.streams();
            List<ReaderInfo> readers = region.readers();
            long readersAt = clock.getAsLong();
            List<SlotInfo> slots = region.slots();
            LatestFrameRead latest = LatestFrameRead.read(region);
            List<ControlMessage> pending = region.pendingControl();
            ProducerState producer = region.producerState();
            long pid = ProducerText.shownPid(producer, region.producerPid());
            return new RegionReport(what, live, sampledAt, readersAt, header, streams, readers, slots, latest, pending,
                    producer, pid);
        });
    }

    /** The latest valid frame, or {@code null}. */
    FrameSnapshot latest() {
        return latestRead.frame();
    }

    /** Frames the reader is behind the producer ({@code frame_seq - last_frame_seen}), never negative. */
    long lagFrames(ReaderInfo reader) {
        long lag = header.frameSeq() - reader.lastFrameSeen();
        return Long.compareUnsigned(header.frameSeq(), reader.lastFrameSeen()) < 0 ? 0 : lag;
    }

    /** Nanoseconds since the reader's last heartbeat, or -1 for a saved file or a heartbeat in the future. */
    long heartbeatAgeNanos(ReaderInfo reader) {
        if (!live || reader.heartbeat() == 0) {
            return -1;
        }
        long age = readersAtNanos - reader.heartbeat();
        return age < 0 ? -1 : age;
    }

    /** The directory's stream with this id, or {@code null}. */
    StreamSpec stream(int id) {
        for (StreamSpec s : streams) {
            if (s.id() == id) {
                return s;
            }
        }
        return null;
    }
}
