package io.shmx.examples.readme;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.FrameWriter;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.examples.support.Channels;

import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The bug that checked segments catch: a segment claimed in a frame and kept past
 * {@code publish}. By default the write would land in the published frame; with
 * {@code ChannelConfig.withCheckedSegments(true)} it throws, and the reader sees the frame as
 * published.
 */
public final class CheckedSegments {
    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private CheckedSegments() {}

    public static void main(String[] args) {
        run(args.length > 0 ? args[0] : Channels.unique("checked"), System.out);
    }

    public static void run(String channel, PrintStream out) {
        List<StreamSpec> streams = List.of(StreamSpec.of(1, "values", DType.F32, 1));
        ChannelConfig config = ChannelConfig.defaults().withCheckedSegments(true);
        try (ShmxServer server = ShmxServer.create(channel, config, streams);
             ShmxClient client = ShmxClient.open(channel)) {
            FrameWriter frame = server.beginFrame();
            MemorySegment values = frame.claim(1, 4);           // the slot's bytes, filled in place
            values.set(F32, 0, 1.5f);
            frame.publish(0.0);
            try {
                values.set(F32, 0, 2.5f);                       // a bug: the frame is published
            } catch (IllegalStateException e) {
                out.println("write after publish: " + e);       // IllegalStateException: Already closed
            }
            out.println("reader sees " + client.latest().stream(1).get(F32, 0));
        }
    }
}
