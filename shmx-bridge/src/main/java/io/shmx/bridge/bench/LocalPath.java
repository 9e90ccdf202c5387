package io.shmx.bridge.bench;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.Frame;
import io.shmx.FrameWriter;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.List;

/** The local channel: a producer and a reader of one shmx channel. */
class LocalPath implements Path {
    static final List<StreamSpec> STREAMS = List.of(StreamSpec.of(1, "payload", DType.U8, 1));
    final ShmxServer server;
    final ShmxClient client;
    final int size;
    private long lastId;
    private long received;

    LocalPath(String channel, int size) {
        this(ShmxServer.create(channel, config(size), STREAMS), channel, size);
    }

    LocalPath(ShmxServer server, String readChannel, int size) {
        this.server = server;
        this.size = size;
        this.client = ShmxClient.open(readChannel, Duration.ofSeconds(30));
    }

    static ChannelConfig config(int size) {
        return ChannelConfig.defaults().withSlots(8).withFrameBytesCap(Math.max(65_536, size + 4096));
    }

    @Override
    public String name() {
        return "local channel";
    }

    @Override
    public boolean send(long stamp) {
        FrameWriter w = server.beginFrame();
        long off = w.claimOffset(1, size);
        w.segment().set(ValueLayout.JAVA_LONG_UNALIGNED, off, stamp);
        w.publish(0);
        return true;
    }

    @Override
    public long poll() {
        Frame f = client.latest();
        if (f == null || f.frameId() == lastId) {
            return -1;
        }
        lastId = f.frameId();
        int i = f.indexOf(1);
        if (i < 0) {
            return -1;
        }
        MemorySegment s = f.segment();
        long stamp = s.get(ValueLayout.JAVA_LONG_UNALIGNED, f.offsetAt(i));
        if (!f.isValid()) {
            return -1;
        }
        received++;
        return stamp;
    }

    @Override
    public long received() {
        return received;
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
