package io.shmx.tool;

import io.shmx.RegionProbe;
import io.shmx.ShmxInspector;
import java.nio.file.Path;

/**
 * The tool's one way to decide whether a file is a usable region: the runtime's
 * {@link ShmxInspector#probe(Path)}, which reads it without writing (and, inside a producer's JVM,
 * through that producer's own descriptor, so its liveness lock is kept).
 */
final class RegionFiles {
    private RegionFiles() {}

    /**
     * Probes {@code path} and insists on a usable region.
     *
     * @param what how to name the file in a message ({@code "region 'ticks'"} or the path)
     * @throws RegionException with the runtime's one-line reason otherwise
     */
    static RegionProbe require(Path path, String what) {
        RegionProbe probe = ShmxInspector.probe(path);
        return switch (probe.kind()) {
            case REGION -> probe;
            case MISSING -> throw new RegionException("no " + what + ": " + probe.reason()
                    + "; `shmx list` shows the regions on this machine");
            case NOT_SHMX, UNUSABLE -> throw new RegionException(probe.reason());
        };
    }
}
