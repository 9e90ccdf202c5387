package io.shmx.bench.harness;

/** The consumer side of a transport under test. */
interface Subscriber extends AutoCloseable {
    /**
     * Takes the next unseen message/frame if there is one: returns its sequence number (its stamp
     * is then {@link #stamp()}), or -1 when there is nothing new or what was read was overwritten
     * before it could be validated.
     */
    long poll();

    /** Producer stamp of the message {@link #poll()} last returned. */
    long stamp();

    /** Messages the transport reported as lost to a lap (Agrona) or torn reads discarded. */
    long lost();

    @Override
    void close();
}
