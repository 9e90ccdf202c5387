package io.shmx.bridge.bench;

/**
 * One way of moving a timestamped message of a given size from a sending thread to a reading
 * thread: the local channel, Aeron alone, or a channel bridged over Aeron. Each implementation
 * stamps {@code System.nanoTime()} into the first 8 bytes; the reader records now minus stamp
 * (same JVM, same clock).
 */
interface Path extends AutoCloseable {
    String name();

    /** Sends one message stamped now; false when it could not be sent (back pressure). */
    boolean send(long stampNanos);

    /** Polls once; returns the stamp of a newly arrived message, or -1. */
    long poll();

    /** Messages and payload bytes the reading side got so far. */
    long received();

    @Override
    void close();
}
