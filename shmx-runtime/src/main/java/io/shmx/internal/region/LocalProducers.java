package io.shmx.internal.region;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The producers living in this JVM, by region file: inside the producer's JVM, readers,
 * inspectors and probes borrow the producer's descriptor instead of opening (and closing, which
 * would drop the producer's fcntl lock) their own. {@link RegionIo} thread only.
 */
final class LocalProducers {
    private final Map<Path, ProducerFile> byPath = new HashMap<>();

    /** Registers the producer of {@code path}. */
    void put(Path path, ProducerFile pf) {
        byPath.put(path, pf);
    }

    /** The producer registered under {@code path}, or null. */
    ProducerFile get(Path path) {
        return byPath.get(path);
    }

    /** Forgets the producer of {@code path}. */
    void remove(Path path) {
        byPath.remove(path);
    }

    /**
     * The open producer of this JVM whose region file is {@code fileKey} (device and inode), or null.
     * Matching on the file rather than the path finds it under any path (a symlinked directory, a
     * relative path, a hard link). RegionIo thread only.
     */
    ProducerFile byFileKey(Object fileKey) {
        if (fileKey == null) {
            return null;
        }
        for (ProducerFile pf : byPath.values()) {
            if (pf.isOpen() && fileKey.equals(pf.fileKey())) {
                return pf;
            }
        }
        return null;
    }
}
