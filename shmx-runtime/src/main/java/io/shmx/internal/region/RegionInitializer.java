package io.shmx.internal.region;

import static io.shmx.internal.region.GlobalHeaderDescriptor.*;

import io.shmx.internal.wire.Fnv;
import io.shmx.internal.wire.Wire;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes the header and static directory of a freshly created (all-zero) region. Every field is
 * written with plain stores and {@code magic} last with a release store, so a reader that sees the
 * magic (acquire) sees a complete header.
 */
public final class RegionInitializer {
    private RegionInitializer() {}

    /** Initializes {@code region}; returns the new session id. */
    public static long initialize(MemorySegment region, RegionLayout l, byte[] directory, boolean checksums, long pid) {
        long session;
        do {
            session = ThreadLocalRandom.current().nextLong();
        } while (session == 0);
        Wire.putU32(region, VER_MAJOR_OFFSET, VERSION_MAJOR);
        Wire.putU32(region, VER_MINOR_OFFSET, VERSION_MINOR);
        Wire.putU32(region, ENDIANNESS_OFFSET, ENDIANNESS_TAG);
        int flags = FLAG_SEQLOCK | FLAG_LIVENESS_LOCK | (checksums ? FLAG_CHECKSUMS : 0);
        Wire.putU32(region, EXT_FLAGS_OFFSET, flags);
        region.set(Wire.U64, SESSION_ID_OFFSET, session);
        Wire.putU32(region, EXT_MAGIC_OFFSET, EXT_MAGIC);
        Wire.putU32(region, STATIC_OFFSET_OFFSET, l.staticOffset());
        Wire.putU32(region, STATIC_BYTES_CAP_OFFSET, l.staticBytesCap());
        Wire.putU32(region, SLOTS_OFFSET, l.slots());
        Wire.putU32(region, SLOT_STRIDE_OFFSET, l.slotStride());
        Wire.putU32(region, SLOTS_OFFSET_OFFSET, l.slotsOffset());
        Wire.putU32(region, FRAME_BYTES_CAP_OFFSET, l.frameBytesCap());
        Wire.putU32(region, READER_SLOTS_OFFSET, l.readerSlots());
        Wire.putU32(region, READER_SLOT_STRIDE_OFFSET, l.readerSlotStride());
        Wire.putU32(region, READERS_OFFSET_OFFSET, l.readersOffset());
        Wire.putU32(region, CONTROL_OFFSET_OFFSET, l.controlOffset());
        Wire.putU32(region, CONTROL_PER_READER_OFFSET, l.controlPerReader());
        Wire.putU32(region, CONTROL_STRIDE_OFFSET, l.controlStride());
        Wire.putU32(region, PRODUCER_PID_OFFSET, pid);
        Wire.putU32(region, EXT_RESERVED_OFFSET, 0);
        MemorySegment.copy(directory, 0, region, ValueLayout.JAVA_BYTE, l.staticOffset(), directory.length);
        Wire.putU32(region, STATIC_BYTES_USED_OFFSET, directory.length);
        region.set(Wire.U64, STATIC_HASH_OFFSET, Fnv.hash64(directory, 0, directory.length));
        Wire.putU32(region, STATIC_GEN_OFFSET, 1);
        putMagicRelease(region, MAGIC);
        return session;
    }
}
