package io.shmx;

import static org.junit.jupiter.api.Assertions.*;

import io.shmx.testing.ShmNames;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/** Every user error names the value found, the rule it breaks and the fix; the channel stays usable. */
class ErrorMessageTest {
    @RegisterExtension
    static final ShmNames NAMES = new ShmNames("err");
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "a", DType.F32, 1), StreamSpec.of(2, "b", DType.U8, 1));

    static <T extends Throwable> String message(Class<T> type, Executable call, String... parts) {
        T e = assertThrows(type, call);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message lacks '" + p + "': " + e.getMessage());
        }
        return e.getMessage();
    }

    /** Code written against the JDK's type catches a bad argument given to shmx. */
    @Test
    void aBadArgumentIsAnIllegalArgumentException() {
        ChannelConfig d = ChannelConfig.defaults();
        IllegalArgumentException caught = null;
        try {
            ShmxServer.create(NAMES.next(), d.withSlots(0), STREAMS).close();
        } catch (IllegalArgumentException e) {
            caught = e;
        }
        assertInstanceOf(InvalidArgumentException.class, caught);
        assertThrows(IllegalArgumentException.class, () -> ShmxClient.open(null));
        try (ShmxServer s = ShmxServer.create(NAMES.next(), STREAMS)) {
            assertThrows(IllegalArgumentException.class, () -> s.beginFrame().append(7, new float[]{1}, 1));
            s.beginFrame().abort();
        }
    }

    @Test
    void badConfigValues() {
        ChannelConfig d = ChannelConfig.defaults();
        message(InvalidArgumentException.class, () -> ShmxServer.create(NAMES.next(), d.withSlots(0), STREAMS),
                "slots = 0", "at least 1", "withSlots");
        message(InvalidArgumentException.class, () -> ShmxServer.create(NAMES.next(), d.withFrameBytesCap(-5), STREAMS),
                "frameBytesCap = -5", "at least 1", "withFrameBytesCap");
        message(InvalidArgumentException.class, () -> ShmxServer.create(NAMES.next(), d.withReaderSlots(0), STREAMS),
                "readerSlots = 0", "withReaderSlots");
        message(InvalidArgumentException.class, () -> ShmxServer.create(NAMES.next(), d.withControlPerReader(16), STREAMS),
                "controlPerReader = 16", "at least 32", "withControlPerReader");
        message(InvalidArgumentException.class, () -> ShmxServer.create(NAMES.next(), d.withPermissions(0444), STREAMS),
                "0444", "owner read and write", "withPermissions");
        message(InvalidArgumentException.class, () -> ShmxServer.create(NAMES.next(), d.withStaticBytesCap(40), STREAMS),
                "staticBytesCap = 40", "needs", "withStaticBytesCap");
        message(InvalidArgumentException.class,
                () -> ShmxServer.create(NAMES.next(), d.withSlots(70000).withFrameBytesCap(1 << 20), STREAMS),
                "2^32", "70000 slots", "withSlots");
    }

    @Test
    void badStreamSpecs() {
        message(InvalidArgumentException.class, () -> ShmxServer.create(NAMES.next(),
                List.of(StreamSpec.of(3, "bid", DType.F64, 1), StreamSpec.of(3, "ask", DType.F64, 1))),
                "stream id 3", "'bid'", "'ask'", "unique");
        message(InvalidArgumentException.class, () -> ShmxServer.create(NAMES.next(),
                List.of(StreamSpec.of(1, "x", DType.F64, 1), StreamSpec.of(2, "x", DType.F64, 1))),
                "stream name 'x'", "unique", "rename");
        message(InvalidArgumentException.class, () -> ShmxServer.create(NAMES.next(),
                List.of(new StreamSpec(1, "x", 99, 1, 4, 0, null))), "dtype code 99", "1..13", "StreamSpec.of");
        message(InvalidArgumentException.class, () -> ShmxServer.create(NAMES.next(),
                List.of(StreamSpec.of(1, "x", DType.F32, 1, 0))), "bytesPerElem = 0", "at least one byte");
        message(InvalidArgumentException.class, () -> ShmxServer.create(NAMES.next(),
                List.of(StreamSpec.of(1, "", DType.F32, 1))), "0-byte name", "1..255");
    }

    @Test
    void badChannelNames() {
        for (String bad : new String[]{"", "/", "a/b", "..", "x..y", ".", "a\0b", "n".repeat(256)}) {
            message(InvalidArgumentException.class, () -> ShmxServer.create(bad, STREAMS), "channel name", "invalid",
                    "use a plain file name");
        }
        message(ChannelNotFoundException.class, () -> ShmxClient.open("/" + NAMES.next()), "does not exist",
                "start its producer");
    }

    @Test
    void badAppendsLeaveTheFrameUsable() {
        try (ShmxServer s = ShmxServer.create(NAMES.next(), ChannelConfig.defaults().withFrameBytesCap(256), STREAMS);
             ShmxClient c = ShmxClient.open(s.name())) {
            FrameWriter w = s.beginFrame().append(1, new float[]{1.5f}, 1);
            long before = w.payloadBytes();
            message(InvalidArgumentException.class, () -> w.append(7, new float[]{1}, 1),
                    "stream id 7", "1 'a', 2 'b'", "addStream");
            FrameTooLargeException big = assertThrows(FrameTooLargeException.class, () -> w.append(1, new float[100], 100));
            assertTrue(big.getMessage().contains("withFrameBytesCap(" + big.neededBytes() + ")"), big.getMessage());
            assertEquals(256, big.capBytes());
            assertEquals(before + 32 + 400, big.neededBytes(), "TLV header + data, padded, after what is there");
            message(InvalidArgumentException.class, () -> w.append(1, new float[2], 3), "3 elements", "holds only 8",
                    "at most 2");
            message(InvalidArgumentException.class, () -> w.append(1, new double[1], 1), "not a whole number",
                    "double[]");
            message(InvalidArgumentException.class, () -> w.append(2, MemorySegment.ofArray(new byte[4]), 3),
                    "segment is 4 bytes", "exactly");
            message(InvalidArgumentException.class, () -> w.append(1, new float[1], -1), "-1", "negative");
            assertEquals(before, w.payloadBytes(), "failed appends changed nothing");
            w.append(2, new byte[]{4, 5}, 2).publish(1);
            Frame f = c.latest();
            assertEquals(2, f.streamCount());
            assertArrayEquals(new byte[]{4, 5}, f.copyStream(2));

            message(InvalidArgumentException.class, () -> s.beginFrame().publish(0), "no streams", "abort()");
            w.abort();
            message(ShmxException.class, () -> w.append(1, new float[1], 1), "no frame in progress", "beginFrame");
            s.beginFrame().append(1, new float[]{2f}, 1).publish(2);
            assertEquals(2, c.latest().frameId());

            message(InvalidArgumentException.class, () -> s.addStream(StreamSpec.of(1, "dup", DType.U8, 1)),
                    "stream id 1", "unique");
            message(InvalidArgumentException.class, () -> s.writeStaticAppend(new byte[5000]), "5000 bytes",
                    "withStaticBytesCap");
        }
    }
}
