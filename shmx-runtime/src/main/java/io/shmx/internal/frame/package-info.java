/**
 * The frame ring: {@code slots} fixed-size frame slots, each a 64-byte frame header
 * ({@link io.shmx.internal.frame.FrameHeaderDescriptor}) followed by one TLV per stream
 * ({@link io.shmx.internal.frame.FrameStreamDescriptor}).
 *
 * <p>Frames are published with a seqlock, written down once on
 * {@link io.shmx.internal.frame.FrameHeaderDescriptor}: the producer marks the slot in progress
 * ({@code frame_id = 0}, store-store fence), writes the payload and header with plain stores, then
 * publishes {@code frame_id}, {@code frame_seq} and {@code write_index} with release stores. A
 * reader loads {@code frame_seq} and the slot's {@code frame_id} with acquire, parses with every
 * offset and length checked, fences with acquire and re-reads {@code frame_id}; it acts only on a
 * frame whose two loads are equal and non-zero. {@link io.shmx.internal.frame.FrameBuilder} is the
 * write side (one per producer; {@link io.shmx.internal.frame.StreamTable} resolves stream ids),
 * {@link io.shmx.internal.frame.FrameReader} the read side (latest and next, with loss counts and
 * the once-per-frame checksum of original writers), and {@link io.shmx.internal.frame.FrameView}
 * the parsed, re-validatable state behind a reader's reusable {@code Frame}.
 */
package io.shmx.internal.frame;
