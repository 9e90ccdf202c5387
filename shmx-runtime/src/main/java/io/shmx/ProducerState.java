package io.shmx;

/** What a reader knows about the producer of the region it is attached to. */
public enum ProducerState {
    /** The producer holds the region's liveness lock: it is running. */
    ALIVE,
    /** The producer closed the channel (no more frames will come unless a new producer creates it again). */
    CLOSED,
    /** The producer process ended without closing (its liveness lock is gone). */
    DEAD,
    /** A newer region took the channel name; the reader re-attaches to it by name. */
    REPLACED,
    /** The producer does not publish liveness (the original C++/Python library): it cannot be told. */
    UNKNOWN
}
