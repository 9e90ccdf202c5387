/**
 * Primitives every subsystem shares: little-endian value layouts and var handles and the alignment
 * helpers ({@link io.shmx.internal.wire.Wire}), the 8-byte TLV header used by directory entries,
 * frame streams and control messages ({@link io.shmx.internal.wire.TlvDescriptor}), the format's
 * FNV-1a hash for static hashes and frame checksums ({@link io.shmx.internal.wire.Fnv}), and the
 * one translation of a fault on a truncated mapping into
 * {@link io.shmx.RegionTruncatedException} ({@link io.shmx.internal.wire.MappingFaults}).
 * Nothing here depends on another internal package.
 */
package io.shmx.internal.wire;
