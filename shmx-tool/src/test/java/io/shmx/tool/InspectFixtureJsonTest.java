package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.shmx.DType;
import io.shmx.Layout;
import io.shmx.testing.Fixtures;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * {@code inspect --file FIXTURE --json} reads every fixture the original library wrote to the values
 * in its JSON, field by field (the fixtures spell bytes {@code extra_hex}/{@code data_hex} and the
 * layout as a code; the tool says {@code extra}/{@code data} and the layout's name).
 * {@code pending_control} is checked in {@link InspectFixturePendingControlTest}.
 */
class InspectFixtureJsonTest {
    static final List<String> FIXTURES = Fixtures.NAMES;

    static final List<String> TOP_LEVEL_KEYS = List.of("header", "session_id", "session_id_str", "static_gen",
            "frame_seq", "readers_connected", "producer_alive", "producer_state", "producer_pid", "streams", "readers",
            "slots", "latest", "pending_control");

    @TempDir
    Path dir;

    static JsonNode inspectJson(String fixture, Path dir) {
        Path file = Fixtures.file(fixture, dir);
        ToolRun run = ToolRun.of("inspect", "--file", file.toString(), "--json");
        assertEquals(ExitCodes.OK, run.status(), run::toString);
        return run.json();
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void exactlyTheSeedKeys(String fixture) {
        JsonNode actual = inspectJson(fixture, dir);
        assertEquals(TOP_LEVEL_KEYS, names(actual));
        List<String> headerKeys = new ArrayList<>(names(ToolRun.fixtureJson(fixture).get("header")));
        headerKeys.addAll(List.of("session_id_str", "static_hash_str"));
        assertEquals(headerKeys, names(actual.get("header")));
        for (JsonNode s : actual.get("streams")) {
            assertEquals(List.of("id", "name", "dtype", "dtype_code", "components", "layout", "bytes_per_elem", "extra"),
                    names(s));
        }
        for (JsonNode r : actual.get("readers")) {
            assertEquals(List.of("index", "reader_id", "reader_id_str", "heartbeat", "heartbeat_str", "last_frame_seen",
                    "in_use", "heartbeat_age_ns", "lag_frames"), names(r));
        }
        for (JsonNode sl : actual.get("slots")) {
            assertEquals(names(ToolRun.fixtureJson(fixture).get("slots").get(0)), names(sl));
        }
        JsonNode latest = actual.get("latest");
        if (!latest.isNull()) {
            assertEquals(List.of("frame_id", "sim_time", "payload_bytes", "tlv_count", "streams"), names(latest));
            for (JsonNode s : latest.get("streams")) {
                assertEquals(List.of("id", "name", "elem_count", "bytes", "data"), names(s));
            }
        }
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void headerAndTopLevel(String fixture) {
        JsonNode expected = ToolRun.fixtureJson(fixture).get("header");
        JsonNode actual = inspectJson(fixture, dir);
        for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            assertEquals(big(expected, field), big(actual.get("header"), field), () -> fixture + " header." + field);
        }
        for (String field : List.of("session_id", "static_gen", "frame_seq", "readers_connected")) {
            assertEquals(big(expected, field), big(actual, field), () -> fixture + " " + field);
        }
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void streams(String fixture) {
        JsonNode expected = ToolRun.fixtureJson(fixture).get("streams");
        JsonNode actual = inspectJson(fixture, dir).get("streams");
        eachPair(expected, actual, fixture + " streams", (e, a, where) -> {
            assertEquals(big(e, "id"), big(a, "id"), where + ".id");
            assertEquals(e.get("name").textValue(), a.get("name").textValue(), where + ".name");
            assertEquals(big(e, "dtype_code"), big(a, "dtype_code"), where + ".dtype_code");
            assertEquals(DType.fromCode(e.get("dtype_code").intValue()).name(), a.get("dtype").textValue(),
                    where + ".dtype");
            assertEquals(big(e, "components"), big(a, "components"), where + ".components");
            assertEquals(Layout.fromCode(e.get("layout").intValue()).name(), a.get("layout").textValue(),
                    where + ".layout");
            assertEquals(big(e, "bytes_per_elem"), big(a, "bytes_per_elem"), where + ".bytes_per_elem");
            assertEquals(e.get("extra_hex").textValue(), a.get("extra").textValue(), where + ".extra");
        });
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void readers(String fixture) {
        JsonNode expected = ToolRun.fixtureJson(fixture).get("readers");
        JsonNode actual = inspectJson(fixture, dir).get("readers");
        eachPair(expected, actual, fixture + " readers", (e, a, where) -> {
            for (String field : List.of("index", "reader_id", "heartbeat", "last_frame_seen")) {
                assertEquals(big(e, field), big(a, field), where + "." + field);
            }
            assertEquals(e.get("in_use").booleanValue(), a.get("in_use").booleanValue(), where + ".in_use");
        });
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void slots(String fixture) {
        JsonNode expected = ToolRun.fixtureJson(fixture).get("slots");
        JsonNode actual = inspectJson(fixture, dir).get("slots");
        eachPair(expected, actual, fixture + " slots", (e, a, where) -> {
            for (String field : List.of("slot", "frame_id", "payload_bytes", "tlv_count", "checksum")) {
                assertEquals(big(e, field), big(a, field), where + "." + field);
            }
            assertEquals(e.get("sim_time").doubleValue(), a.get("sim_time").doubleValue(), where + ".sim_time");
            for (String field : List.of("session_matches", "readable", "checksum_ok")) {
                assertEquals(e.get(field).booleanValue(), a.get(field).booleanValue(), where + "." + field);
            }
        });
    }

    /** A saved file has no producer to ask and no clock to age heartbeats against; lag is still known. */
    @ParameterizedTest
    @FieldSource("FIXTURES")
    void producerAndReaderStateOfASavedFile(String fixture) {
        JsonNode actual = inspectJson(fixture, dir);
        assertEquals("unknown", actual.get("producer_alive").textValue(), fixture);
        assertEquals(0, actual.get("producer_pid").longValue(), fixture);
        JsonNode expected = ToolRun.fixtureJson(fixture);
        eachPair(expected.get("readers"), actual.get("readers"), fixture + " readers", (e, a, where) -> {
            assertTrue(a.get("heartbeat_age_ns").isNull(), where + ".heartbeat_age_ns");
            BigInteger lag = big(expected.get("header"), "frame_seq").subtract(big(e, "last_frame_seen"));
            assertEquals(lag.max(BigInteger.ZERO), big(a, "lag_frames"), where + ".lag_frames");
        });
    }

    /** Every 64-bit id also comes as a decimal string, which jq 1.6 and JavaScript do not round. */
    @ParameterizedTest
    @FieldSource("FIXTURES")
    void idsAlsoAsExactStrings(String fixture) {
        JsonNode expected = ToolRun.fixtureJson(fixture);
        JsonNode actual = inspectJson(fixture, dir);
        assertEquals(big(expected.get("header"), "session_id").toString(), actual.get("session_id_str").textValue(),
                fixture);
        assertEquals(big(expected.get("header"), "session_id").toString(),
                actual.get("header").get("session_id_str").textValue(), fixture);
        assertEquals(big(expected.get("header"), "static_hash").toString(),
                actual.get("header").get("static_hash_str").textValue(), fixture);
        eachPair(expected.get("readers"), actual.get("readers"), fixture + " readers", (e, a, where) -> {
            assertEquals(big(e, "reader_id").toString(), a.get("reader_id_str").textValue(), where + ".reader_id_str");
            assertEquals(big(e, "heartbeat").toString(), a.get("heartbeat_str").textValue(), where + ".heartbeat_str");
        });
        for (JsonNode m : actual.get("pending_control")) {
            assertEquals(big(m, "reader_id").toString(), m.get("reader_id_str").textValue(), fixture);
        }
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void latest(String fixture) {
        JsonNode expectedDoc = ToolRun.fixtureJson(fixture);
        JsonNode expected = expectedDoc.get("latest");
        JsonNode actual = inspectJson(fixture, dir).get("latest");
        if (expected.isNull()) {
            assertTrue(actual.isNull(), () -> fixture + " latest should be null, was " + actual);
            return;
        }
        for (String field : List.of("frame_id", "payload_bytes", "tlv_count")) {
            assertEquals(big(expected, field), big(actual, field), fixture + " latest." + field);
        }
        assertEquals(expected.get("sim_time").doubleValue(), actual.get("sim_time").doubleValue(),
                fixture + " latest.sim_time");
        eachPair(expected.get("streams"), actual.get("streams"), fixture + " latest.streams", (e, a, where) -> {
            for (String field : List.of("id", "elem_count", "bytes")) {
                assertEquals(big(e, field), big(a, field), where + "." + field);
            }
            assertEquals(e.get("data_hex").textValue(), a.get("data").textValue(), where + ".data");
            assertEquals(directoryName(expectedDoc, e.get("id").intValue()), a.get("name").textValue(),
                    where + ".name");
        });
    }

    /** u64 values above Long.MAX_VALUE are printed as unsigned decimals, not negative numbers. */
    @Test
    void unsignedDecimalsInTheText() {
        Path file = Fixtures.file("fx_basic", dir);
        ToolRun run = ToolRun.of("inspect", "--file", file.toString(), "--json");
        assertEquals(ExitCodes.OK, run.status(), run::toString);
        assertTrue(run.out().contains("\"session_id\" : 17772244680772715924"), run::toString);
        assertTrue(run.out().contains("\"static_hash\" : 14723882185572529276"), run::toString);
        assertTrue(!run.out().contains(": -"), () -> "a negative number in " + run.out());
    }

    /** Checks one element of an expected array against the tool's element at the same index. */
    private interface PairCheck {
        void check(JsonNode expected, JsonNode actual, String where);
    }

    /** Asserts both arrays have the same length, then checks them pair by pair, each named {@code what[i]}. */
    private static void eachPair(JsonNode expected, JsonNode actual, String what, PairCheck check) {
        assertEquals(expected.size(), actual.size(), what + " count");
        for (int i = 0; i < expected.size(); i++) {
            check.check(expected.get(i), actual.get(i), what + "[" + i + "]");
        }
    }

    private static String directoryName(JsonNode doc, int id) {
        for (JsonNode s : doc.get("streams")) {
            if (s.get("id").intValue() == id) {
                return s.get("name").textValue();
            }
        }
        return null;
    }

    static BigInteger big(JsonNode parent, String field) {
        JsonNode v = parent.get(field);
        if (v == null || !v.isIntegralNumber()) {
            throw new AssertionError("field " + field + " is not an integer in " + parent);
        }
        return v.bigIntegerValue();
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
