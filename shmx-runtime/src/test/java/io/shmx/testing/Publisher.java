package io.shmx.testing;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.FrameWriter;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * A producer process for the multi-process tests. Prints {@code READY} once the channel exists,
 * then follows commands read line by line from stdin.
 *
 * <ul>
 *   <li>{@code count <name>}: on {@code PUBLISH n}, publishes n frames whose stream 1 (u64) holds the
 *       frame id, printing {@code DONE}; on {@code CLOSE} closes and exits, on {@code HALT} exits without
 *       closing (as a crash would).</li>
 *   <li>{@code stress <name> <millis> <bytes>}: 2 slots; publishes frames of one stream of
 *       {@code bytes} bytes all equal to the low byte of the frame id, as fast as it can, for
 *       {@code millis}; prints the frame count and destroys the channel.</li>
 * </ul>
 */
public final class Publisher {
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "count" -> count(args[1]);
            case "stress" -> stress(args[1], Long.parseLong(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void count(String name) throws Exception {
        ShmxServer s = ShmxServer.create(name, List.of(StreamSpec.of(1, "id", DType.U64, 1)));
        System.out.println("READY");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        long[] one = new long[1];
        for (String line; (line = in.readLine()) != null; ) {
            if (line.startsWith("PUBLISH ")) {
                long n = Long.parseLong(line.substring(8));
                for (long i = 0; i < n; i++) {
                    one[0] = s.framesPublished() + 1;
                    s.beginFrame().append(1, one, 1).publish(one[0] * 0.001);
                }
                System.out.println("DONE");
                System.out.flush();
            } else if (line.equals("CLOSE")) {
                s.close();
                return;
            } else if (line.equals("HALT")) {
                Runtime.getRuntime().halt(0);
            }
        }
    }

    private static void stress(String name, long millis, int bytes) {
        ChannelConfig cfg = ChannelConfig.defaults().withSlots(2).withFrameBytesCap(bytes + 64);
        try (ShmxServer s = ShmxServer.create(name, cfg, List.of(StreamSpec.of(1, "fill", DType.U8, 1)))) {
            System.out.println("READY");
            System.out.flush();
            long end = System.nanoTime() + millis * 1_000_000L;
            long frames = 0;
            while (System.nanoTime() < end) {
                FrameWriter w = s.beginFrame();
                MemorySegment data = w.claim(1, bytes);
                data.fill((byte) (s.framesPublished() + 1));
                w.publish(frames++);
            }
            System.out.println("FRAMES " + frames);
            System.out.flush();
            s.destroy();
        }
    }
}
