package io.shmx;

/** The region file shrank under this process (another process truncated or re-created it smaller); the mapping can no longer be read. */
public class RegionTruncatedException extends ShmxException {
    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     */
    public RegionTruncatedException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     * @param cause the underlying failure
     */
    public RegionTruncatedException(String message, Throwable cause) {
        super(message, cause);
    }
}
