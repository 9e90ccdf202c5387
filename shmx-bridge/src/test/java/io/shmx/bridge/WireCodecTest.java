package io.shmx.bridge;

import io.shmx.DType;
import io.shmx.Layout;
import io.shmx.StreamSpec;
import io.shmx.bridge.wire.Directory;
import io.shmx.bridge.wire.DirectoryCodec;
import io.shmx.bridge.wire.MessageHeader;
import io.shmx.bridge.wire.StatusCodec;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bridge's messages decode to what was encoded, and bytes from the network never throw. */
class WireCodecTest {
    static final Directory DIR = new Directory(4, 16, 4096, 1 << 20, 4096, 0x1234_5678_9abc_def0L, 40457, List.of(
            StreamSpec.of(1, "seq", DType.U64, 1),
            StreamSpec.of(2, "payload", DType.U8, 1),
            StreamSpec.of(7, "positions", DType.F32, 3, Layout.AOS_VECTOR, "unit=m".getBytes(StandardCharsets.UTF_8))));

    @Test
    void aDirectoryDecodesToWhatWasEncoded() {
        UnsafeBuffer b = new UnsafeBuffer(ByteBuffer.allocateDirect(1024));
        int n = DirectoryCodec.encode(DIR, b, 8);
        assertEquals(DirectoryCodec.encodedLength(DIR), n);
        Directory back = DirectoryCodec.decode(b, 8, n);
        assertEquals(DIR, back);
        assertTrue(DIR.sameChannelAs(back) && DIR.isPrefixOf(back));
    }

    @Test
    void aTruncatedOrCorruptDirectoryIsRefusedWithoutThrowing() {
        UnsafeBuffer b = new UnsafeBuffer(ByteBuffer.allocateDirect(1024));
        int n = DirectoryCodec.encode(DIR, b, 0);
        for (int cut = 0; cut < n; cut++) {
            Directory d = DirectoryCodec.decode(b, 0, cut);
            assertTrue(d == null || cut > n - 4,
                    "a directory cut at " + cut + " of " + n + " bytes must not decode whole");
        }
        Random rnd = new Random(42);
        byte[] junk = new byte[1024];
        for (int i = 0; i < 5000; i++) {
            rnd.nextBytes(junk);
            b.putBytes(0, junk);
            DirectoryCodec.decode(b, 0, rnd.nextInt(1024));   // must not throw
            StatusCodec.decode(b, 0, rnd.nextInt(1024));
            MessageHeader.readable(b, 0, rnd.nextInt(1024));
        }
    }

    @Test
    void aStatusDecodesToWhatWasEncodedAndLongNamesAreCut() {
        UnsafeBuffer b = new UnsafeBuffer(ByteBuffer.allocateDirect(512));
        byte[] name = "x".repeat(300).getBytes(StandardCharsets.UTF_8);
        int n = StatusCodec.encode(b, 0, 77, 10, 2, 4096, 12, name);
        StatusCodec.Status s = StatusCodec.decode(b, 0, n);
        assertNotNull(s);
        assertEquals(new StatusCodec.Status(77, 10, 2, 4096, 12, "x".repeat(StatusCodec.MAX_NAME)), s);
        assertNull(StatusCodec.decode(b, 0, n - 1));
    }

    @Test
    void theHeaderRoundTrips() {
        UnsafeBuffer b = new UnsafeBuffer(ByteBuffer.allocateDirect(64));
        MessageHeader.write(b, 0, MessageHeader.TYPE_FRAME, 1000, -5, 6, 7, 64, 3);
        assertTrue(MessageHeader.readable(b, 0, MessageHeader.LENGTH));
        assertEquals(MessageHeader.TYPE_FRAME, MessageHeader.type(b, 0));
        assertEquals(1000, MessageHeader.bodyLength(b, 0));
        assertEquals(-5, MessageHeader.senderId(b, 0));
        assertEquals(6, MessageHeader.epoch(b, 0));
        assertEquals(7, MessageHeader.seq(b, 0));
        assertEquals(64, MessageHeader.chunkOffset(b, 0));
        assertEquals(3, MessageHeader.directoryVersion(b, 0));
        assertTrue(!MessageHeader.readable(b, 0, MessageHeader.LENGTH - 1));
    }
}
