package behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.DType;
import io.shmx.SchemaMismatchException;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.processor.behaviour.Scenario;
import java.util.ArrayList;
import java.util.List;

/** Opening a channel whose directory differs names every difference at once. */
public final class SchemaMismatch implements Scenario {
    @Override
    public void run(String channel) {
        List<StreamSpec> streams = new ArrayList<>(AllTypesSchema.streams());
        streams.set(11, StreamSpec.of(AllTypesSchema.POSITIONS_ID, "positions", DType.F64, 3)); // dtype + bytes per elem
        streams.set(6, StreamSpec.of(AllTypesSchema.U32_ID, "u32", DType.U32, 2));              // components + bytes
        streams.remove(14);                                                                    // label missing
        streams.add(StreamSpec.of(99, "extra", DType.U8, 1));                                  // extra is fine
        try (ShmxServer server = ShmxServer.create(channel, streams)) {
            SchemaMismatchException e = assertThrows(SchemaMismatchException.class, () -> AllTypesReader.open(channel));
            String m = e.getMessage();
            assertTrue(m.startsWith("channel '" + channel + "' does not match schema all-types (behaviour.AllTypes): "), m);
            assertTrue(m.contains("stream 'positions' (id 12) has dtype F64, expected F32"), m);
            assertTrue(m.contains("stream 'positions' (id 12) has 24 bytes per element, expected 12"), m);
            assertTrue(m.contains("stream 'u32' (id 7) has 2 components, expected 1"), m);
            assertTrue(m.contains("stream 'u32' (id 7) has 8 bytes per element, expected 4"), m);
            assertTrue(m.contains("stream 'label' (id 15) is missing"), m);
            assertEquals(5, m.split("; ").length, m);
            assertEquals(0, server.headerInfo().readersConnected(), "the refused reader released its slot");
        }
        // same streams plus an extra one: fine
        List<StreamSpec> superset = new ArrayList<>(AllTypesSchema.streams());
        superset.add(StreamSpec.of(99, "extra", DType.U8, 1));
        String other = channel + "-b";
        ShmxServer server = ShmxServer.create(other, superset);
        try {
            AllTypesReader.open(other).close();
        } finally {
            server.destroy();
        }
    }
}
