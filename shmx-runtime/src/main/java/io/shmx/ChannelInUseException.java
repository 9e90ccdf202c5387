package io.shmx;

/** A channel name is held by a live producer; a second producer is refused. */
public class ChannelInUseException extends ShmxException {
    public ChannelInUseException(String message) {
        super(message);
    }

    public ChannelInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
