package io.shmx.bench.harness;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.Frame;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
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
    private static final class FrameSubscriber extends Subscriber {
        private final ShmxClient client;
        private final boolean inOrder;
        private long lastFrameId;
        private long lapped;
        private Frame frame;
        private long offset;

        FrameSubscriber(ShmxClient client, boolean inOrder) {
            this.client = client;
            this.inOrder = inOrder;
        }

        @Override
        protected boolean take() {
            Frame f = inOrder ? client.next() : client.latest();
            if (f == null) {
                return false;
            }
            long id = f.frameId();
            if (id == lastFrameId) {
                return false;
            }
            lastFrameId = id;
            if (inOrder) {
                lapped += f.missedBefore();
            }
            frame = f;
            offset = f.offsetAt(f.indexOf(STREAM));
            return true;
        }

        @Override
        protected long payloadLong(int at) {
            return frame.segment().get(ValueLayout.JAVA_LONG_UNALIGNED, offset + at);
        }

        @Override
        protected boolean validate() {
            return frame.isValid();
        }

        @Override
        protected long lapped() {
            return lapped;
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
