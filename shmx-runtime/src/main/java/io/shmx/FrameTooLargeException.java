package io.shmx;

/** A frame needs more payload bytes than the channel's {@code frameBytesCap}. */
public class FrameTooLargeException extends ShmxException {
    /** Payload bytes the frame needs. */
    private final long neededBytes;
    /** The channel's frame bytes cap. */
    private final long capBytes;

    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     * @param neededBytes payload bytes the frame needs
     * @param capBytes the channel's frame bytes cap
     */
    public FrameTooLargeException(String message, long neededBytes, long capBytes) {
        super(message);
        this.neededBytes = neededBytes;
        this.capBytes = capBytes;
    }

    /** {@return payload bytes the frame needs, TLV headers and padding included} */
    public long neededBytes() {
        return neededBytes;
    }

    /** {@return the channel's frame bytes cap} */
    public long capBytes() {
        return capBytes;
    }
}
