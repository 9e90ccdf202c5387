package io.shmx;

/** A method was called on a server, client or inspector after it was closed. */
public class ChannelClosedException extends ShmxException {
    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     */
    public ChannelClosedException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     * @param cause the underlying failure
     */
    public ChannelClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
