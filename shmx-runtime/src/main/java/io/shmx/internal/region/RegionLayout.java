package io.shmx.internal.region;

import static io.shmx.internal.region.GlobalHeaderDescriptor.*;

import io.shmx.InvalidArgumentException;
import io.shmx.InvalidRegionException;
import io.shmx.RegionNotReadyException;
import io.shmx.internal.control.ControlRingDescriptor;
import io.shmx.internal.frame.FrameHeaderDescriptor;
import io.shmx.internal.wire.Wire;
import java.lang.foreign.MemorySegment;

/**
 * Where everything lives in a region: the one place that computes offsets and strides, both when
 * creating a region ({@link #compute}) and when checking a header read from shared memory
 * ({@link #fromHeader}).
 *
 * <pre>
 *  0               GlobalHeader (128 B)
 *  staticOffset    static area (staticBytesCap B): directory TLVs, then raw appends
 *  readersOffset   readerSlots x reader slot (readerSlotStride = 64 B)
 *  controlOffset   readerSlots x control ring (controlStride B; none when controlPerReader = 0)
 *  slotsOffset     slots x frame slot (slotStride B) = FrameHeader (64 B) + payload
 *  totalBytes      end; at most 2^32 - 1
 * </pre>
 *
 * All arithmetic is done in 64 bits on values that are each at most 2^32 - 1, with every product
 * checked before it is formed, so no untrusted field can wrap an offset.
 */
public record RegionLayout(long staticOffset, long staticBytesCap, long readersOffset, long readerSlots,
                           long readerSlotStride, long controlOffset, long controlPerReader, long controlStride,
                           long slotsOffset, long slots, long slotStride, long frameBytesCap, long totalBytes) {

    /** Smallest non-zero control ring: 16 bytes of counters plus room for one 16-byte message. */
    public static final int MIN_CONTROL_PER_READER = 32;

    /** Offset of slot {@code i}'s FrameHeader. */
    public long slotOffset(int i) {
        return slotsOffset + i * slotStride;
    }

    /** Offset of reader slot {@code i}. */
    public long readerOffset(int i) {
        return readersOffset + i * readerSlotStride;
    }

    /**
     * Layout of a new region. Arguments are assumed individually valid (checked by the config
     * validation); this checks that the sizes they add up to fit the format.
     *
     * @param staticBytesCapConfig the configured static area, 0 = sized to the directory
     * @param directoryBytes       bytes of the initial directory
     */
    public static RegionLayout compute(long slots, long frameBytesCap, long readerSlots, long controlPerReader,
                                       long staticBytesCapConfig, long directoryBytes) {
        long staticCap = Wire.align64(staticBytesCapConfig != 0 ? staticBytesCapConfig : directoryBytes);
        long staticOffset = LENGTH;
        long readersOffset = Wire.align64(staticOffset + staticCap);
        long controlOffset = Wire.align64(readersOffset + readerSlots * READER_SLOT_STRIDE);
        long controlStride = Wire.align64(controlPerReader);
        long slotsOffset = Wire.align64(controlOffset + controlStride * readerSlots);
        long slotStride = FrameHeaderDescriptor.LENGTH + Wire.align64(frameBytesCap);
        long total = slotStride > Wire.U32_MAX || slots > Wire.U32_MAX / slotStride
                ? Long.MAX_VALUE : slotsOffset + slots * slotStride;
        if (total > Wire.U32_MAX) {
            throw new InvalidArgumentException("a region of " + (total == Long.MAX_VALUE ? "more than 2^32" : total)
                    + " bytes is needed (" + slots + " slots x " + slotStride + " bytes per slot after "
                    + slotsOffset + " bytes of header, directory, reader slots and control rings), but the shmx 2.0 "
                    + "format addresses at most " + Wire.U32_MAX + " bytes; lower ChannelConfig.withSlots, "
                    + "withFrameBytesCap, withReaderSlots or withControlPerReader");
        }
        return new RegionLayout(staticOffset, staticCap, readersOffset, readerSlots, READER_SLOT_STRIDE,
                controlOffset, controlPerReader, controlStride, slotsOffset, slots, slotStride, frameBytesCap, total);
    }

    /**
     * Reads and checks the layout of a header from shared memory (plain reads; the segment may be a
     * heap copy). Every field is bounded, regions must not overlap and must fit {@code fileSize}.
     *
     * @param what the region's name or file, for messages
     */
    public static RegionLayout fromHeader(MemorySegment header, long fileSize, String what) {
        switch (HeaderIdentity.of(header, fileSize)) {
            case TOO_SHORT -> throw new RegionNotReadyException(what + " is " + fileSize + " bytes, smaller than the "
                    + "128-byte shmx header: its producer has not sized it yet (or it is not an shmx region); retry "
                    + "once the producer is up");
            case NO_MAGIC -> throw new RegionNotReadyException(what + " has no magic yet: its producer is "
                    + "still creating it (or it is not an shmx region); retry once the producer is up");
            case OTHER_MAGIC -> throw new InvalidRegionException(what + " is not an shmx region: magic 0x"
                    + Long.toHexString(header.get(Wire.U64, MAGIC_OFFSET)) + ", expected 0x" + Long.toHexString(MAGIC)
                    + " (\"HINA_SHM\")");
            case OTHER_VERSION -> throw new InvalidRegionException(what + " uses shmx format version "
                    + Wire.u32(header, VER_MAJOR_OFFSET) + "." + Wire.u32(header, VER_MINOR_OFFSET)
                    + "; this library reads version 2.x only");
            case OTHER_ENDIANNESS -> throw new InvalidRegionException(what + " has endianness tag 0x"
                    + Long.toHexString(Wire.u32(header, ENDIANNESS_OFFSET))
                    + ", expected 0x01020304: it was written by a machine of the other byte order");
            case SHMX_2 -> {
                // a shmx 2.x header: check the layout it describes
            }
        }
        long staticOffset = field(header, STATIC_OFFSET_OFFSET);
        long staticCap = field(header, STATIC_BYTES_CAP_OFFSET);
        long staticUsed = field(header, STATIC_BYTES_USED_OFFSET);
        long slots = field(header, SLOTS_OFFSET);
        long slotStride = field(header, SLOT_STRIDE_OFFSET);
        long slotsOffset = field(header, SLOTS_OFFSET_OFFSET);
        long frameCap = field(header, FRAME_BYTES_CAP_OFFSET);
        long readerSlots = field(header, READER_SLOTS_OFFSET);
        long readerStride = field(header, READER_SLOT_STRIDE_OFFSET);
        long readersOffset = field(header, READERS_OFFSET_OFFSET);
        long controlOffset = field(header, CONTROL_OFFSET_OFFSET);
        long controlPer = field(header, CONTROL_PER_READER_OFFSET);
        long controlStride = field(header, CONTROL_STRIDE_OFFSET);

        String bad = null;
        if (staticOffset < LENGTH) {
            bad = "static_offset " + staticOffset + " overlaps the 128-byte header";
        } else if (staticUsed > staticCap) {
            bad = "static_bytes_used " + staticUsed + " exceeds static_bytes_cap " + staticCap;
        } else if (staticOffset + staticCap > readersOffset) {
            bad = "static area [" + staticOffset + ", +" + staticCap + ") overlaps readers_offset " + readersOffset;
        } else if (readerStride < READER_SLOT_STRIDE || readerStride % 8 != 0 || readersOffset % 8 != 0) {
            bad = "reader slots (offset " + readersOffset + ", stride " + readerStride
                    + ") are not 8-aligned slots of at least 64 bytes";
        } else if (readersOffset + readerSlots * readerStride > controlOffset) {
            bad = "reader slots end at " + (readersOffset + readerSlots * readerStride)
                    + ", past control_offset " + controlOffset;
        } else if (controlPer != 0 && (controlPer < ControlRingDescriptor.MIN_CAPACITY
                || controlPer > Integer.MAX_VALUE)) {
            bad = "control_per_reader " + controlPer + " is neither 0 (no control rings) nor between "
                    + ControlRingDescriptor.MIN_CAPACITY + " and 2^31 - 1 (16 bytes of counters plus a message area)";
        } else if (controlPer != 0 && (controlStride < controlPer || controlOffset % 8 != 0
                || controlStride % 8 != 0)) {
            bad = "control rings (offset " + controlOffset + ", stride " + controlStride + ", capacity "
                    + controlPer + ") are not 8-aligned or smaller than their capacity";
        } else if (controlOffset + controlStride * readerSlots > slotsOffset) {
            bad = "control rings end at " + (controlOffset + controlStride * readerSlots) + ", past slots_offset "
                    + slotsOffset;
        } else if (slots == 0 || frameCap == 0) {
            bad = "slots " + slots + " and frame_bytes_cap " + frameCap + " must both be at least 1";
        } else if (slotStride < FrameHeaderDescriptor.LENGTH + frameCap || slotStride % 8 != 0
                || slotsOffset % 8 != 0) {
            bad = "slot_stride " + slotStride + " / slots_offset " + slotsOffset
                    + " are not 8-aligned or leave less than 64 + frame_bytes_cap (" + frameCap + ") per slot";
        } else if (slots > Wire.U32_MAX / slotStride || slotsOffset + slots * slotStride > Wire.U32_MAX) {
            bad = slots + " slots x " + slotStride + " bytes after offset " + slotsOffset
                    + " exceed the format's 2^32 - 1 byte limit";
        }
        if (bad != null) {
            throw new InvalidRegionException(what + " has an inconsistent header: " + bad
                    + "; the region is corrupt or was not written by shmx");
        }
        long total = slotsOffset + slots * slotStride;
        if (total > fileSize) {
            throw new InvalidRegionException(what + " is truncated: its header describes " + total
                    + " bytes (slots_offset " + slotsOffset + " + " + slots + " slots x " + slotStride
                    + " B) but the file holds only " + fileSize + " (cut short, or still being created)");
        }
        return new RegionLayout(staticOffset, staticCap, readersOffset, readerSlots, readerStride, controlOffset,
                controlPer, controlStride, slotsOffset, slots, slotStride, frameCap, total);
    }

    private static long field(MemorySegment header, int offset) {
        return Wire.u32(header, offset);
    }
}
