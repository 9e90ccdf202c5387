package io.shmx;

/** Every reader slot of the channel is claimed; a reader cannot attach. */
public class ReaderSlotsFullException extends ShmxException {
    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     */
    public ReaderSlotsFullException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     * @param cause the underlying failure
     */
    public ReaderSlotsFullException(String message, Throwable cause) {
        super(message, cause);
    }
}
