package io.shmx;

/** An argument, a channel config, a stream spec or a channel name breaks a rule; the message names the value, the rule and the fix. */
public class InvalidArgumentException extends ShmxException {
    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     */
    public InvalidArgumentException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     * @param cause the underlying failure
     */
    public InvalidArgumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
