package io.shmx;

/** No region exists under the channel name (no producer created it, or it was removed). */
public class ChannelNotFoundException extends ShmxException {
    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     */
    public ChannelNotFoundException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     * @param cause the underlying failure
     */
    public ChannelNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
