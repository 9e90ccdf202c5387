package io.shmx;

/**
 * A control message sent by a reader to the producer, copied out of the ring.
 *
 * @param readerIndex the reader slot whose ring held it
 * @param readerId    the id of the reader that sent it (unsigned 64-bit)
 * @param type        message type (non-zero)
 * @param data        message bytes (a copy)
 */
public record ControlMessage(int readerIndex, long readerId, int type, byte[] data) {
}
