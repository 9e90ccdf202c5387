package io.shmx.tool;

import io.shmx.FrameSnapshot;

/**
 * The latest frame as the tool reads it: the inspector's validated snapshot, tried again a few
 * times when it finds none while frames are being published, and, when there is still none, why.
 *
 * @param frame         the frame, or {@code null}
 * @param tries         how many reads were made
 * @param frameSeqFirst frame_seq before the first read
 * @param frameSeqLast  frame_seq after the last read
 */
record LatestFrameRead(FrameSnapshot frame, int tries, long frameSeqFirst, long frameSeqLast) {
    /** Reads made at most when no frame is found while frame_seq moves. */
    static final int MAX_TRIES = 5;

    static LatestFrameRead read(RegionReads inspector) {
        long first = inspector.headerInfo().frameSeq();
        FrameSnapshot f = inspector.latest();
        int tries = 1;
        long last = inspector.headerInfo().frameSeq();
        while (f == null && last != 0 && tries < MAX_TRIES) {
            Thread.onSpinWait();
            f = inspector.latest();
            tries++;
            last = inspector.headerInfo().frameSeq();
        }
        return new LatestFrameRead(f, tries, first, last);
    }

    /** Why there is no frame; only meaningful when {@link #frame()} is null. */
    String noneReason() {
        if (frameSeqLast == 0) {
            return "nothing published yet";
        }
        if (frameSeqFirst != frameSeqLast) {
            return "frames are being overwritten faster than read (" + tries + " tries while frame_seq went from "
                    + Long.toUnsignedString(frameSeqFirst) + " to " + Long.toUnsignedString(frameSeqLast)
                    + "); run again, or give the channel more slots";
        }
        return "frame_seq is " + Long.toUnsignedString(frameSeqLast) + " but no slot holds a frame that passes the checks"
                + " (see CHECKSUM_OK under Slots)";
    }
}
