package io.shmx;

/** Base of every exception the runtime throws; the message names the thing, the rule and the fix. */
public class ShmxException extends RuntimeException {
    public ShmxException(String message) {
        super(message);
    }

    public ShmxException(String message, Throwable cause) {
        super(message, cause);
    }
}
