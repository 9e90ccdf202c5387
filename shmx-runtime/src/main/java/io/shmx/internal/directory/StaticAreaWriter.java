package io.shmx.internal.directory;

import io.shmx.InvalidArgumentException;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.region.RegionLayout;
import io.shmx.internal.wire.Fnv;
import io.shmx.internal.wire.Wire;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The producer's side of the static area: appends bytes after {@code static_bytes_used}, then stores
 * {@code static_bytes_used} (release), {@code static_hash} (plain) and {@code static_gen + 1}
 * (release). Readers pair with {@link StaticDirectory#read}. The producer is the only writer.
 */
public final class StaticAreaWriter {
    private StaticAreaWriter() {}

    /** Appends {@code bytes}; fails without changing anything when they do not fit. */
    public static void append(MemorySegment region, RegionLayout layout, byte[] bytes, String what) {
        long used = Integer.toUnsignedLong(GlobalHeaderDescriptor.staticBytesUsedAcquire(region));
        long cap = layout.staticBytesCap();
        if (used + bytes.length > cap) {
            throw new InvalidArgumentException(what + " needs " + bytes.length + " bytes of static area, but only "
                    + Math.max(0, cap - used) + " of its " + cap + " bytes are free; create the channel with "
                    + "ChannelConfig.withStaticBytesCap(" + Wire.align64(Math.max(used + bytes.length, cap * 2))
                    + ") or more");
        }
        long base = layout.staticOffset();
        MemorySegment.copy(bytes, 0, region, ValueLayout.JAVA_BYTE, base + used, bytes.length);
        long newUsed = used + bytes.length;
        GlobalHeaderDescriptor.putStaticBytesUsedRelease(region, (int) newUsed);
        region.set(Wire.U64, GlobalHeaderDescriptor.STATIC_HASH_OFFSET, Fnv.hash64(region, base, newUsed));
        GlobalHeaderDescriptor.putStaticGenRelease(region, GlobalHeaderDescriptor.staticGenAcquire(region) + 1);
    }
}
