package io.shmx;

import java.nio.file.Path;

/**
 * What {@link ShmxInspector#copyTo(Path)} wrote: a snapshot of a region that
 * {@link ShmxInspector#openFile(Path)} reads back.
 *
 * @param target        the file written
 * @param bytes         bytes written (the region's whole layout)
 * @param frameSeq      {@code frame_seq} in the copy (unsigned 64-bit)
 * @param consistency   what the copy guarantees
 * @param wholeAttempts whole copies made before the copy was accepted or the fallback was used
 */
public record RegionCopy(Path target, long bytes, long frameSeq, Consistency consistency, int wholeAttempts) {

    /** How consistent a copy is. */
    public enum Consistency {
        /** No frame was published and the static directory did not change while every byte was copied. */
        WHOLE,
        /**
         * Frames were published during every whole copy: the header, static directory and latest frame
         * are consistent with each other; reader slots and older frame slots are from a moment earlier.
         */
        LATEST_FRAME
    }
}
