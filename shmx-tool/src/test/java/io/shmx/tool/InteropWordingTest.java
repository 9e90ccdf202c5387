package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ChannelConfig;
import io.shmx.ShmxServer;
import io.shmx.SlotInfo;
import io.shmx.testing.TestChannels;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the tool says of states the original library leaves behind (issue 13.5): a wrapped
 * readers_connected, slots without a checksum or in mid-write, and no latest frame because
 * frames are overwritten faster than they are read.
 */
class InteropWordingTest {
    @RegisterExtension
    final TestChannels channels = new TestChannels("tool");

    /** inspect of a live channel whose writer computes no checksum and whose readers_connected wrapped below zero. */
    @Test
    void inspectSaysNoChecksumAndUnderflow() throws Exception {
        ShmxServer server = channels.createQuickstart("wording", ChannelConfig.defaults().withSlots(4), 2);
        try (FileChannel fc = FileChannel.open(server.file(), StandardOpenOption.WRITE)) {
            // as the original library leaves it after a double decrement: readers_connected (offset 116) = -1
            fc.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, -1), 116);
        }
        ToolRun run = ToolRun.of("inspect", server.name());
        assertEquals(ExitCodes.OK, run.status(), run::toString);
        String out = run.out();
        assertTrue(out.contains("readers_connected    4294967295  (= -1: underflow, see Readers)"), out);
        assertTrue(out.contains("readers_connected reads 4294967295 = -1: the counter went below zero"), out);
        assertTrue(out.contains("no checksum"), out);
        assertTrue(out.contains("empty"), "slots 2 and 3 were never written: " + out);
        assertTrue(out.contains(SlotChecksumText.LEGEND), out);
        assertTrue(out.contains("Latest frame: id 2"), out);
        assertFalse(out.contains(" no\n"), out);
    }

    @Test
    void readersConnectedUnderflowIsShownAsSuch() {
        assertEquals("4294967295  (= -1: underflow, see Readers)", ReadersConnectedText.headerValue(0xFFFF_FFFFL));
        assertEquals("3", ReadersConnectedText.headerValue(3));
        String title = ReadersConnectedText.readersTitle(0xFFFF_FFFEL, 16, 0);
        assertTrue(title.contains("= -2: the counter went below zero"), title);
        assertTrue(title.contains("0 slots in use, 16 slots"), title);
        assertEquals("Readers (2 connected, 16 slots)", ReadersConnectedText.readersTitle(2, 16, 2));
    }

    private static SlotInfo slot(int index, long frameId, long payload, long checksum, boolean ok) {
        return new SlotInfo(index, frameId, 0.0, payload, 1, checksum, true, frameId != 0, ok);
    }

    @Test
    void checksumColumnSaysWhichCase() {
        // write_index 6, reserve_index 6, 4 slots: nothing in progress
        assertEquals("yes", SlotChecksumText.of(slot(1, 6, 128, 77, true), 6, 6, 4));
        assertEquals("empty", SlotChecksumText.of(slot(2, 0, 0, 0, false), 6, 6, 4));
        assertEquals("mid-write", SlotChecksumText.of(slot(2, 0, 128, 0, false), 6, 6, 4),
                "this library's writer marks a slot it writes with frame_id 0");
        assertEquals("no checksum", SlotChecksumText.of(slot(1, 6, 128, 0, false), 6, 6, 4),
                "compatibility off: no checksum written");
        assertEquals("MISMATCH", SlotChecksumText.of(slot(1, 6, 128, 99, false), 6, 6, 4));
        // the original's writer reserved 7 (slot 2) and has not published it: slot 2 is being written
        assertEquals("mid-write", SlotChecksumText.of(slot(2, 3, 128, 99, false), 6, 7, 4));
        assertEquals("MISMATCH", SlotChecksumText.of(slot(1, 6, 128, 99, false), 6, 7, 4));
        assertTrue(SlotChecksumText.needsLegend("no checksum"));
        assertFalse(SlotChecksumText.needsLegend("empty"));
        assertTrue(SlotChecksumText.reservedUnpublished(3, 0xFFFF_FFFFL, 0x1_0000_0000L & 0xFFFF_FFFFL, 4) == false);
    }

    @Test
    void noLatestFrameSaysWhatHappened() {
        assertEquals("nothing published yet", new LatestFrameRead(null, 1, 0, 0).noneReason());
        String racing = new LatestFrameRead(null, 5, 1000, 1900).noneReason();
        assertTrue(racing.startsWith("frames are being overwritten faster than read (5 tries while frame_seq went from 1000 to 1900)"),
                racing);
        String stuck = new LatestFrameRead(null, 5, 12, 12).noneReason();
        assertTrue(stuck.contains("frame_seq is 12 but no slot holds a frame that passes the checks"), stuck);
    }
}
