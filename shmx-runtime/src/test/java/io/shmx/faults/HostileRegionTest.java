package io.shmx.faults;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.InvalidArgumentException;
import io.shmx.InvalidRegionException;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.internal.directory.DirectoryEntryCodec;
import io.shmx.internal.frame.FrameHeaderDescriptor;
import io.shmx.internal.region.GlobalHeaderDescriptor;
import io.shmx.internal.region.RegionInitializer;
import io.shmx.internal.region.RegionLayout;
import io.shmx.internal.frame.FrameStreamDescriptor;
import io.shmx.internal.wire.Wire;
import io.shmx.testing.Allocations;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 12.7: what a hostile or damaged region header claims must not make a reader allocate
 * gigabytes, and raw static bytes must not smuggle in unvalidated streams.
 */
class HostileRegionTest {
    static final ShmNames NAMES = new ShmNames("hostile");
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "v", DType.I64, 1));

    @AfterAll
    static void cleanup() {
        NAMES.close();
    }

    /** A sparse region file (pages cost nothing until touched) laid out as {@code layout}, initialized, unlocked. */
    private static MemorySegment sparseRegion(Path file, RegionLayout layout, Arena arena) throws Exception {
        byte[] dir = DirectoryEntryCodec.encode(STREAMS);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(1), layout.totalBytes() - 1);
            MemorySegment seg = ch.map(FileChannel.MapMode.READ_WRITE, 0, layout.totalBytes(), arena);
            RegionInitializer.initialize(seg, layout, dir, false, 0);
            return seg;
        }
    }

    @Test
    void aHugeStaticAreaClaimIsRefusedWithoutAllocatingIt() throws Exception {
        String name = NAMES.next();
        long gib = 1L << 30;
        RegionLayout layout = RegionLayout.compute(2, 4096, 4, 0, gib, 200);
        try (Arena arena = Arena.ofShared()) {
            MemorySegment seg = sparseRegion(ShmNames.path(name), layout, arena);
            Wire.putU32(seg, GlobalHeaderDescriptor.STATIC_BYTES_USED_OFFSET, gib - 64);
            long before = Allocations.currentThread();
            InvalidRegionException e = assertThrows(InvalidRegionException.class, () -> ShmxClient.open(name).close());
            long allocated = Allocations.currentThread() - before;
            assertTrue(e.getMessage().contains("static_bytes_used") && e.getMessage().contains("16 MiB"),
                    e.getMessage());
            assertTrue(allocated < 32L << 20, "a reader allocated " + allocated + " bytes for a hostile header");
        }
    }

    @Test
    void aFrameClaimingMoreStreamsThanTheLimitIsNotAccepted() throws Exception {
        String name = NAMES.next();
        int streams = 70_000;
        int frameCap = streams * 32;
        RegionLayout layout = RegionLayout.compute(1, frameCap, 4, 0, 4096, 200);
        try (Arena arena = Arena.ofShared()) {
            MemorySegment seg = sparseRegion(ShmNames.path(name), layout, arena);
            long slot = layout.slotsOffset();
            long session = GlobalHeaderDescriptor.sessionId(seg);
            // one seqlock frame (id 1) of 70,000 stream TLVs of stream 1, 8 data bytes each
            for (int i = 0; i < streams; i++) {
                FrameStreamDescriptor.putZeroedTlv(seg, slot + FrameHeaderDescriptor.PAYLOAD_OFFSET + 32L * i, 1, 1, 8);
            }
            seg.set(Wire.U64, slot + FrameHeaderDescriptor.SESSION_ID_COPY_OFFSET, session);
            Wire.putU32(seg, slot + FrameHeaderDescriptor.PAYLOAD_BYTES_OFFSET, frameCap);
            Wire.putU32(seg, slot + FrameHeaderDescriptor.TLV_COUNT_OFFSET, streams);
            seg.set(Wire.U64, slot + FrameHeaderDescriptor.FRAME_ID_OFFSET, 1L);
            seg.set(Wire.U64, GlobalHeaderDescriptor.FRAME_SEQ_OFFSET, 1L);
            try (ShmxClient c = ShmxClient.open(name)) {
                long before = Allocations.currentThread();
                assertNull(c.latest(), "a frame of more than 65,536 streams is refused");
                long allocated = Allocations.currentThread() - before;
                assertTrue(allocated < 2L << 20, "the reader allocated " + allocated + " bytes for it");
            }
        }
    }

    @Test
    void rawStaticBytesThatReadAsInvalidDirectoryEntriesAreRefused() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults(), STREAMS)) {
            byte[] duplicate = DirectoryEntryCodec.encode(List.of(StreamSpec.of(1, "again", DType.F32, 1)));
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> s.writeStaticAppend(duplicate));
            assertTrue(e.getMessage().contains("directory entries"), e.getMessage());
            assertEquals(1, s.streams().size(), "nothing was appended");
            byte[] valid = DirectoryEntryCodec.encode(List.of(StreamSpec.of(2, "w", DType.F32, 1)));
            s.writeStaticAppend(valid);
            assertEquals(2, s.streams().size(), "valid entries are accepted as addStream would");
        }
    }
}
