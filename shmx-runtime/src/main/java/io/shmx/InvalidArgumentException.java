package io.shmx;

/** An argument, a channel config, a stream spec or a channel name breaks a rule; the message names the value, the rule and the fix. */
public class InvalidArgumentException extends ShmxException {
    public InvalidArgumentException(String message) {
        super(message);
    }

    public InvalidArgumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
