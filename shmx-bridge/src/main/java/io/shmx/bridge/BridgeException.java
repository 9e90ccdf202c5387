package io.shmx.bridge;

/** A bridge could not start or went wrong in a way the user can fix; the message says what and how. */
public final class BridgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BridgeException(String message) {
        super(message);
    }

    public BridgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
