package io.shmx;

/** A channel name is held by a live producer; a second producer is refused. */
public class ChannelInUseException extends ShmxException {
    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     */
    public ChannelInUseException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     * @param cause the underlying failure
     */
    public ChannelInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
