package io.shmx;

import java.lang.foreign.MemorySegment;

/**
 * Receives control messages without copying: {@code data} is a read-only view of the ring that is
 * valid only during the call.
 */
@FunctionalInterface
public interface ControlHandler {
    /**
     * Handles one message.
     *
     * @param readerIndex the sender's reader slot
     * @param readerId    the sender's reader id (unsigned 64-bit)
     * @param type        the message type (application-defined)
     * @param data        the message bytes, read-only and valid only during this call
     */
    void onMessage(int readerIndex, long readerId, int type, MemorySegment data);
}
