package io.shmx.testing;

import io.shmx.RegionProbe;
import io.shmx.ShmxInspector;

import java.nio.file.Path;

/**
 * Probes one file from a process of its own and prints {@code <kind> <producer state> <producer pid>}:
 * only another process can tell whether a producer still holds its liveness lock (a JVM's runtime
 * knows its own producers without asking the kernel).
 */
public final class ProbeChild {
    private ProbeChild() {}

    public static void main(String[] args) {
        RegionProbe p = ShmxInspector.probe(Path.of(args[0]));
        System.out.println(p.kind() + " " + p.producerState() + " " + p.producerPid());
    }
}
