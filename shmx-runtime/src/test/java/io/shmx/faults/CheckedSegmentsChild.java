package io.shmx.faults;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.FrameWriter;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/**
 * Run in a JVM with the native-access options under test: {@code <channel>} creates a channel with
 * checked segments, fills a frame through {@code segment()}, publishes it and writes through the
 * kept segment. Prints {@code SEGMENT ok} or {@code SEGMENT <exception>}, then {@code KEPT <exception>}
 * for the use after publish.
 */
public final class CheckedSegmentsChild {
    private CheckedSegmentsChild() {}

    public static void main(String[] args) {
        ChannelConfig cfg = ChannelConfig.defaults().withCheckedSegments(true);
        try (ShmxServer s = ShmxServer.create(args[0], cfg, List.of(StreamSpec.of(1, "v", DType.I64, 1)))) {
            FrameWriter w = s.beginFrame();
            long off = w.claimOffset(1, 1);
            MemorySegment kept;
            try {
                kept = w.segment();
                kept.set(ValueLayout.JAVA_LONG_UNALIGNED, off, 1L);
                System.out.println("SEGMENT ok");
            } catch (RuntimeException e) {
                System.out.println("SEGMENT " + e);
                return;
            }
            w.publish(1);
            try {
                kept.set(ValueLayout.JAVA_LONG_UNALIGNED, off, 2L);
                System.out.println("KEPT writable");
            } catch (RuntimeException e) {
                System.out.println("KEPT " + e);
            }
        }
    }
}
