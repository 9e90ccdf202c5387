package io.shmx.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.ChannelConfig;
import io.shmx.ControlMessage;
import io.shmx.ControlSendResult;
import io.shmx.ReaderInfo;
import io.shmx.ShmxClient;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Control messages across languages, through 4096-byte rings (about 130 messages of 16-48 bytes
 * each), so 400 messages wrap the ring three times and the sender fills it.
 */
class ControlInteropTest {
    private static final int TYPE = 0x3000;
    private static final int TOTAL = 400;

    /** Message {@code seq}: 8 bytes of seq, then (seq % 23) bytes of (seq + i); as {@code message()} in the C++ peer. */
    static byte[] message(long seq) {
        byte[] m = new byte[(int) (8 + seq % 23)];
        ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN).putLong(seq);
        for (int i = 8; i < m.length; i++) {
            m[i] = (byte) (seq + i);
        }
        return m;
    }

    @Test
    void javaReaderToOriginalProducerWrapsAndFillsTheRing() throws Exception {
        try (Channels ch = new Channels(); Peer cpp = Peer.start("producer")) {
            String name = ch.name("ctl-j2c");
            cpp.call("create " + name + " 4 8192 4096 16");
            try (ShmxClient client = ShmxClient.open(name, Duration.ofSeconds(5))) {
                long seq = 1;
                int fullHits = 0;
                long polled = 0;
                while (seq <= TOTAL) {
                    long sentNow = 0;
                    while (seq <= TOTAL && client.sendControl(TYPE, message(seq)) == ControlSendResult.SENT) {
                        seq++;
                        sentNow++;
                    }
                    if (seq <= TOTAL) {
                        fullHits++;
                        assertTrue(sentNow > 0, "a full ring refused the first message after a poll");
                    }
                    String r = cpp.call("pollseq 5000 " + sentNow);
                    assertEquals(sentNow, Peer.num(r, "got"), r);
                    assertEquals(0, Peer.num(r, "bad"), r);
                    assertEquals(0, Peer.num(r, "zero_ids"), r);
                    polled += sentNow;
                }
                assertEquals(TOTAL, polled);
                assertTrue(fullHits >= 2, "the ring was full " + fullHits + " times");
                String readers = cpp.call("readers");
                assertTrue(readers.contains(Long.toUnsignedString(client.readerId()) + ":"),
                        "the original producer sees the Java reader's id: " + readers);
                System.out.println("interop: Java -> C++ control: " + TOTAL + " messages, ring full " + fullHits + " times");
            }
        }
    }

    @Test
    void originalReaderToJavaProducerWrapsAndFillsTheRing() throws Exception {
        try (Channels ch = new Channels(); Peer cpp = Peer.start("reader")) {
            String name = ch.name("ctl-c2j");
            AllTypesWriter writer = AllTypesWriter.create(name, ChannelConfig.defaults().withCompatibility(true)
                    .withControlPerReader(4096));
            try {
                cpp.call("open " + name + " 5000");
                long cppId = writer.server().snapshotReaders().stream().filter(ReaderInfo::inUse).findFirst()
                        .orElseThrow().readerId();
                long next = 1;
                int fills = 0;
                while (next <= TOTAL) {
                    String r = cpp.call("fill " + next);
                    long sent = Peer.num(r, "sent");
                    assertTrue(sent > 0 && sent < 200, r);
                    fills++;
                    List<ControlMessage> got = writer.server().pollControl(1000);
                    assertEquals(sent, got.size(), "messages polled after '" + r + "'");
                    for (ControlMessage m : got) {
                        assertEquals(TYPE, m.type());
                        assertEquals(cppId, m.readerId(), "sender of message " + next);
                        assertArrayEquals(message(next), m.data(), "message " + next);
                        next++;
                    }
                }
                assertTrue(fills >= 3, "filled " + fills + " times");
                System.out.println("interop: C++ -> Java control: " + (next - 1) + " messages in " + fills + " full rings");
            } finally {
                writer.destroy();
            }
        }
    }
}
