package io.shmx.bridge.bench;

import io.aeron.ExclusivePublication;
import io.aeron.FragmentAssembler;
import io.aeron.Subscription;
import io.shmx.bridge.aeron.AeronMedia;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Aeron alone (the floor): a publication and a subscription over UDP loopback, each with its own embedded driver. */
class AeronPath implements Path {
    private final AeronMedia sendMedia = AeronMedia.start(null);
    private final AeronMedia receiveMedia = AeronMedia.start(null);
    private final ExclusivePublication pub;
    private final Subscription sub;
    private final UnsafeBuffer buffer;
    private final int size;
    private final FragmentAssembler assembler;
    private final long[] stamps = new long[16];   // arrivals of one poll, handed out one per call
    private int queued;
    private long received;

    AeronPath(String uri, int size) throws InterruptedException {
        this.size = size;
        this.sub = receiveMedia.subscription(uri, 1001, "bench", i -> { }, i -> { });
        this.pub = sendMedia.publication(uri, 1001, "bench");
        this.buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(size));
        this.assembler = new FragmentAssembler((b, off, len, h) -> {
            if (queued < stamps.length) {
                stamps[queued++] = b.getLong(off, ByteOrder.LITTLE_ENDIAN);
            }
            received++;
        });
        long end = System.nanoTime() + 10_000_000_000L;
        while (!pub.isConnected() && System.nanoTime() < end) {
            Thread.sleep(1);
        }
    }

    @Override
    public String name() {
        return "Aeron alone";
    }

    @Override
    public boolean send(long s) {
        buffer.putLong(0, s, ByteOrder.LITTLE_ENDIAN);
        return pub.offer(buffer, 0, size) > 0;
    }

    @Override
    public long poll() {
        if (queued == 0) {
            sub.poll(assembler, stamps.length);
        }
        return queued == 0 ? -1 : stamps[--queued];
    }

    @Override
    public long received() {
        return received;
    }

    @Override
    public void close() {
        sendMedia.close();
        receiveMedia.close();
    }
}
