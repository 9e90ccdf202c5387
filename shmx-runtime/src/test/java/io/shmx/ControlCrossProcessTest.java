package io.shmx;

import static org.junit.jupiter.api.Assertions.*;

import io.shmx.testing.ChildJvm;
import io.shmx.testing.Publisher;
import io.shmx.testing.RawRings;
import io.shmx.testing.ReaderChild;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/** Readers in child JVMs talking to a producer here, readers killed with SIGKILL, a producer restarted. */
class ControlCrossProcessTest {
    @RegisterExtension
    static final ShmNames NAMES = new ShmNames("cx");
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "id", DType.U64, 1));
    static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final long SECOND = 1_000_000_000L;

    /** A child's {@code READY <index> <id>} line. */
    record Ready(int index, long id) {
        static Ready of(ChildJvm child) {
            String[] f = child.expect("READY").split(" ");
            return new Ready(Integer.parseInt(f[1]), Long.parseUnsignedLong(f[2]));
        }
    }

    static long recordBytes(long length) {
        return (8 + length + 15) & ~15L;
    }

    @Test
    void messagesFromThreeReaderProcessesArriveCompleteInOrderAndAttributed() throws Exception {
        int count = 2000;
        int children = 3;
        // 256-byte rings (240-byte message areas) against 4..64-byte messages: the rings fill and wrap constantly
        ChannelConfig cfg = ChannelConfig.defaults().withControlPerReader(256).withReaderSlots(4);
        try (ShmxServer s = ShmxServer.create(NAMES.next(), cfg, STREAMS)) {
            List<ChildJvm> procs = new ArrayList<>();
            try {
                for (int n = 0; n < children; n++) {
                    procs.add(new ChildJvm(ReaderChild.class, "send", s.name(), Integer.toString(n),
                            Integer.toString(count)));
                }
                Map<Integer, Integer> childOfSlot = new HashMap<>();
                long[] idOfChild = new long[children];
                for (int n = 0; n < children; n++) {
                    Ready r = Ready.of(procs.get(n));
                    childOfSlot.put(r.index(), n);
                    idOfChild[n] = r.id();
                }
                assertEquals(children, childOfSlot.size(), "one slot each");
                assertEquals(children, s.headerInfo().readersConnected());
                for (ChildJvm p : procs) {
                    p.send("GO");
                }
                // nobody polls until every child has met a full ring
                for (ChildJvm p : procs) {
                    p.expect("FIRSTFULL");
                }
                int[] next = new int[children];
                long[] dataBytes = new long[children];
                ControlHandler check = (index, readerId, type, data) -> {
                    Integer n = childOfSlot.get(index);
                    assertNotNull(n, "a message from slot " + index + ", which no child holds");
                    assertEquals(idOfChild[n], readerId, "attributed to the child that holds the slot");
                    assertEquals(ReaderChild.type(n), type, "the child's own message type");
                    int k = next[n] + 1;
                    byte[] want = ReaderChild.message(n, k);
                    assertEquals(want.length, data.byteSize(), "child " + n + " message " + k + " complete");
                    assertEquals(k, data.get(I32, 0), "child " + n + " in order");
                    assertEquals(-1, MemorySegment.ofArray(want).mismatch(data), "child " + n + " message " + k);
                    next[n] = k;
                    dataBytes[n] += recordBytes(want.length);
                };
                long deadline = System.nanoTime() + 90 * SECOND;
                IdleStrategy idle = new BackoffIdleStrategy();
                long total = 0;
                while (total < (long) children * count && System.nanoTime() < deadline) {
                    int got = s.pollControl(check, 64);
                    total += got;
                    idle.idle(got);
                }
                assertArrayEquals(new int[]{count, count, count}, next, "every message of every child");
                assertEquals(List.of(), s.controlFaults());
                long fulls = 0;
                for (ChildJvm p : procs) {
                    String[] sent = p.expect("SENT").split(" ");
                    assertEquals(count, Integer.parseInt(sent[1]));
                    fulls += Long.parseLong(sent[3]);
                }
                try (RawRings raw = new RawRings(s.file(), s.headerInfo())) {
                    for (Map.Entry<Integer, Integer> e : childOfSlot.entrySet()) {
                        long w = raw.writeCounter(e.getKey());
                        assertEquals(w, raw.readCounter(e.getKey()), "all consumed");
                        long padding = w - dataBytes[e.getValue()];
                        assertTrue(padding > 0 && w > 100 * raw.area(),
                                "ring " + e.getKey() + " wrapped (w = " + w + ") with padding (" + padding + " bytes)");
                    }
                }
                System.out.printf("3 reader processes: %d messages each, %d FULL results, all delivered in order%n",
                        count, fulls);
                for (ChildJvm p : procs) {
                    p.send("CLOSE");
                }
                for (ChildJvm p : procs) {
                    assertEquals(0, p.waitFor(30));
                }
                assertEquals(0, s.headerInfo().readersConnected());
                assertEquals(List.of(), s.snapshotReaders());
            } finally {
                procs.forEach(ChildJvm::close);
            }
        }
    }

    @Test
    void aReaderKilledWithSigkillIsReapedAfterTheTimeoutAndItsSlotIsReusedCleanly() throws Exception {
        Duration timeout = Duration.ofSeconds(1);
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withReaderSlots(4), STREAMS);
             ChildJvm victim = new ChildJvm(ReaderChild.class, "hold", s.name(), "0");
             ChildJvm survivor = new ChildJvm(ReaderChild.class, "hold", s.name(), "1")) {
            Ready v = Ready.of(victim);
            Ready keep = Ready.of(survivor);
            assertEquals(2, s.headerInfo().readersConnected());
            long beforeLastHeartbeat = System.nanoTime(); // the victim's last heartbeat comes with its send
            victim.send("SEND 3");
            victim.expect("SENT");
            victim.kill();
            long killedAt = System.nanoTime();

            assertEquals(0, s.reapStaleReaders(Duration.ofSeconds(30)), "its heartbeat is recent: not yet");
            assertEquals(2, s.headerInfo().readersConnected(), "a dead reader counts until it is reaped");
            int reaped = 0;
            while (reaped == 0 && System.nanoTime() - killedAt < 20 * SECOND) {
                LockSupport.parkNanos(50_000_000L);
                reaped = s.reapStaleReaders(timeout);
            }
            assertEquals(1, reaped);
            assertTrue(System.nanoTime() - beforeLastHeartbeat >= timeout.toNanos(), "not before the timeout");
            assertEquals(1, s.headerInfo().readersConnected());
            assertEquals(List.of(keep.id()), s.snapshotReaders().stream().map(ReaderInfo::readerId).toList(),
                    "the live reader, which heartbeats while it reads, stays");
            assertEquals(List.of(), s.pollControl(10), "the dead reader's unread messages went with its slot");

            try (ChildJvm next = new ChildJvm(ReaderChild.class, "hold", s.name(), "2")) {
                Ready n = Ready.of(next);
                assertEquals(v.index(), n.index(), "the freed slot is claimed again");
                assertNotEquals(v.id(), n.id());
                assertEquals(2, s.headerInfo().readersConnected());
                ReaderInfo info = s.snapshotReaders().stream().filter(r -> r.index() == n.index()).findFirst()
                        .orElseThrow();
                assertEquals(n.id(), info.readerId());
                assertEquals(0, info.lastFrameSeen(), "nothing of the previous owner left");
                assertTrue(info.heartbeat() - killedAt > 0, "a fresh heartbeat");
                next.send("SEND 2");
                next.expect("SENT");
                List<ControlMessage> got = s.pollControl(10);
                assertEquals(2, got.size(), "only the new reader's messages");
                for (int k = 0; k < 2; k++) {
                    assertEquals(n.id(), got.get(k).readerId());
                    assertEquals(n.index(), got.get(k).readerIndex());
                    assertArrayEquals(ReaderChild.message(2, k + 1), got.get(k).data());
                }
                next.send("EXIT");
                survivor.send("EXIT");
                assertEquals(0, next.waitFor(30));
                assertEquals(0, survivor.waitFor(30));
            }
            assertEquals(0, s.reapStaleReaders(Duration.ZERO), "both left cleanly");
            assertEquals(0, s.headerInfo().readersConnected());
        }
    }

    @Test
    void readersFollowAProducerThatIsKilledAndStartedAgain() throws Exception {
        String name = NAMES.next();
        try (ChildJvm first = new ChildJvm(Publisher.class, "count", name)) {
            first.expect("READY");
            first.send("PUBLISH 5");
            first.expect("DONE");
            try (ShmxClient c = ShmxClient.open(name)) {
                assertEquals(5, c.latest().frameId());
                long oldSession = c.sessionId();
                first.kill();
                assertEquals(ProducerState.DEAD, c.producerState(), "a clear state for a dead producer");
                assertEquals(5, c.latest().frameId(), "its frames stay readable");

                try (ChildJvm second = new ChildJvm(Publisher.class, "count", name)) {
                    second.expect("READY");
                    second.send("PUBLISH 3");
                    second.expect("DONE");
                    Frame f = null;
                    long deadline = System.nanoTime() + 20 * SECOND;
                    while (c.sessionId() == oldSession && System.nanoTime() < deadline) {
                        f = c.latest();
                        LockSupport.parkNanos(2_000_000L);
                    }
                    assertNotEquals(oldSession, c.sessionId(), "moved to the new session by itself");
                    f = c.latest();
                    assertNotNull(f);
                    assertEquals(3, f.frameId());
                    assertEquals(3L, f.stream(1).get(I64, 0));
                    assertEquals(1, c.reattachments());
                    assertEquals(ProducerState.ALIVE, c.producerState());
                    try (ShmxInspector in = ShmxInspector.open(name)) {
                        assertEquals(c.sessionId(), in.headerInfo().sessionId());
                        assertEquals(1, in.headerInfo().readersConnected(), "a slot in the new region");
                        assertEquals(List.of(c.readerId()), in.readers().stream().map(ReaderInfo::readerId).toList());
                        assertEquals(c.readerIndex(), in.readers().getFirst().index());
                    }
                    second.send("PUBLISH 2");
                    second.expect("DONE");
                    for (long want = 4; want <= 5; want++) {
                        Frame n = c.awaitNext(Duration.ofSeconds(10));
                        assertNotNull(n);
                        assertEquals(want, n.frameId());
                        assertEquals(0, n.missedBefore());
                    }
                    assertEquals(ControlSendResult.SENT, c.sendControl(TlvType.CONTROL_USER, new byte[]{1}),
                            "control messages go to the new region's ring");
                    second.send("CLOSE");
                    assertEquals(0, second.waitFor(30));
                }
            }
        }
    }
}
