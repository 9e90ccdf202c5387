package io.shmx.bench.harness;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.Frame;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/**
 * shmx under the harness: one U8 stream per frame, default ring of 3 slots, frames appended from a
 * heap array; the reader takes {@code latest()} (lib {@code shmx}: newest frame, skipping what it
 * missed) or {@code next()} (lib {@code shmx-next}: every frame in order while the 3-slot ring
 * holds it, like Agrona's receiver) and reads the stamp in place, then validates.
 */
final class ShmxTransport {
    static final int STREAM = 1;

    private ShmxTransport() {}

    static Publisher publisher(String channel, int size) {
        ShmxServer server = ShmxServer.create(channel, ChannelConfig.defaults().withFrameBytesCap(size + 256),
                List.of(StreamSpec.of(STREAM, "payload", DType.U8, 1)));
        byte[] src = Payload.newSource(size);
        return new Publisher() {
            @Override
            public void send(long seq) {
                Payload.stamp(src, seq);
                server.beginFrame().append(STREAM, src, size).publish(seq);
            }

            @Override
            public void close() {
                server.destroy();
            }
        };
    }

    static Subscriber subscriber(String channel, boolean inOrder) {
        return new FrameSubscriber(ShmxClient.open(channel), inOrder);
    }

    /** Takes each frame at most once, by frame id. */
    private static final class FrameSubscriber implements Subscriber {
        private final ShmxClient client;
        private final boolean inOrder;
        private long lastFrameId;
        private long stamp;
        private long torn;
        private long lapped;

        FrameSubscriber(ShmxClient client, boolean inOrder) {
            this.client = client;
            this.inOrder = inOrder;
        }

        @Override
        public long poll() {
            Frame frame = inOrder ? client.next() : client.latest();
            if (frame == null) {
                return -1;
            }
            long id = frame.frameId();
            if (id == lastFrameId) {
                return -1;
            }
            lastFrameId = id;
            if (inOrder) {
                lapped += frame.missedBefore();
            }
            MemorySegment seg = frame.segment();
            long offset = frame.offsetAt(frame.indexOf(STREAM));
            long seq = seg.get(ValueLayout.JAVA_LONG_UNALIGNED, offset + Payload.SEQ);
            long sent = seg.get(ValueLayout.JAVA_LONG_UNALIGNED, offset + Payload.STAMP);
            if (!frame.isValid()) {
                torn++;
                return -1;
            }
            stamp = sent;
            return seq;
        }

        @Override
        public long stamp() {
            return stamp;
        }

        @Override
        public long lost() {
            return torn + lapped;
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
