package io.shmx.jcstress;

import io.shmx.ReaderInfo;
import io.shmx.internal.readers.ReaderSlotTable;
import java.util.List;

/** The end state of a one-slot reader table, as the arbiters of the reader-slot tests report it. */
final class SlotStates {
    /** Anything else: the slot or the count contradicts every outcome. */
    static final int INCONSISTENT = 0;
    /** The reader owns the slot and readers_connected is 1. */
    static final int OWNED = 1;
    /** The slot is free, holds no id, and readers_connected is 0. */
    static final int FREE = 2;

    private SlotStates() {}

    /** The state of slot 0 of {@code table} with respect to the reader {@code id}. */
    static int of(ReaderSlotTable table, long id) {
        List<ReaderInfo> readers = table.snapshot();
        long connected = table.readersConnected();
        if (connected == 1 && readers.size() == 1 && readers.getFirst().readerId() == id && readers.getFirst().inUse()
                && table.claims().isOwner(0, id)) {
            return OWNED;
        }
        if (connected == 0 && readers.isEmpty() && !table.claims().isOwner(0, id)) {
            return FREE;
        }
        return INCONSISTENT;
    }
}
