package io.shmx;

import java.lang.foreign.MemorySegment;

/**
 * Receives control messages without copying: {@code data} is a read-only view of the ring that is
 * valid only during the call.
 */
@FunctionalInterface
public interface ControlHandler {
    void onMessage(int readerIndex, long readerId, int type, MemorySegment data);
}
