package io.shmx.tool;

import io.shmx.SlotInfo;

/**
 * The CHECKSUM_OK column of a frame slot, saying which case a slot is in rather than a bare "no":
 * <ul>
 *   <li>{@code yes}: the payload matches the checksum field;</li>
 *   <li>{@code empty}: no frame was ever written to the slot;</li>
 *   <li>{@code mid-write}: the producer was writing the slot when it was read (this library's
 *       writer marks it with frame_id 0; the original's is the slot of an unpublished
 *       reserve_index);</li>
 *   <li>{@code no checksum}: the field is 0 and the payload does not match: a writer with
 *       compatibility off computes none (our readers need none);</li>
 *   <li>{@code MISMATCH}: a checksum is there and the payload differs: damage, or a frame
 *       overwritten while it was read.</li>
 * </ul>
 */
final class SlotChecksumText {
    static final String LEGEND = "CHECKSUM_OK: 'no checksum' = the writer computes none with compatibility off"
            + " (C++/Python readers need ChannelConfig.withCompatibility(true)); 'mid-write' = the producer was writing"
            + " the slot; 'MISMATCH' = checksum present and payload differs (damage, or overwritten while read)";

    private SlotChecksumText() {}

    /**
     * @param writeIndex   the header's write_index
     * @param reserveIndex the header's reserve_index
     * @param slots        the header's slot count
     */
    static String of(SlotInfo s, long writeIndex, long reserveIndex, long slots) {
        if (s.checksumOk() && s.frameId() != 0) {
            return "yes";
        }
        if (s.frameId() == 0 && s.payloadBytes() == 0) {
            return "empty";
        }
        if (s.frameId() == 0 || reservedUnpublished(s.slot(), writeIndex, reserveIndex, slots)) {
            return "mid-write";
        }
        if (s.checksumOk()) {
            return "yes";
        }
        return s.checksum() == 0 ? "no checksum" : "MISMATCH";
    }

    /** Whether the slot is the one of a reservation begun after the last publication (the original's writer in progress). */
    static boolean reservedUnpublished(int slot, long writeIndex, long reserveIndex, long slots) {
        if (slots <= 0 || reserveIndex == writeIndex || reserveIndex == 0) {
            return false;
        }
        return Long.remainderUnsigned((reserveIndex - 1) & 0xffffffffL, slots) == slot;
    }

    /** Whether the legend is worth printing: some slot is neither "yes" nor "empty". */
    static boolean needsLegend(String text) {
        return !text.equals("yes") && !text.equals("empty");
    }
}
