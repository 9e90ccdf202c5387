package io.shmx.testing;

import io.shmx.HeaderInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The control rings of a live region seen through a second, read-write mapping of its file, as a
 * misbehaving peer would see them: the tests read the ring bytes the spec prescribes and write
 * records that break it. Offsets come from the region's header ({@link HeaderInfo}); the ring
 * layout is the spec's (read counter, write counter, message area).
 */
public final class RawRings implements AutoCloseable {
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final Arena arena = Arena.ofShared();
    private final MemorySegment region;
    private final long controlOffset;
    private final long controlStride;
    private final long area;

    public RawRings(Path file, HeaderInfo header) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            region = ch.map(FileChannel.MapMode.READ_WRITE, 0, ch.size(), arena);
        } catch (IOException e) {
            arena.close();
            throw new UncheckedIOException(e);
        }
        controlOffset = header.controlOffset();
        controlStride = header.controlStride();
        area = header.controlPerReader() - 16;
    }

    /** Bytes of a ring's message area. */
    public long area() {
        return area;
    }

    private long base(int slot) {
        return controlOffset + slot * controlStride;
    }

    public long readCounter(int slot) {
        return region.get(U64, base(slot));
    }

    public long writeCounter(int slot) {
        return region.get(U64, base(slot) + 8);
    }

    public void writeCounter(int slot, long w) {
        region.set(U64, base(slot) + 8, w);
    }

    public void readCounter(int slot, long r) {
        region.set(U64, base(slot), r);
    }

    /** TLV type at message-area offset {@code pos}. */
    public int typeAt(int slot, long pos) {
        return region.get(U32, base(slot) + 16 + pos);
    }

    /** TLV length at message-area offset {@code pos} (unsigned). */
    public long lengthAt(int slot, long pos) {
        return Integer.toUnsignedLong(region.get(U32, base(slot) + 16 + pos + 4));
    }

    /** Writes a TLV header at the write position and publishes {@code advance} bytes of it. */
    public void appendHeader(int slot, int type, int length, long advance) {
        long w = writeCounter(slot);
        long at = base(slot) + 16 + Long.remainderUnsigned(w, area);
        region.set(U32, at, type);
        region.set(U32, at + 4, length);
        writeCounter(slot, w + advance);
    }

    @Override
    public void close() {
        arena.close();
    }
}
