package io.shmx.internal.directory;

import io.shmx.ShmxException;
import io.shmx.StreamSpec;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.region.RegionLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A consistent snapshot of a region's static directory, read with the {@code static_gen} protocol:
 * {@code gen} (acquire), {@code static_bytes_used} (acquire), copy the bytes, acquire fence,
 * {@code gen} again; equal generations make a consistent copy (the writer only appends beyond
 * {@code used}, stores {@code used} with release, then bumps {@code gen} with release).
 *
 * @param gen     the generation the snapshot was taken at
 * @param used    static bytes in use at that generation (clamped to the area's capacity)
 * @param walkEnd where the directory walk stopped (below {@code used} when raw bytes follow the entries)
 * @param streams the directory entries
 * @param byName  stream ids by name (first entry wins)
 */
public record StaticDirectory(int gen, long used, long walkEnd, List<StreamSpec> streams, Map<String, Integer> byName) {

    private static final int MAX_ATTEMPTS = 10_000;
    /**
     * The largest static area a reader copies (16 MiB), and the largest a producer creates: a region
     * whose header claims more is refused, so a hostile header cannot make every reader allocate up
     * to 2 GiB at open.
     */
    public static final long MAX_STATIC_BYTES = 16L << 20;

    /** Reads the directory of a mapped region. */
    public static StaticDirectory read(MemorySegment region, RegionLayout layout) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            int g1 = GlobalHeaderDescriptor.staticGenAcquire(region);
            long used = Math.min(Integer.toUnsignedLong(GlobalHeaderDescriptor.staticBytesUsedAcquire(region)),
                    layout.staticBytesCap());
            if (used > MAX_STATIC_BYTES) {
                throw new io.shmx.InvalidRegionException("static_bytes_used is " + used + ", more than the "
                        + MAX_STATIC_BYTES + " bytes (16 MiB) of static area a shmx region may use; the region is "
                        + "corrupt or not written by shmx; re-create it with its producer");
            }
            byte[] copy = new byte[(int) used];
            MemorySegment.copy(region, ValueLayout.JAVA_BYTE, layout.staticOffset(), copy, 0, copy.length);
            VarHandle.acquireFence();
            int g2 = GlobalHeaderDescriptor.staticGenAcquire(region);
            if (g1 == g2) {
                return of(g1, used, MemorySegment.ofArray(copy));
            }
            Thread.onSpinWait();
        }
        throw new ShmxException("the static directory kept changing during " + MAX_ATTEMPTS
                + " read attempts; its producer appends without pause; retry later");
    }

    /** Decodes a directory from a consistent copy of the static area's used bytes. */
    public static StaticDirectory of(int gen, long used, MemorySegment area) {
        DirectoryEntryCodec.Walk walk = DirectoryEntryCodec.decode(area, used);
        Map<String, Integer> byName = new HashMap<>();
        for (StreamSpec s : walk.streams()) {
            byName.putIfAbsent(s.name(), s.id());
        }
        return new StaticDirectory(gen, used, walk.endOffset(), walk.streams(), Map.copyOf(byName));
    }

    /** The entry for {@code id}, or null. */
    public StreamSpec stream(int id) {
        for (StreamSpec s : streams) {
            if (s.id() == id) {
                return s;
            }
        }
        return null;
    }

    /** The name of stream {@code id}, or null. */
    public String nameOf(int id) {
        StreamSpec s = stream(id);
        return s == null ? null : s.name();
    }
}
