package io.shmx;

/** No region exists under the channel name (no producer created it, or it was removed). */
public class ChannelNotFoundException extends ShmxException {
    public ChannelNotFoundException(String message) {
        super(message);
    }

    public ChannelNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
