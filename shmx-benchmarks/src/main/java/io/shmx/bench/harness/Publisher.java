package io.shmx.bench.harness;

/**
 * The producer side of a transport under test. Each message/frame carries, in its first 16 bytes,
 * a sequence number and the {@link System#nanoTime()} taken just before the library is asked to
 * send it, so the stamp includes the copy into shared memory.
 */
interface Publisher extends AutoCloseable {
    /** Stamps and sends message {@code seq}. */
    void send(long seq);

    /** Releases and removes the shared memory. */
    @Override
    void close();
}
