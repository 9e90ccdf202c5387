package io.shmx;

/**
 * A region file exists but its producer has not finished creating it: the file is still shorter
 * than the 128-byte header (created, not sized yet) or the header's magic, written last, is still
 * 0. {@link ShmxClient#open(String)} retries for up to {@link ShmxClient#CREATION_WAIT} before
 * reporting this; a file that stays in this state belongs to a producer that died while creating
 * it, or is not a shmx region.
 */
public class RegionNotReadyException extends InvalidRegionException {
    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     */
    public RegionNotReadyException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what happened: the thing, the rule and the fix
     * @param cause the underlying failure
     */
    public RegionNotReadyException(String message, Throwable cause) {
        super(message, cause);
    }
}
