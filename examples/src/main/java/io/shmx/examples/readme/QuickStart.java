package io.shmx.examples.readme;

import io.shmx.examples.quickstart.Sample;
import io.shmx.examples.quickstart.SampleReader;
import io.shmx.examples.quickstart.SampleView;
import io.shmx.examples.quickstart.SampleWriter;
import io.shmx.examples.support.Channels;

import java.io.PrintStream;

/** The README's quick start: a writer and a reader of {@link Sample} frames (in one process, for brevity). */
public final class QuickStart {
    private QuickStart() {}

    public static void main(String[] args) {
        run(args.length > 0 ? args[0] : Channels.unique("readme"), System.out);
    }

    public static void run(String channel, PrintStream out) {
        SampleWriter writer = SampleWriter.create(channel);          // creates /dev/shm/<channel>
        try (SampleReader reader = SampleReader.open(channel)) {     // usually in another process
            for (int i = 0; i < 3; i++) {
                float[] data = {i, i + 0.5f, i + 1};
                writer.publish(new Sample(i, System.currentTimeMillis() / 1000.0, data), i * 0.1);

                SampleView view = reader.latest();         // the newest frame, read in place
                long sequence = view.sequence();
                float first = view.data(0);
                int count = view.dataCount();
                if (view.isValid()) {                      // not overwritten while we read it
                    out.println("frame " + view.frameId() + ": sequence " + sequence + ", " + count
                            + " floats, first " + first);
                }
            }
        } finally {
            writer.destroy();                              // readers see it closed; the file is removed
        }
    }
}
