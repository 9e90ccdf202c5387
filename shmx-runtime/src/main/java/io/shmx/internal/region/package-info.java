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
 * computes where each part lives). A region is built under a temporary name, its pages reserved
 * ({@link io.shmx.internal.region.RegionReservation}), and linked under its name only complete;
 * every change of what a name refers to happens under the name's
 * {@link io.shmx.internal.region.CreationLock}, so a stale region is retired (marked REPLACED,
 * unlinked) without ever removing a live one; in compatibility mode a dead region of the same size
 * is restarted in place (the protocol is on {@link io.shmx.internal.region.RegionCreator}). Every
 * file-channel operation runs on the one {@link io.shmx.internal.region.RegionIo} thread, so no
 * thread interrupt can close the descriptor whose lock is the producer's liveness. Inspection probes a file
 * without trusting it ({@link io.shmx.internal.region.RegionProber}) and copies a region
 * consistently without writing to it ({@link io.shmx.internal.region.RegionCopier}).
 */
package io.shmx.internal.region;
