package io.shmx;

/**
 * One reader slot as seen at a moment.
 *
 * @param index         slot index
 * @param readerId      random non-zero id while attached (unsigned 64-bit)
 * @param heartbeat     CLOCK_MONOTONIC nanoseconds ({@link System#nanoTime()} on Linux) of the reader's last activity
 * @param lastFrameSeen id of the last frame the reader read
 * @param inUse         whether the slot is claimed
 */
public record ReaderInfo(int index, long readerId, long heartbeat, long lastFrameSeen, boolean inUse) {
}
