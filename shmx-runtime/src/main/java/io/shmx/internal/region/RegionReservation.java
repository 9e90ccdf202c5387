package io.shmx.internal.region;

import io.shmx.ShmxException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Backs every page of a region file before it is mapped. A tmpfs file only sized with
 * {@code ftruncate} is sparse: on a full or small /dev/shm (Docker's default is 64 MiB) creation
 * would succeed and the first store to an unbacked page would raise SIGBUS later, far from the
 * cause. Writing the whole file (zeros, in 1 MiB positional writes) makes tmpfs allocate each page
 * now, so a lack of space fails here with {@code ENOSPC} and a message that says what to change.
 */
final class RegionReservation {
    private static final int CHUNK = 1 << 20;

    private RegionReservation() {}

    /** Writes zeros over {@code [0, size)} of {@code ch}; throws a {@link ShmxException} naming the sizes when space runs out. */
    static void reserve(FileChannel ch, long size, Path dir, String what) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocateDirect((int) Math.min(CHUNK, Math.max(size, 1)));
        long pos = 0;
        try {
            while (pos < size) {
                zeros.clear();
                if (size - pos < zeros.capacity()) {
                    zeros.limit((int) (size - pos));
                }
                pos += ch.write(zeros, pos);
            }
        } catch (IOException e) {
            if (isNoSpace(e)) {
                throw noSpace(ch, size, dir, what, e);
            }
            throw e;
        }
    }

    private static boolean isNoSpace(IOException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("No space left") || m.contains("ENOSPC") || m.contains("Disk quota");
    }

    private static ShmxException noSpace(FileChannel ch, long size, Path dir, String what, IOException cause) {
        try {
            ch.truncate(0); // give the pages back before measuring what is free
        } catch (IOException ignored) {
            // the caller removes the file in any case
        }
        String free;
        String total;
        try {
            free = Units.bytes(Files.getFileStore(dir).getUsableSpace());
            total = Units.bytes(Files.getFileStore(dir).getTotalSpace());
        } catch (IOException e) {
            free = "an unknown number of bytes";
            total = "?";
        }
        return new ShmxException(what + " needs " + Units.bytes(size) + " of shared memory, but " + dir + " has only "
                + free + " free (of " + total + "; see df -h " + dir + "). Give it more room (Docker: docker run "
                + "--shm-size=<size>, e.g. --shm-size=" + Units.mebibytesCeil(size * 2) + "m; Kubernetes: mount an "
                + "emptyDir with medium: Memory at /dev/shm), remove regions nobody uses (shmx list), or make the "
                + "region smaller: fewer slots (ChannelConfig.withSlots) or a smaller frame cap "
                + "(ChannelConfig.withFrameBytesCap)", cause);
    }

    /** Byte counts for messages. */
    static final class Units {
        private Units() {}

        static String bytes(long n) {
            if (n >= 1L << 20) {
                return String.format(java.util.Locale.ROOT, "%,d bytes (%.1f MiB)", n, n / 1048576.0);
            }
            return String.format(java.util.Locale.ROOT, "%,d bytes", n);
        }

        static long mebibytesCeil(long n) {
            return Math.max(64, (n + (1L << 20) - 1) >>> 20);
        }
    }
}
