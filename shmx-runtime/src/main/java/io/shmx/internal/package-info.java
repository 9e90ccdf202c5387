/**
 * The runtime's machinery, not exported by the module: one package per subsystem of a channel.
 *
 * <pre>
 *   io.shmx (public API: ShmxServer, FrameWriter, ShmxClient, Frame, ShmxInspector)
 *     |
 *     +-- region     the mapped file: create/map/probe/copy, global header, layout, liveness lock
 *     +-- directory  the static area: stream directory entries, appends, config validation
 *     +-- frame      the frame ring: frame header, seqlock, FrameBuilder (write), FrameReader (read)
 *     +-- readers    the reader slots: claim, heartbeat, reap, detach
 *     +-- control    the control rings: readers send, the producer polls
 *     +-- wire       shared primitives: little-endian layouts, the TLV header, FNV-1a, mapping faults
 *     +-- jfr        Flight Recorder events (io.shmx.*): attach, reap, re-attach, session change,
 *                    control ring full, periodic frames published and missed; nothing per frame
 * </pre>
 *
 * Each subsystem keeps its byte layout in a {@code *Descriptor} class (an ASCII diagram, offsets, and
 * who writes which field with which ordering) next to the class that runs its protocol. Nothing read
 * from shared memory is trusted: every offset and length is checked before use. See
 * {@code docs/architecture.md} for how a frame and a control message flow through these packages.
 */
package io.shmx.internal;
