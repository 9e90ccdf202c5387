/**
 * The reader slots: one 64-byte slot per attached reader
 * ({@link io.shmx.internal.readers.ReaderSlotDescriptor}), which says who is reading, that it is
 * alive, how far it has read, and owns that reader's control ring.
 *
 * <p>{@code reader_id} is the ownership token. A reader claims a slot with a CAS of the slot's claim
 * word ({@code in_use} and, in the pad word beside it, this library's claim state and generation),
 * commits the claim with a second CAS of that word, fills the slot and publishes its random id. The
 * producer retires a claim abandoned half-way with a CAS of the same word, so a claimer's commit
 * and its retirement never both succeed, however long either stalls. A heartbeat is a CAS
 * (previous -> now), so a heartbeat and a reap never both succeed. Release, reap and the end of a
 * detach all CAS the id to 0, and only the winner clears the slot, frees its claim word and
 * decrements {@code readers_connected}; a reaped reader learns it on its next read or send and
 * claims a new slot. The protocol, field by field, is on {@link io.shmx.internal.readers.ReaderSlotTable}.
 * {@link io.shmx.internal.readers.SampledClock} keeps a spinning reader from paying for a clock
 * reading on every call.
 */
package io.shmx.internal.readers;
