package io.shmx.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.shmx.DType;
import io.shmx.Frame;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.testing.ShmNames;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Frame#layoutStamp()}: what typed views key their stream lookup on. Frames with the same
 * streams in the same order share a stamp; a different order, a missing stream or an extra one
 * changes it, and going back changes it again.
 */
class LayoutStampTest {
    @Test
    void stampChangesExactlyWhenTheStreamOrderChanges() {
        try (ShmNames names = new ShmNames("stamp")) {
            run(names.next());
        }
    }

    private static void run(String name) {
        List<StreamSpec> streams = List.of(StreamSpec.of(1, "a", DType.I32, 1), StreamSpec.of(2, "b", DType.I32, 1),
                StreamSpec.of(3, "c", DType.I32, 1));
        try (ShmxServer server = ShmxServer.create(name, streams); ShmxClient client = ShmxClient.open(name)) {
            int[] one = {1};
            server.beginFrame().append(1, one, 1).append(2, one, 1).publish(1);
            long first = client.latest().layoutStamp();
            server.beginFrame().append(1, one, 1).append(2, one, 1).publish(2);
            Frame same = client.latest();
            assertEquals(first, same.layoutStamp(), "same ids, same order");
            assertEquals(1, same.indexOf(2));

            server.beginFrame().append(2, one, 1).append(1, one, 1).publish(3);
            Frame swapped = client.latest();
            long second = swapped.layoutStamp();
            assertNotEquals(first, second, "another order");
            assertEquals(0, swapped.indexOf(2));

            server.beginFrame().append(2, one, 1).append(1, one, 1).append(3, one, 1).publish(4);
            long third = client.latest().layoutStamp();
            assertNotEquals(second, third, "an extra stream");

            server.beginFrame().append(2, one, 1).publish(5);
            long fourth = client.latest().layoutStamp();
            assertNotEquals(third, fourth, "a stream fewer");

            server.beginFrame().append(2, one, 1).publish(6);
            assertEquals(fourth, client.latest().layoutStamp());
            assertEquals(fourth, client.latest().layoutStamp(), "asking twice changes nothing");
        }
    }
}
