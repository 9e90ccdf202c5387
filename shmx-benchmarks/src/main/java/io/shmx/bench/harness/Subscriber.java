package io.shmx.bench.harness;

/**
 * The consumer side of a transport under test, and the consume step every transport shares: take
 * the next unseen message in place, read its sequence number and stamp ({@link Payload}) from
 * shared memory, then validate; a message overwritten while it was read counts as torn and is
 * dropped. A transport supplies the in-place access ({@link #take}, {@link #payloadLong},
 * {@link #validate}) and its own count of lapped messages.
 */
abstract class Subscriber implements AutoCloseable {
    private long stamp;
    private long torn;

    /**
     * Takes the next unseen message/frame if there is one: returns its sequence number (its stamp
     * is then {@link #stamp()}), or -1 when there is nothing new or what was read was overwritten
     * before it could be validated.
     */
    final long poll() {
        if (!take()) {
            return -1;
        }
        long seq = payloadLong(Payload.SEQ);
        long sent = payloadLong(Payload.STAMP);
        if (!validate()) {
            torn++;
            return -1;
        }
        stamp = sent;
        return seq;
    }

    /** Producer stamp of the message {@link #poll()} last returned. */
    final long stamp() {
        return stamp;
    }

    /** Messages the transport reported as lost to a lap, plus torn reads discarded. */
    final long lost() {
        return torn + lapped();
    }

    /** Takes the next unseen message in place; false when there is none. */
    protected abstract boolean take();

    /** The little-endian u64 at {@code offset} of the message {@link #take()} took, read in place. */
    protected abstract long payloadLong(int offset);

    /** Whether the message taken was not overwritten while it was read. */
    protected abstract boolean validate();

    /** Messages the transport skipped because the producer lapped this reader. */
    protected abstract long lapped();

    @Override
    public abstract void close();
}
