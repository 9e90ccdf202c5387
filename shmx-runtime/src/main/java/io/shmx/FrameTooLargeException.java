package io.shmx;

/** A frame needs more payload bytes than the channel's {@code frameBytesCap}. */
public class FrameTooLargeException extends ShmxException {
    private final long neededBytes;
    private final long capBytes;

    public FrameTooLargeException(String message, long neededBytes, long capBytes) {
        super(message);
        this.neededBytes = neededBytes;
        this.capBytes = capBytes;
    }

    /** Payload bytes the frame needs, TLV headers and padding included. */
    public long neededBytes() {
        return neededBytes;
    }

    /** The channel's frame bytes cap. */
    public long capBytes() {
        return capBytes;
    }
}
