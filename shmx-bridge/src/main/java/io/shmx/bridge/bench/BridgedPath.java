package io.shmx.bridge.bench;

import io.shmx.ShmxServer;
import io.shmx.bridge.BridgeReceiver;
import io.shmx.bridge.BridgeSender;
import io.shmx.bridge.ShmxBridge;

/** The local channel bridged: producer, sender, Aeron over UDP loopback, receiver, reader of the far channel. */
class BridgedPath implements Path {
    private final BridgeSender sender;
    private final BridgeReceiver receiver;
    private final LocalPath ends;

    BridgedPath(String source, String far, String uri, int size, boolean busySpin) throws InterruptedException {
        ShmxServer server = ShmxServer.create(source, LocalPath.config(size), LocalPath.STREAMS);
        this.receiver = ShmxBridge.receiver(uri).as(far).busySpin(busySpin).start();
        this.sender = ShmxBridge.sender(source).to(uri).status("127.0.0.1", 0).busySpin(busySpin).start();
        long end = System.nanoTime() + 20_000_000_000L;
        while (!receiver.stats().hasDirectory() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        this.ends = new LocalPath(server, far, size);
    }

    @Override
    public String name() {
        return "bridged";
    }

    @Override
    public boolean send(long stamp) {
        return ends.send(stamp);
    }

    @Override
    public long poll() {
        return ends.poll();
    }

    @Override
    public long received() {
        return ends.received();
    }

    @Override
    public void close() {
        ends.client.close();
        sender.close();
        receiver.close();
        ends.server.destroy();
    }
}
