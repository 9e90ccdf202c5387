package io.shmx.bridge;

import io.shmx.ChannelConfig;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

import java.time.Duration;
import java.util.Objects;

/**
 * Bridges a shmx channel across machines over Aeron.
 *
 * <pre>{@code
 * // machine A: publish the local channel "sim" to machine B
 * try (BridgeSender s = ShmxBridge.sender("sim").to("aeron:udp?endpoint=192.168.1.20:40456").start()) { ... }
 *
 * // machine B: re-create "sim" locally from what arrives
 * try (BridgeReceiver r = ShmxBridge.receiver("aeron:udp?endpoint=192.168.1.20:40456").as("sim").start()) { ... }
 * }</pre>
 *
 * Both start an embedded Aeron media driver unless {@code aeronDirectory(...)} names a running one.
 * The JVM needs {@code --add-exports java.base/jdk.internal.misc=ALL-UNNAMED} (Aeron's Agrona on
 * JDK 25); {@code ./shmx bridge} passes it.
 */
public final class ShmxBridge {
    /** Aeron stream id of the frames (both sides must agree). */
    public static final int DEFAULT_STREAM_ID = 0x5348;
    /** Aeron stream id of the receivers' status messages to the sender. */
    public static final int DEFAULT_STATUS_STREAM_ID = 0x5349;

    private ShmxBridge() {}

    /** A sender of the local channel {@code channel}. */
    public static SenderBuilder sender(String channel) {
        return new SenderBuilder(channel);
    }

    /** A receiver of the Aeron channel {@code uri}. */
    public static ReceiverBuilder receiver(String uri) {
        return new ReceiverBuilder(uri);
    }

    static IdleStrategy idleFor(boolean busySpin) {
        return busySpin ? new BusySpinIdleStrategy() : new BackoffIdleStrategy(100, 10, 1_000, 100_000);
    }

    static String require(String value, String what, String example) {
        if (value == null || value.isBlank()) {
            throw new BridgeException(what + " is missing; pass it, e.g. " + example);
        }
        return value;
    }

    /** Options of a sender; {@link #start()} starts it. */
    public static final class SenderBuilder {
        private final String channel;
        private String uri;
        private int streamId = DEFAULT_STREAM_ID;
        private int statusStreamId = DEFAULT_STATUS_STREAM_ID;
        private String statusBind = "0.0.0.0";
        private int statusPort;
        private String aeronDirectory;
        private boolean busySpin;
        private Duration directoryInterval = Duration.ofSeconds(1);
        private int chunkBytes = 64 * 1024;

        SenderBuilder(String channel) {
            this.channel = require(channel, "the channel to send", "ShmxBridge.sender(\"sim\")");
        }

        /** The Aeron channel to publish on, e.g. {@code aeron:udp?endpoint=192.168.1.20:40456}. */
        public SenderBuilder to(String uri) { this.uri = uri; return this; }

        public SenderBuilder streamId(int id) { this.streamId = id; return this; }

        public SenderBuilder statusStreamId(int id) { this.statusStreamId = id; return this; }

        /**
         * Where to listen for the receivers' status: an address of this machine (default 0.0.0.0, all)
         * and a port (default 0: any free port, told to receivers in the directory); null turns
         * receiver status off.
         */
        public SenderBuilder status(String bindAddress, int port) {
            this.statusBind = bindAddress;
            this.statusPort = port;
            return this;
        }

        /** Use the running media driver whose directory this is instead of an embedded one. */
        public SenderBuilder aeronDirectory(String dir) { this.aeronDirectory = dir; return this; }

        /** Spin instead of backing off when idle (lowest latency, one busy core). */
        public SenderBuilder busySpin(boolean on) { this.busySpin = on; return this; }

        public SenderBuilder directoryInterval(Duration d) { this.directoryInterval = Objects.requireNonNull(d); return this; }

        /** Largest chunk of a frame per Aeron message (Aeron fragments it further to the MTU). */
        public SenderBuilder chunkBytes(int n) {
            if (n < 1024) {
                throw new BridgeException("chunkBytes = " + n + " is too small; use at least 1024 (default 65536)");
            }
            this.chunkBytes = n;
            return this;
        }

        public BridgeSender start() {
            require(uri, "the Aeron channel to send to (to(...) / --to)", "aeron:udp?endpoint=127.0.0.1:40456");
            return new BridgeSender(this);
        }

        String channel() { return channel; }
        String uri() { return uri; }
        int streamId() { return streamId; }
        int statusStreamId() { return statusStreamId; }
        String statusBind() { return statusBind; }
        int statusPort() { return statusPort; }
        String aeronDirectory() { return aeronDirectory; }
        IdleStrategy idle() { return idleFor(busySpin); }
        Duration directoryInterval() { return directoryInterval; }
        int chunkBytes() { return chunkBytes; }
    }

    /** Options of a receiver; {@link #start()} starts it. */
    public static final class ReceiverBuilder {
        private final String uri;
        private String channel;
        private int streamId = DEFAULT_STREAM_ID;
        private int statusStreamId = DEFAULT_STATUS_STREAM_ID;
        private String aeronDirectory;
        private boolean busySpin;
        private int slots;
        private boolean keepChannel;
        private boolean replaceLive;

        ReceiverBuilder(String uri) {
            this.uri = require(uri, "the Aeron channel to receive from",
                    "ShmxBridge.receiver(\"aeron:udp?endpoint=0.0.0.0:40456\")");
        }

        /** The local channel to create and publish on. */
        public ReceiverBuilder as(String channel) { this.channel = channel; return this; }

        public ReceiverBuilder streamId(int id) { this.streamId = id; return this; }

        public ReceiverBuilder statusStreamId(int id) { this.statusStreamId = id; return this; }

        public ReceiverBuilder aeronDirectory(String dir) { this.aeronDirectory = dir; return this; }

        public ReceiverBuilder busySpin(boolean on) { this.busySpin = on; return this; }

        /** Frame slots of the local channel (default: the sender's). */
        public ReceiverBuilder slots(int n) {
            if (n < 0 || n > 1 << 20) {
                throw new BridgeException("slots = " + n + " is out of range; use 0 (the sender's) or 1.."
                        + (1 << 20) + " (the local default is " + ChannelConfig.DEFAULT_SLOTS + ")");
            }
            this.slots = n;
            return this;
        }

        /** Leave the local channel's file in place on close (default: removed). */
        public ReceiverBuilder keepChannel(boolean on) { this.keepChannel = on; return this; }

        /** Take over the local channel even if a live producer holds it. */
        public ReceiverBuilder replaceLive(boolean on) { this.replaceLive = on; return this; }

        public BridgeReceiver start() {
            require(channel, "the local channel to create (as(...) / --as)", "\"sim\"");
            return new BridgeReceiver(this);
        }

        String uri() { return uri; }
        String channel() { return channel; }
        int streamId() { return streamId; }
        int statusStreamId() { return statusStreamId; }
        String aeronDirectory() { return aeronDirectory; }
        IdleStrategy idle() { return idleFor(busySpin); }
        int slots() { return slots; }
        boolean keepChannel() { return keepChannel; }
        boolean replaceLive() { return replaceLive; }
    }
}
