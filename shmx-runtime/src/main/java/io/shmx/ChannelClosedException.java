package io.shmx;

/** A method was called on a server, client or inspector after it was closed. */
public class ChannelClosedException extends ShmxException {
    public ChannelClosedException(String message) {
        super(message);
    }

    public ChannelClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
