package io.shmx;

/** Every reader slot of the channel is claimed; a reader cannot attach. */
public class ReaderSlotsFullException extends ShmxException {
    public ReaderSlotsFullException(String message) {
        super(message);
    }

    public ReaderSlotsFullException(String message, Throwable cause) {
        super(message, cause);
    }
}
