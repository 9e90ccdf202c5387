package io.shmx;

/**
 * A frame slot's header as seen at a moment.
 *
 * @param slot           slot index
 * @param frameId        frame id in the slot (0 = empty or being written)
 * @param simTime        the frame's sim time
 * @param payloadBytes   payload size claimed by the header
 * @param tlvCount       stream TLVs claimed by the header
 * @param checksum       checksum field (only meaningful for compatibility-mode and original writers)
 * @param sessionMatches the slot's session copy equals the region's session id
 * @param readable       the header passes the session and size checks
 * @param checksumOk     the payload matches the checksum field
 */
public record SlotInfo(int slot, long frameId, double simTime, long payloadBytes, long tlvCount, long checksum,
                       boolean sessionMatches, boolean readable, boolean checksumOk) {
}
