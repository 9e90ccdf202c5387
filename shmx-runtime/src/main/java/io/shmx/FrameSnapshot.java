package io.shmx;

import java.util.List;

/**
 * A frame copied out of a region and validated, for tools and reports.
 *
 * @param frameId      frame id
 * @param simTime      sim time
 * @param payloadBytes payload size
 * @param tlvCount     TLV count from the header
 * @param streams      every stream TLV in payload order
 */
public record FrameSnapshot(long frameId, double simTime, long payloadBytes, long tlvCount, List<StreamData> streams) {

    /**
     * One stream TLV of a frame.
     *
     * @param id        stream id
     * @param name      the directory's name for the id, or {@code null} when the directory has none
     * @param elemCount element count from the TLV
     * @param bytes     data byte count from the TLV
     * @param data      the data (a copy)
     */
    public record StreamData(int id, String name, long elemCount, long bytes, byte[] data) {
    }
}
