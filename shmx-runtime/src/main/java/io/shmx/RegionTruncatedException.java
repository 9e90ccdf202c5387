package io.shmx;

/** The region file shrank under this process (another process truncated or re-created it smaller); the mapping can no longer be read. */
public class RegionTruncatedException extends ShmxException {
    public RegionTruncatedException(String message) {
        super(message);
    }

    public RegionTruncatedException(String message, Throwable cause) {
        super(message, cause);
    }
}
