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
 * The reads a {@link RegionReport} makes of a region, one call per part. {@link #of} adapts the
 * runtime's inspector; tests put a region whose reads take simulated time in its place.
 */
interface RegionReads {
    HeaderInfo headerInfo();

    List<StreamSpec> streams();

    List<ReaderInfo> readers();

    List<SlotInfo> slots();

    FrameSnapshot latest();

    List<ControlMessage> pendingControl();

    ProducerState producerState();

    long producerPid();

    static RegionReads of(ShmxInspector inspector) {
        return new RegionReads() {
            @Override public HeaderInfo headerInfo() { return inspector.headerInfo(); }
            @Override public List<StreamSpec> streams() { return inspector.streams(); }
            @Override public List<ReaderInfo> readers() { return inspector.readers(); }
            @Override public List<SlotInfo> slots() { return inspector.slots(); }
            @Override public FrameSnapshot latest() { return inspector.latest(); }
            @Override public List<ControlMessage> pendingControl() { return inspector.pendingControl(); }
            @Override public ProducerState producerState() { return inspector.producerState(); }
            @Override public long producerPid() { return inspector.producerPid(); }
        };
    }
}
