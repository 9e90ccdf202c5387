package io.shmx.internal.region;

import io.shmx.ChannelNotFoundException;
import io.shmx.HeaderInfo;
import io.shmx.InvalidArgumentException;
import io.shmx.ProducerState;
import io.shmx.RegionProbe.Kind;
import io.shmx.RegionProbe;
import io.shmx.ShmxException;
import io.shmx.internal.wire.MappingFaults;
import io.shmx.internal.wire.Wire;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Decides what a file is ({@link RegionProbe}) and never throws for anything the file is or lacks.
 *
 * <p>Steps: a file that is not a regular file is no region (opening a FIFO would block); the size and
 * first 128 bytes are read ({@link Platform#readHead}); {@link HeaderIdentity} tells a shmx 2.x header
 * from anything else; a shmx header is then opened exactly as {@link io.shmx.ShmxInspector} opens it
 * (layout checks, file long enough, read-only mapping) and the header, producer state and producer
 * pid are read from the mapping. Inside a producer's JVM both reads go through the producer's own
 * descriptor, so probing never drops its liveness lock.
 */
public final class RegionProber {
    private RegionProber() {}

    public static RegionProbe probe(Path file) {
        if (file == null) {
            throw new InvalidArgumentException("file is null; pass the path of the file to probe");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return rejected(file, Kind.NOT_SHMX, file + " is not a regular file", 0);
        }
        Platform platform = Platform.current();
        FileHead head;
        try {
            head = platform.readHead(file);
        } catch (NoSuchFileException e) {
            return missing(file);
        } catch (AccessDeniedException e) {
            return rejected(file, Kind.UNUSABLE, "cannot read " + file + ": permission denied (the region's owner or"
                    + " group must grant read access, or run as that user)", 0);
        } catch (IOException e) {
            return rejected(file, Kind.UNUSABLE, "cannot read " + file + ": " + e.getMessage(), 0);
        }
        String notShmx = notShmxReason(file, head);
        if (notShmx != null) {
            return rejected(file, Kind.NOT_SHMX, notShmx, head.size());
        }
        String what = file.toString();
        try (MappedRegion mapped = platform.mapExisting(file, true, what)) {
            HeaderInfo header = GlobalHeaderDescriptor.snapshot(mapped.segment());
            ProducerState state = platform.probe(mapped);
            long pid = GlobalHeaderDescriptor.producerPid(mapped.segment());
            return new RegionProbe(file, Kind.REGION, "", head.size(), header, state, pid);
        } catch (ChannelNotFoundException e) {
            return missing(file); // removed between the two reads
        } catch (ShmxException e) {
            return rejected(file, Kind.UNUSABLE, e.getMessage().replace('\n', ' '), head.size());
        } catch (InternalError e) {
            return rejected(file, Kind.UNUSABLE, MappingFaults.truncated(e, what).getMessage(), head.size());
        }
    }

    /** Why the head is not a shmx 2.x header, or null when it is one. */
    private static String notShmxReason(Path file, FileHead head) {
        return switch (HeaderIdentity.of(head.header(), head.size())) {
            case SHMX_2 -> null;
            case TOO_SHORT -> file + " is not a shmx region: it has " + head.size()
                    + " bytes, fewer than the 128-byte shmx header";
            case NO_MAGIC -> file + " is not a shmx region: its first 8 bytes are zero, not the shmx magic"
                    + " \"HINA_SHM\" (if a producer is creating it, probe again in a moment)";
            case OTHER_MAGIC -> file + " is not a shmx region: its first 8 bytes are not the shmx magic \"HINA_SHM\"";
            case OTHER_VERSION -> file + " is a shmx region of format "
                    + Wire.u32(head.header(), GlobalHeaderDescriptor.VER_MAJOR_OFFSET) + "."
                    + Wire.u32(head.header(), GlobalHeaderDescriptor.VER_MINOR_OFFSET)
                    + "; this library reads format 2.x only";
            case OTHER_ENDIANNESS -> file + " is not a readable shmx region: its endianness marker is 0x"
                    + Long.toHexString(Wire.u32(head.header(), GlobalHeaderDescriptor.ENDIANNESS_OFFSET))
                    + ", expected 0x01020304 (written on a big-endian machine?)";
        };
    }

    private static RegionProbe missing(Path file) {
        return rejected(file, Kind.MISSING, file + " does not exist", 0);
    }

    private static RegionProbe rejected(Path file, Kind kind, String reason, long fileSize) {
        return new RegionProbe(file, kind, reason, fileSize, null, null, 0);
    }
}
