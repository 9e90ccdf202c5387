package io.shmx.internal.region;

import io.shmx.RegionCopy.Consistency;
import io.shmx.RegionCopy;
import io.shmx.ShmxException;
import io.shmx.internal.frame.FrameHeaderDescriptor;
import io.shmx.internal.wire.Wire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Copies a mapped region to a file, consistently, without writing to the region.
 *
 * <p>Protocol (the copier only reads; the producer stores {@code static_gen}, {@code frame_seq},
 * {@code write_index} and {@code reserve_index} with release, see {@link GlobalHeaderDescriptor}):
 * <ol>
 *   <li>Whole copy: {@code g0 = static_gen}, {@code s0 = frame_seq} (acquire); copy every byte of
 *       the layout; acquire fence; {@code g1}, {@code s1} (acquire). Nothing was published and the
 *       directory did not change during the copy iff {@code g0 == g1 && s0 == s1}. Tried up to
 *       {@link #WHOLE_ATTEMPTS} times.</li>
 *   <li>A producer that publishes faster than the region can be copied never leaves such a window.
 *       Then the last whole copy is kept and refreshed with a short copy: {@code g0 = static_gen}
 *       (acquire); the header and static area ({@code [0, static_offset + static_bytes_cap)}); acquire
 *       fence (pairs with the release store of the copied {@code write_index w}); retried when the
 *       copied {@code frame_seq} and {@code w} disagree (copied mid-publish); then, unless nothing was
 *       published, the frame slot {@code w} names (frame header and the payload it claims, at most the
 *       slot) and {@link FrameHeaderDescriptor#reservationIntact} (acquire fence, then
 *       {@code reserve_index - w < slots}, unsigned 32-bit: the slot was not reserved again, which the
 *       original library's writers and the seqlocked ones both guarantee); {@code g1} (acquire). The
 *       copy holds that frame and its directory intact iff the reservation held, {@code g0 == g1} and
 *       the copied header says {@code static_gen == g0}. Tried up to {@link #LATEST_ATTEMPTS} times.</li>
 * </ol>
 * Slot positions come from the layout validated when the region was opened (the producer never
 * changes them), not from the copied header. The copy is written to a hidden temporary file beside
 * the target and moved into place at the end, so the target is either the old file or a whole copy.
 */
public final class RegionCopier {
    static final int WHOLE_ATTEMPTS = 50;
    static final int LATEST_ATTEMPTS = 10_000;

    private RegionCopier() {}

    /**
     * @throws UncheckedIOException when the target cannot be written
     * @throws ShmxException        when the region changed during every attempt
     */
    public static RegionCopy copy(MappedRegion region, Path target) {
        return copy(region, target, WHOLE_ATTEMPTS);
    }

    /** {@link #copy(MappedRegion, Path)} with a chosen number of whole copies (0 tests the fallback alone). */
    static RegionCopy copy(MappedRegion region, Path target, int wholeAttempts) {
        Path dest = target.toAbsolutePath();
        long size = region.layout().totalBytes();
        Path tmp = null;
        try (Arena arena = Arena.ofConfined()) {
            tmp = Files.createTempFile(dest.getParent(), "." + dest.getFileName(), ".part");
            RegionCopy copy;
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.allocate(1), size - 1);
                MemorySegment dst = out.map(FileChannel.MapMode.READ_WRITE, 0, size, arena);
                copy = copyConsistently(region, dst, dest, wholeAttempts);
                dst.force();
                out.force(true);
            }
            Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a copy of " + region.what() + " to " + dest + ": " + e, e);
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

    private static RegionCopy copyConsistently(MappedRegion region, MemorySegment dst, Path dest, int wholeAttempts) {
        MemorySegment src = region.segment();
        RegionLayout layout = region.layout();
        long size = layout.totalBytes();
        for (int attempt = 1; attempt <= wholeAttempts; attempt++) {
            int g0 = GlobalHeaderDescriptor.staticGenAcquire(src);
            long s0 = GlobalHeaderDescriptor.frameSeqAcquire(src);
            MemorySegment.copy(src, 0, dst, 0, size);
            VarHandle.acquireFence();
            int g1 = GlobalHeaderDescriptor.staticGenAcquire(src);
            long s1 = GlobalHeaderDescriptor.frameSeqAcquire(src);
            if (g0 == g1 && s0 == s1) {
                return new RegionCopy(dest, size, s0, Consistency.WHOLE, attempt);
            }
        }
        long headAndStatic = layout.staticOffset() + layout.staticBytesCap();
        int slots = (int) layout.slots();
        for (int attempt = 0; attempt < LATEST_ATTEMPTS; attempt++) {
            int g0 = GlobalHeaderDescriptor.staticGenAcquire(src);
            MemorySegment.copy(src, 0, dst, 0, headAndStatic);
            VarHandle.acquireFence(); // the slot reads below come after the copied write_index (its release store)
            int w = dst.get(Wire.U32, GlobalHeaderDescriptor.WRITE_INDEX_OFFSET);
            long seq = dst.get(Wire.U64, GlobalHeaderDescriptor.FRAME_SEQ_OFFSET);
            if ((int) seq != w) {
                continue; // the header was copied in the middle of a publish
            }
            boolean intact;
            if (seq == 0) {
                intact = true; // nothing published: the header and directory are the whole story
            } else {
                long slot = layout.slotOffset(FrameHeaderDescriptor.slotOf(w, slots));
                long payload = FrameHeaderDescriptor.payloadBytes(src, slot);
                long length = FrameHeaderDescriptor.LENGTH
                        + Math.min(payload, layout.slotStride() - FrameHeaderDescriptor.LENGTH);
                MemorySegment.copy(src, slot, dst, slot, length);
                intact = FrameHeaderDescriptor.reservationIntact(src, w, slots);
            }
            int g1 = GlobalHeaderDescriptor.staticGenAcquire(src);
            if (intact && g0 == g1 && dst.get(Wire.U32, GlobalHeaderDescriptor.STATIC_GEN_OFFSET) == g0) {
                return new RegionCopy(dest, size, seq, Consistency.LATEST_FRAME, wholeAttempts);
            }
        }
        throw new ShmxException(region.what() + " changed during every copy (" + wholeAttempts + " whole copies, "
                + LATEST_ATTEMPTS + " copies of the latest frame): its static directory keeps changing or its"
                + " producer laps the ring faster than one frame can be copied; retry when it is calmer");
    }
}
