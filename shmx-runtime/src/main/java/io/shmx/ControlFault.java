package io.shmx;

/**
 * A reader's control ring that broke the format (a record running past the ring, a length near
 * 2^32, counters that contradict each other). The producer stops reading that ring and keeps
 * serving the others; the ring is read again, from a clean state, once its slot has a new owner.
 *
 * @param readerIndex the reader slot whose ring is broken
 * @param readerId    the reader that owned the slot when the fault was found (unsigned 64-bit; 0 if none)
 * @param reason      what was wrong, for logs and messages
 */
public record ControlFault(int readerIndex, long readerId, String reason) {
}
