package io.shmx.jcstress;

import io.shmx.ReaderInfo;
import io.shmx.internal.control.ControlRing;
import io.shmx.internal.readers.ReaderSlotTable;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;

/** A one-slot reader table for the reader-slot tests, and its end state as their arbiters report it. */
final class SlotStates {
    /** Anything else: the slot or the count contradicts every outcome. */
    static final int INCONSISTENT = 0;
    /** The reader owns the slot and readers_connected is 1. */
    static final int OWNED = 1;
    /** The slot is free, holds no id, and readers_connected is 0. */
    static final int FREE = 2;

    private SlotStates() {}

    /** A reader-slot table of one slot without control rings, over fresh native memory. */
    static ReaderSlotTable oneSlotTable() {
        MemorySegment header = Arena.ofAuto().allocate(GlobalHeaderDescriptor.LENGTH, 64);
        MemorySegment slots = Arena.ofAuto().allocate(64, 64);
        return new ReaderSlotTable(slots, 1, header, GlobalHeaderDescriptor.READERS_CONNECTED_OFFSET,
                new ControlRing[0]);
    }

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
