package io.shmx.bridge;

/**
 * A receiver as the sender sees it, from the status messages it sends back.
 *
 * @param id              random id the receiver chose at start
 * @param name            host, pid and local channel of the receiver
 * @param address         where its status came from (host:port)
 * @param received        frames it republished
 * @param lost            frames it counted lost
 * @param bytes           frame bytes it received
 * @param lastSeq         the newest bridge frame number it saw
 * @param silentMillis    milliseconds since its last status
 * @param live            true while it reported within {@link BridgeSender#RECEIVER_TIMEOUT_MILLIS}
 */
public record RemoteReceiver(long id, String name, String address, long received, long lost, long bytes, long lastSeq,
                             long silentMillis, boolean live) {
}
