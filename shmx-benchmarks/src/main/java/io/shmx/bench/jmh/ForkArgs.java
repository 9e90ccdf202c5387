package io.shmx.bench.jmh;

/**
 * JVM flags of every forked benchmark JVM. Agrona 2.6.0 reaches {@code jdk.internal.misc.Unsafe}
 * and needs the export; JMH itself still uses {@code sun.misc.Unsafe}, which JDK 25 would warn
 * about. shmx needs neither (it is pure {@code java.lang.foreign}).
 */
final class ForkArgs {
    static final String AGRONA_EXPORTS = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED";
    static final String ALLOW_UNSAFE = "--sun-misc-unsafe-memory-access=allow";
    static final String HEAP_MIN = "-Xms1g";
    static final String HEAP_MAX = "-Xmx1g";

    private ForkArgs() {}
}
