package io.shmx;

/** A region's header or layout fails validation: not an shmx region, an unsupported version, sizes that do not fit the file, or a region still being created. */
public class InvalidRegionException extends ShmxException {
    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     */
    public InvalidRegionException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     * @param cause the underlying failure
     */
    public InvalidRegionException(String message, Throwable cause) {
        super(message, cause);
    }
}
