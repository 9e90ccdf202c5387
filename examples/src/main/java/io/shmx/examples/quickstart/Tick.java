package io.shmx.examples.quickstart;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

/**
 * The smallest frame type: a record whose components are streams. Compiling it generates
 * {@code TickSchema}, {@code TickWriter}, {@code TickReader} and {@code TickView}.
 *
 * @param price  last price
 * @param volume shares traded (unsigned 32-bit on the wire)
 * @param symbol ticker symbol, UTF-8
 */
@ShmxFrame
public record Tick(
        @Stream(id = 1, dtype = DType.F64) double price,
        @Stream(id = 2, dtype = DType.U32) int volume,
        @Stream(id = 3, dtype = DType.U8) String symbol) {

    /** Publishes one tick into a new channel and reads it back. */
    public static void main(String[] args) {
        String channel = args.length > 0 ? args[0] : "shmx-quickstart-" + ProcessHandle.current().pid();
        TickWriter writer = TickWriter.create(channel);
        try (TickReader reader = TickReader.open(channel)) {
            long frameId = writer.publish(new Tick(101.25, 300, "ACME"), 0.5);
            TickView view = reader.latest();
            System.out.printf("frame %d at t=%.1f: %s %.2f x %d (schema %s, hash %016x)%n", frameId, view.simTime(),
                    view.symbol(), view.price(), view.volumeUnsigned(), TickSchema.SCHEMA_NAME, TickSchema.SCHEMA_HASH);
            System.out.println("copied: " + view.toRecord());
        } finally {
            writer.destroy();
        }
    }
}
