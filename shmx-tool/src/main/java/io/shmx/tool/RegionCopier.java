package io.shmx.tool;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Copies a live region to a file, consistently, without writing to the region.
 *
 * <p>Protocol (the tool only reads the region; the producer writes {@code static_gen},
 * {@code frame_seq}, {@code write_index} and {@code reserve_index} with release stores):
 * <ol>
 *   <li>Whole copy: {@code g0 = static_gen}, {@code s0 = frame_seq} (acquire); copy every byte of
 *       the mapping; acquire fence; {@code g1}, {@code s1} (acquire). Nothing was published and the
 *       directory did not change during the copy iff {@code g0 == g1 && s0 == s1}. Retried up to
 *       {@link #WHOLE_ATTEMPTS} times.</li>
 *   <li>A producer that publishes faster than the region can be copied never leaves such a window.
 *       Then the last whole copy is kept and its header and latest frame are refreshed from a short
 *       copy: the header (128 bytes), then the frame header and payload of the slot its
 *       {@code write_index w} names; acquire fence; the copy holds that frame intact iff
 *       {@code reserve_index - w < slots} (unsigned 32-bit: the slot was not reserved again, the
 *       test the original library's writers and the seqlocked ones both satisfy) and
 *       {@code static_gen} is unchanged. Reader slots and older frame slots then come from the whole
 *       copy, a moment earlier.</li>
 * </ol>
 * The copy is written to a temporary file beside the target and moved into place at the end.
 */
final class RegionCopier {
    static final int WHOLE_ATTEMPTS = 50;
    static final int LATEST_ATTEMPTS = 10_000;

    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG;
    private static final VarHandle U32_HANDLE = U32.varHandle();
    private static final VarHandle U64_HANDLE = U64.varHandle();

    /** What a copy achieved. */
    enum Consistency {
        /** Nothing was published and the directory did not change while every byte was copied. */
        WHOLE,
        /** Frames were published during every whole copy; header and latest frame were refreshed. */
        LATEST_FRAME
    }

    /**
     * @param bytes        bytes written
     * @param frameSeq     {@code frame_seq} in the copy
     * @param consistency  what the copy guarantees
     * @param wholeAttempts whole copies made
     */
    record Result(long bytes, long frameSeq, Consistency consistency, int wholeAttempts) {
    }

    private RegionCopier() {}

    static Result copy(RegionProbe.Region region, Path target, String what) {
        Path dest = target.toAbsolutePath();
        Path dir = dest.getParent();
        Path tmp = null;
        try (Arena arena = Arena.ofConfined();
             FileChannel in = FileChannel.open(region.path(), StandardOpenOption.READ)) {
            long size = in.size();
            if (size < region.regionBytes()) {
                throw new RegionException(what + " shrank to " + size + " bytes while being opened");
            }
            MemorySegment src = in.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
            tmp = Files.createTempFile(dir, "." + dest.getFileName(), ".part");
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.allocate(1), size - 1);
                MemorySegment dst = out.map(FileChannel.MapMode.READ_WRITE, 0, size, arena);
                Result result = copyConsistently(src, dst, size, what);
                dst.force();
                out.force(true);
                Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                tmp = null;
                return result;
            }
        } catch (IOException e) {
            throw new RegionException("cannot dump " + what + " to " + dest + ": " + e.getMessage(), e);
        } catch (InternalError e) {
            throw new RegionException(what + " was truncated or removed while being copied", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }

    private static Result copyConsistently(MemorySegment src, MemorySegment dst, long size, String what) {
        for (int attempt = 1; attempt <= WHOLE_ATTEMPTS; attempt++) {
            int g0 = u32Acquire(src, WireHeader.STATIC_GEN_OFFSET);
            long s0 = u64Acquire(src, WireHeader.FRAME_SEQ_OFFSET);
            MemorySegment.copy(src, 0, dst, 0, size);
            VarHandle.acquireFence();
            int g1 = u32Acquire(src, WireHeader.STATIC_GEN_OFFSET);
            long s1 = u64Acquire(src, WireHeader.FRAME_SEQ_OFFSET);
            if (g0 == g1 && s0 == s1) {
                return new Result(size, s0, Consistency.WHOLE, attempt);
            }
        }
        for (int attempt = 0; attempt < LATEST_ATTEMPTS; attempt++) {
            int g0 = u32Acquire(src, WireHeader.STATIC_GEN_OFFSET);
            MemorySegment.copy(src, 0, dst, 0, WireHeader.SIZE);
            long slots = Integer.toUnsignedLong(dst.get(U32, WireHeader.SLOTS_OFFSET));
            long stride = Integer.toUnsignedLong(dst.get(U32, WireHeader.SLOT_STRIDE_OFFSET));
            long slotsStart = Integer.toUnsignedLong(dst.get(U32, WireHeader.SLOTS_START_OFFSET));
            int w = dst.get(U32, WireHeader.WRITE_INDEX_OFFSET);
            long seq = dst.get(U64, WireHeader.FRAME_SEQ_OFFSET);
            if (slots == 0 || stride < WireHeader.FRAME_HEADER_SIZE || w == 0 || (int) seq != w) {
                continue; // nothing published yet, or the header was copied in the middle of a publish
            }
            long slotStart = slotsStart + (Integer.toUnsignedLong(w - 1) % slots) * stride;
            if (slotStart + stride > size) {
                throw new RegionException(what + " has a slot outside the region (slots_offset " + slotsStart
                        + ", slot_stride " + stride + ", " + size + " bytes)");
            }
            long payload = Integer.toUnsignedLong(src.get(U32, slotStart + WireHeader.PAYLOAD_BYTES_IN_SLOT));
            long length = WireHeader.FRAME_HEADER_SIZE + Math.min(payload, stride - WireHeader.FRAME_HEADER_SIZE);
            MemorySegment.copy(src, slotStart, dst, slotStart, length);
            VarHandle.acquireFence();
            int reserve = u32Acquire(src, WireHeader.RESERVE_INDEX_OFFSET);
            int g1 = u32Acquire(src, WireHeader.STATIC_GEN_OFFSET);
            if (g0 == g1 && dst.get(U32, WireHeader.STATIC_GEN_OFFSET) == g0
                    && Integer.toUnsignedLong(reserve - w) < slots) {
                return new Result(size, seq, Consistency.LATEST_FRAME, WHOLE_ATTEMPTS);
            }
        }
        throw new RegionException(what + " changed during every copy (" + WHOLE_ATTEMPTS + " whole copies, "
                + LATEST_ATTEMPTS + " copies of the latest frame): its static directory keeps changing or its"
                + " producer laps the ring faster than one frame can be copied; retry when it is calmer");
    }

    private static int u32Acquire(MemorySegment region, long offset) {
        return (int) U32_HANDLE.getAcquire(region, offset);
    }

    private static long u64Acquire(MemorySegment region, long offset) {
        return (long) U64_HANDLE.getAcquire(region, offset);
    }
}
