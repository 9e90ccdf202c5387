package io.shmx.bridge;

import java.util.List;

/**
 * Counters of a sender at one moment. Every frame the source published after the sender attached
 * is sent, abandoned or skipped: {@code sent + abandoned + skipped} is the number of frames it
 * published since (the frame held for a back-pressured publication aside).
 *
 * @param channel        the local channel read
 * @param uri            the Aeron channel published to
 * @param sourceState    the producer's state (ALIVE, CLOSED, DEAD, ...), or "WAITING" before the channel exists
 * @param epoch          the source's session id (changes when its producer restarts)
 * @param framesSent     frames whose every chunk Aeron accepted
 * @param bytesSent      frame body bytes of those frames
 * @param skipped        frames never sent: the network (back pressure, no receiver) was slower than the producer,
 *                       so the sender moved to the newest frame
 * @param abandoned      frames cut off mid-way (the publication lost its receivers); receivers count them lost
 * @param lastSeq        the newest bridge frame number given out
 * @param directoriesSent directory messages sent (at start, on change, periodically, on a receiver's request)
 * @param connected      whether the publication has at least one receiver (Aeron's view)
 * @param receivers      receivers that sent status
 * @param retransmits    packets the driver re-sent after NAKs (Aeron counter)
 * @param naksReceived   NAKs the driver got (Aeron counter)
 */
public record SenderStats(String channel, String uri, String sourceState, long epoch, long framesSent, long bytesSent,
                          long skipped, long abandoned, long lastSeq, long directoriesSent, boolean connected,
                          List<RemoteReceiver> receivers, long retransmits, long naksReceived) {
    public SenderStats {
        receivers = List.copyOf(receivers);
    }

    public long liveReceivers() {
        return receivers.stream().filter(RemoteReceiver::live).count();
    }
}
