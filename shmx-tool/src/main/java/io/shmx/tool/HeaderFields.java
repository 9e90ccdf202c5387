package io.shmx.tool;

import io.shmx.HeaderInfo;
import java.util.List;
import java.util.function.ToLongFunction;

/** Every GlobalHeader field by its wire-format name, in wire order, for the reports. */
final class HeaderFields {

    /**
     * One header field.
     *
     * @param wireName the field's name in the wire format (and the JSON key)
     * @param value    its value as an unsigned number held in a long
     */
    record Field(String wireName, ToLongFunction<HeaderInfo> value) {
        long of(HeaderInfo h) {
            return value.applyAsLong(h);
        }
    }

    static final List<Field> ALL = List.of(
            new Field("magic", HeaderInfo::magic),
            new Field("ver_major", HeaderInfo::verMajor),
            new Field("ver_minor", HeaderInfo::verMinor),
            new Field("endianness", HeaderInfo::endianness),
            new Field("session_id", HeaderInfo::sessionId),
            new Field("static_gen", HeaderInfo::staticGen),
            new Field("static_hash", HeaderInfo::staticHash),
            new Field("static_offset", HeaderInfo::staticOffset),
            new Field("static_bytes_cap", HeaderInfo::staticBytesCap),
            new Field("static_bytes_used", HeaderInfo::staticBytesUsed),
            new Field("slots", HeaderInfo::slots),
            new Field("slot_stride", HeaderInfo::slotStride),
            new Field("slots_offset", HeaderInfo::slotsOffset),
            new Field("frame_bytes_cap", HeaderInfo::frameBytesCap),
            new Field("reader_slots", HeaderInfo::readerSlots),
            new Field("reader_slot_stride", HeaderInfo::readerSlotStride),
            new Field("readers_offset", HeaderInfo::readersOffset),
            new Field("control_offset", HeaderInfo::controlOffset),
            new Field("control_per_reader", HeaderInfo::controlPerReader),
            new Field("control_stride", HeaderInfo::controlStride),
            new Field("frame_seq", HeaderInfo::frameSeq),
            new Field("write_index", HeaderInfo::writeIndex),
            new Field("readers_connected", HeaderInfo::readersConnected),
            new Field("reserve_index", HeaderInfo::reserveIndex));

    private HeaderFields() {}
}
