/**
 * The control rings: one single-producer single-consumer byte ring per reader slot, through which
 * the reader owning the slot sends messages to the channel's producer
 * ({@link io.shmx.internal.control.ControlRingDescriptor}).
 *
 * <p>The sender writes a TLV record (or a padding record where a message would not fit before the
 * end of the area) and publishes it with a release store of the write counter; the producer pairs
 * that with an acquire load, reads the records, and gives the space back with a release store of
 * the read counter, which the sender acquires before reusing it. Counters are u64 and compared
 * unsigned. A ring whose counters or records break the format is faulted alone: the producer
 * stops reading it until its slot has a new owner, and the other rings are served as before
 * ({@link io.shmx.internal.control.ControlRing}).
 */
package io.shmx.internal.control;
