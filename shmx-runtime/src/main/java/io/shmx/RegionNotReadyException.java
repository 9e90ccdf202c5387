package io.shmx;

/**
 * A region exists but its producer has not finished creating it (the header's magic, written last,
 * is still 0). Opening retries briefly before reporting this.
 */
public class RegionNotReadyException extends InvalidRegionException {
    public RegionNotReadyException(String message) {
        super(message);
    }
}
