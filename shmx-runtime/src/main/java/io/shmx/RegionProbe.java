package io.shmx;

import java.nio.file.Path;

/**
 * What a file is, as far as shmx is concerned, decided without trusting it: a usable shmx 2.x
 * region, a file that is no shmx region at all, a missing file, or a shmx file that cannot be
 * used. Returned by {@link ShmxInspector#probe(Path)}, which never throws for any of these.
 *
 * @param file          the file probed, as given
 * @param kind          the verdict
 * @param reason        one line naming the file and why it is not usable; empty for {@link Kind#REGION}
 * @param fileSize      bytes in the file (0 when it could not be read)
 * @param header        the header at the moment of the probe; {@code null} unless {@link Kind#REGION}
 * @param producerState what is known of the region's producer; {@code null} unless {@link Kind#REGION}
 * @param producerPid   the process id the producer stored when it created the region (see
 *                      {@link ShmxInspector#producerPid()}); 0 when none is stored or unless {@link Kind#REGION}
 */
public record RegionProbe(Path file, Kind kind, String reason, long fileSize, HeaderInfo header,
                          ProducerState producerState, long producerPid) {

    /** The verdict on a probed file. */
    public enum Kind {
        /** A shmx 2.x region whose header is consistent and whose file holds the whole layout. */
        REGION,
        /**
         * Not a shmx region: not a regular file, shorter than the 128-byte header, no shmx magic, another
         * major version, or the other byte order. Directories like {@code /dev/shm} hold many such files.
         */
        NOT_SHMX,
        /** The file does not exist (or was removed while being probed). */
        MISSING,
        /**
         * A file that cannot be read (permission denied, I/O error), or a shmx 2.x header whose layout is
         * inconsistent or longer than the file (truncated).
         */
        UNUSABLE
    }

    /** {@return whether the file is a usable region ({@link Kind#REGION})} */
    public boolean isRegion() {
        return kind == Kind.REGION;
    }
}
