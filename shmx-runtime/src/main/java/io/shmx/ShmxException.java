package io.shmx;

/** Base of every exception the runtime throws; the message names the thing, the rule and the fix. */
public class ShmxException extends RuntimeException {
    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     */
    public ShmxException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     * @param cause the underlying failure
     */
    public ShmxException(String message, Throwable cause) {
        super(message, cause);
    }
}
