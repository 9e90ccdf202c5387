package io.shmx;

/** A region's header or layout fails validation: not an shmx region, an unsupported version, sizes that do not fit the file, or a region still being created. */
public class InvalidRegionException extends ShmxException {
    public InvalidRegionException(String message) {
        super(message);
    }

    public InvalidRegionException(String message, Throwable cause) {
        super(message, cause);
    }
}
