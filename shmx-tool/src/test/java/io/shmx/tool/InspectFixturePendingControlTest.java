package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.shmx.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * {@code inspect --file FIXTURE --json}: {@code pending_control} lists every unpolled control
 * message of the fixture, in ring order, with the reader's slot and id, the type and the data in hex.
 * Needs the runtime's control-ring peek ({@code ShmxInspector.pendingControl}).
 */
class InspectFixturePendingControlTest {
    static final List<String> FIXTURES = Fixtures.NAMES;

    @TempDir
    Path dir;

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void pendingControl(String fixture) {
        JsonNode expected = ToolRun.fixtureJson(fixture).get("pending_control");
        JsonNode actual = InspectFixtureJsonTest.inspectJson(fixture, dir).get("pending_control");
        assertEquals(expected.size(), actual.size(), () -> fixture + " pending_control count: " + actual);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            JsonNode a = actual.get(i);
            String where = fixture + " pending_control[" + i + "]";
            assertEquals(List.of("reader_index", "reader_id", "reader_id_str", "type", "data"), InspectFixtureJsonTest.names(a),
                    where);
            for (String field : List.of("reader_index", "reader_id", "type")) {
                assertEquals(InspectFixtureJsonTest.big(e, field), InspectFixtureJsonTest.big(a, field),
                        where + "." + field);
            }
            assertEquals(e.get("data_hex").textValue(), a.get("data").textValue(), where + ".data");
        }
    }
}
