package io.shmx.examples.readme;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.Frame;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.examples.support.Channels;

import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Locale;

/**
 * The untyped runtime API, without a record or generated code: the streams are described by hand
 * and the bytes are read at offsets. The channel has the stream names, types and checksums of
 * the original library's quick start, so a C++ or Python shmx consumer can read it too.
 */
public final class UntypedQuickstart {
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private UntypedQuickstart() {}

    public static void main(String[] args) {
        run(args.length > 0 ? args[0] : Channels.unique("untyped"), System.out);
    }

    public static void run(String channel, PrintStream out) {
        List<StreamSpec> streams = List.of(
                StreamSpec.of(1, "frame_id", DType.U64, 1),
                StreamSpec.of(2, "timestamp", DType.F64, 1),
                StreamSpec.of(3, "data", DType.F32, 1));
        ChannelConfig config = ChannelConfig.defaults().withSlots(4).withCompatibility(true);
        ShmxServer server = ShmxServer.create(channel, config, streams);
        try (ShmxClient client = ShmxClient.open(channel)) {
            float[] data = new float[10];
            for (long i = 0; i < 5; i++) {
                data[0] = i;
                server.beginFrame()                                   // copies from arrays ...
                        .append(1, new long[] {i}, 1)
                        .append(2, new double[] {System.currentTimeMillis() / 1000.0}, 1)
                        .append(3, data, data.length)
                        .publish(i * 0.01);

                Frame frame = client.latest();                        // ... reads in place
                MemorySegment ids = frame.stream("frame_id");
                MemorySegment values = frame.stream(3);
                long frameId = ids.get(U64, 0);
                float first = values.get(F32, 0);
                if (frame.isValid()) {
                    out.printf(Locale.ROOT, "frame %d: frame_id=%d data[0]=%.1f (%d floats), sim_time=%.2f%n",
                            frame.frameId(), frameId, first, frame.elemCount(3), frame.simTime());
                }
            }
            out.println("streams: " + client.streams());
            out.println("header: frame_seq=" + client.headerInfo().frameSeq() + ", readers_connected="
                    + client.headerInfo().readersConnected());
        } finally {
            server.destroy();
        }
    }
}
