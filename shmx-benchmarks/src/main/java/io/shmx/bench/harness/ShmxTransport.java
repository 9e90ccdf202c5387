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
 * heap array; the reader takes {@code latest()} and reads the stamp in place, then validates.
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

    static Subscriber subscriber(String channel) {
        return new LatestSubscriber(ShmxClient.open(channel));
    }

    /** Takes each frame at most once, by frame id; frames that were published in between are skipped. */
    private static final class LatestSubscriber implements Subscriber {
        private final ShmxClient client;
        private long lastFrameId;
        private long stamp;
        private long torn;

        LatestSubscriber(ShmxClient client) {
            this.client = client;
        }

        @Override
        public long poll() {
            Frame frame = client.latest();
            if (frame == null) {
                return -1;
            }
            long id = frame.frameId();
            if (id == lastFrameId) {
                return -1;
            }
            lastFrameId = id;
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
            return torn;
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
