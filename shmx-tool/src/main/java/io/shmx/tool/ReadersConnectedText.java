package io.shmx.tool;

/**
 * How {@code readers_connected} is shown. The original library decrements the u32 counter without
 * a floor (a reader it reaped that then closes is counted off twice), so the field can wrap below
 * zero: 4294967295 is -1, not four billion readers. Such values are shown as what they are.
 */
final class ReadersConnectedText {
    private ReadersConnectedText() {}

    /** Whether the u32 counter holds a wrapped negative number (the top bit set). */
    static boolean underflowed(long value) {
        return (int) value < 0;
    }

    /** The header line's value: the raw number, with a note when it wrapped. */
    static String headerValue(long value) {
        String raw = Long.toUnsignedString(value);
        return underflowed(value) ? raw + "  (= " + (int) value + ": underflow, see Readers)" : raw;
    }

    /** The Readers section's title. */
    static String readersTitle(long value, long readerSlots, long slotsInUse) {
        if (!underflowed(value)) {
            return "Readers (" + Long.toUnsignedString(value) + " connected, " + Long.toUnsignedString(readerSlots) + " slots)";
        }
        return "Readers (readers_connected reads " + Long.toUnsignedString(value) + " = " + (int) value
                + ": the counter went below zero, as the original library's counter does when a reader it reaped"
                + " detaches again; " + slotsInUse + " slots in use, " + Long.toUnsignedString(readerSlots) + " slots)";
    }
}
