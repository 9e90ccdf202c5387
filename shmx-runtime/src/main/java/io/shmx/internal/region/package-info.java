/**
 * A channel's region: the file under {@code /dev/shm}, its mapping and its lifecycle.
 *
 * <p>The producer creates the file ({@link io.shmx.internal.region.ProducerFile}, through
 * {@link io.shmx.internal.region.Platform}), takes an exclusive fcntl lock on byte 0 that it holds
 * for its life (the kernel drops it when the process dies, which is how readers tell a dead
 * producer from a live one), and writes the 128-byte global header
 * ({@link io.shmx.internal.region.GlobalHeaderDescriptor}) and the static directory with plain
 * stores, the {@code magic} word last with a release store
 * ({@link io.shmx.internal.region.RegionInitializer}), so no reader acts on a half-built header.
 * Readers map an existing file ({@link io.shmx.internal.region.MappedRegion}), wait for one being
 * created ({@link io.shmx.internal.region.OpenWait}), classify its identity
 * ({@link io.shmx.internal.region.HeaderIdentity}) and check every offset and size the header
 * claims against the file ({@link io.shmx.internal.region.RegionLayout}, the one place that
 * computes where each part lives). A region whose producer died is marked REPLACED, unlinked and
 * created anew, so readers still mapped to the old inode never fault. Inspection probes a file
 * without trusting it ({@link io.shmx.internal.region.RegionProber}) and copies a region
 * consistently without writing to it ({@link io.shmx.internal.region.RegionCopier}).
 */
package io.shmx.internal.region;
