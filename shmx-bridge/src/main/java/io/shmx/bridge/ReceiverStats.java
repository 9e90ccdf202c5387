package io.shmx.bridge;

/**
 * Counters of a receiver at one moment. Every bridge frame number from the first whole frame it
 * got to {@code lastSeq} was either received (republished whole) or lost:
 * {@code framesReceived + lost == lastSeq - firstSeq + 1} within one sender's run.
 *
 * @param channel        the local channel written
 * @param uri            the Aeron channel subscribed to
 * @param connected      whether a sender's image is present
 * @param hasDirectory   whether the local channel exists (a directory arrived)
 * @param epoch          the source session the local channel mirrors
 * @param framesReceived frames republished whole on the local channel
 * @param bytesReceived  frame body bytes of those
 * @param lost           frames never republished: gaps in the frame numbers, frames cut off, rejected frames
 * @param rejected       frames (counted in lost) that did not fit the local channel's directory or size
 * @param firstSeq       the first bridge frame number it counted from (0 before any)
 * @param lastSeq        the newest bridge frame number it saw
 * @param sessionChanges times the local channel was re-created for a new source session or directory
 * @param senderRestarts times a new sender process took over
 * @param naksSent       NAKs the driver sent for gaps (Aeron counter)
 * @param gapFills       gaps the driver filled with padding (Aeron counter; unreliable channels only)
 */
public record ReceiverStats(String channel, String uri, boolean connected, boolean hasDirectory, long epoch,
                            long framesReceived, long bytesReceived, long lost, long rejected, long firstSeq,
                            long lastSeq, long sessionChanges, long senderRestarts, long naksSent, long gapFills) {
}
