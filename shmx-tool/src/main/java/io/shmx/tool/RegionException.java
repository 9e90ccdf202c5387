package io.shmx.tool;

/**
 * A region (or a schema document) cannot be used: missing, unreadable, not shmx, truncated, or gone
 * while being watched. The message is the one line printed on stderr; the exit status is
 * {@link ExitCodes#REGION}.
 */
public final class RegionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RegionException(String message) {
        super(message);
    }

    public RegionException(String message, Throwable cause) {
        super(message, cause);
    }
}
