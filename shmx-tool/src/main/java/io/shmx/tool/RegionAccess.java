package io.shmx.tool;

import io.shmx.InvalidArgumentException;
import io.shmx.ShmxException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Runs a read of a region and turns every way it can fail because of the region (the runtime's
 * exceptions, a channel name the runtime rejects, I/O errors, the JVM's {@code InternalError} when
 * the file was truncated under a mapping) into a {@link RegionException} naming the region.
 */
final class RegionAccess {
    private RegionAccess() {}

    static <T> T read(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (RegionException e) {
            throw e;
        } catch (ShmxException | InvalidArgumentException e) {
            throw new RegionException(what + ": " + oneLine(e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw new RegionException(what + ": " + oneLine(e.getCause().getMessage()), e);
        } catch (InternalError e) {
            throw new RegionException(what + " changed size while being read (truncated or removed by another"
                    + " process): " + oneLine(e.getMessage()), e);
        }
    }

    /** The first line of a message, so that the reason printed on stderr stays one line. */
    static String oneLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
