package io.shmx.internal;

import io.shmx.RegionTruncatedException;

/**
 * Turns the JVM's report of a fault in a mapped region (the file was truncated under this process:
 * {@code InternalError: a fault occurred in an unsafe memory access operation}) into a
 * {@link RegionTruncatedException} at the API boundary. Other errors are rethrown unchanged.
 */
public final class Faults {
    private Faults() {}

    public static RuntimeException truncated(InternalError e, String what) {
        String m = e.getMessage();
        if (m == null || !m.contains("unsafe memory access")) {
            throw e;
        }
        return new RegionTruncatedException(what + ": the region file was truncated or re-created smaller while "
                + "mapped (" + m + "); its producer re-created or removed it; re-open the channel", e);
    }
}
