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

/**
 * Everything {@code inspect}, {@code top} and {@code docs --channel} show of a region, read once
 * through the runtime's read-only inspector.
 *
 * @param what           how to name the region in messages
 * @param live           a live channel (heartbeat ages are meaningful) rather than a saved file
 * @param sampledAtNanos {@link System#nanoTime()} when the report was read
 * @param header         the GlobalHeader
 * @param streams        the static directory
 * @param readers        reader slots in use or holding a reader id
 * @param slots          every frame slot's header
 * @param latestRead     the latest valid frame (or {@code null}), with how it was read
 * @param pendingControl control messages not yet polled, in ring order per reader slot
 * @param producer       the runtime's verdict on the region's producer
 * @param producerPid    the live producer's process id, or 0 when not alive or not known
 */
record RegionReport(String what, boolean live, long sampledAtNanos, HeaderInfo header, List<StreamSpec> streams,
                    List<ReaderInfo> readers, List<SlotInfo> slots, LatestFrameRead latestRead,
                    List<ControlMessage> pendingControl, ProducerState producer, long producerPid) {

    static RegionReport read(ShmxInspector inspector, String what, boolean live) {
        return RegionAccess.read(what, () -> {
            HeaderInfo header = inspector.headerInfo();
            List<StreamSpec> streams = inspector.streams();
            List<ReaderInfo> readers = inspector.readers();
            List<SlotInfo> slots = inspector.slots();
            LatestFrameRead latest = LatestFrameRead.read(inspector);
            List<ControlMessage> pending = inspector.pendingControl();
            ProducerState producer = inspector.producerState();
            long pid = ProducerText.shownPid(producer, inspector.producerPid());
            return new RegionReport(what, live, System.nanoTime(), header, streams, readers, slots, latest, pending,
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
        long age = sampledAtNanos - reader.heartbeat();
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
