package io.shmx.tool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Decides what a file is before anything maps it: a shmx 2.0 region (its first 128 bytes are a
 * valid GlobalHeader and the file holds the whole layout the header describes), some other file,
 * or a file that cannot be read. Reads 128 bytes; never maps, never writes.
 */
final class RegionProbe {

    /** What a probed file turned out to be. */
    sealed interface Result permits Region, NotShmx, Unusable {
    }

    /**
     * A shmx region whose file holds the whole layout.
     *
     * @param path        the file
     * @param fileSize    bytes in the file
     * @param regionBytes bytes the header's layout needs ({@code slots_offset + slots * slot_stride})
     */
    record Region(Path path, long fileSize, long regionBytes) implements Result {
    }

    /** Not a shmx region (too short for a header, or the header's magic, version or endianness differ). */
    record NotShmx(Path path, String reason) implements Result {
    }

    /** Missing, unreadable, or a shmx header whose file is too short for its layout. */
    record Unusable(Path path, String reason) implements Result {
    }

    private RegionProbe() {}

    /** Probes {@code path}; never throws for I/O problems, which come back as {@link Unusable}. */
    static Result probe(Path path) {
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            return new NotShmx(path, path + " is not a regular file");
        }
        ByteBuffer header = ByteBuffer.allocate(WireHeader.SIZE).order(ByteOrder.LITTLE_ENDIAN);
        long fileSize;
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            fileSize = ch.size();
            while (header.hasRemaining() && ch.read(header, header.position()) > 0) {
                // read until the header is full or the file ends
            }
        } catch (NoSuchFileException e) {
            return new Unusable(path, path + " does not exist");
        } catch (AccessDeniedException e) {
            return new Unusable(path, "cannot read " + path + ": permission denied (the region's owner or group"
                    + " must grant read access, or run as that user)");
        } catch (IOException e) {
            return new Unusable(path, "cannot read " + path + ": " + e.getMessage());
        }
        if (header.position() < WireHeader.SIZE) {
            return new NotShmx(path, path + " is not a shmx region: it has " + fileSize
                    + " bytes, fewer than the 128-byte shmx header");
        }
        long magic = header.getLong(WireHeader.MAGIC_OFFSET);
        if (magic != WireHeader.MAGIC) {
            return new NotShmx(path, path + " is not a shmx region: its first 8 bytes are not the shmx magic"
                    + " \"HINA_SHM\"");
        }
        int major = header.getInt(WireHeader.VER_MAJOR_OFFSET);
        int minor = header.getInt(WireHeader.VER_MINOR_OFFSET);
        if (major != WireHeader.VERSION_MAJOR) {
            return new NotShmx(path, path + " is a shmx region of format " + Integer.toUnsignedString(major) + "."
                    + Integer.toUnsignedString(minor) + "; this tool reads format 2.x");
        }
        int endianness = header.getInt(WireHeader.ENDIANNESS_OFFSET);
        if (endianness != WireHeader.ENDIANNESS) {
            return new NotShmx(path, path + " is not a readable shmx region: its endianness marker is 0x"
                    + Integer.toHexString(endianness) + ", expected 0x01020304 (written on a big-endian machine?)");
        }
        long slots = Integer.toUnsignedLong(header.getInt(WireHeader.SLOTS_OFFSET));
        long slotStride = Integer.toUnsignedLong(header.getInt(WireHeader.SLOT_STRIDE_OFFSET));
        long slotsOffset = Integer.toUnsignedLong(header.getInt(WireHeader.SLOTS_START_OFFSET));
        long regionBytes = slotsOffset + slots * slotStride;
        if (fileSize < regionBytes) {
            return new Unusable(path, path + " is truncated: its shmx header describes " + regionBytes
                    + " bytes (slots_offset " + slotsOffset + " + " + slots + " slots x " + slotStride
                    + " B) but the file has " + fileSize);
        }
        return new Region(path, fileSize, regionBytes);
    }

    /**
     * Probes and insists on a usable region.
     *
     * @param what how to name the file in a message ({@code "region 'ticks'"} or the path)
     * @throws RegionException with a one-line reason otherwise
     */
    static Region require(Path path, String what) {
        Result r = probe(path);
        return switch (r) {
            case Region region -> region;
            case NotShmx n -> throw new RegionException(n.reason());
            case Unusable u when !Files.exists(path) -> throw new RegionException("no " + what + ": " + u.reason()
                    + "; `shmx list` shows the regions on this machine");
            case Unusable u -> throw new RegionException(u.reason());
        };
    }
}
