package io.shmx;

import java.nio.file.Path;
import java.util.List;

/**
 * Read-only view of a region: maps it read-only (needs no write permission) and never writes.
 * Opens a live channel by name or a region saved as a plain file.
 */
public final class ShmxInspector implements AutoCloseable {
    private ShmxInspector() {}

    public static ShmxInspector open(String name) { throw new UnsupportedOperationException("TODO"); }

    public static ShmxInspector openFile(Path file) { throw new UnsupportedOperationException("TODO"); }

    public HeaderInfo headerInfo() { throw new UnsupportedOperationException("TODO"); }

    public List<StreamSpec> streams() { throw new UnsupportedOperationException("TODO"); }

    /** Reader slots that are in use or hold a reader id. */
    public List<ReaderInfo> readers() { throw new UnsupportedOperationException("TODO"); }

    public List<SlotInfo> slots() { throw new UnsupportedOperationException("TODO"); }

    /** The latest valid frame copied out, or {@code null}. */
    public FrameSnapshot latest() { throw new UnsupportedOperationException("TODO"); }

    /** Control messages not yet polled, in ring order per reader slot, without consuming them. */
    public List<ControlMessage> pendingControl() { throw new UnsupportedOperationException("TODO"); }

    @Override
    public void close() { throw new UnsupportedOperationException("TODO"); }
}
