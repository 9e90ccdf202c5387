package io.shmx.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.shmx.testing.ChildJvm;
import io.shmx.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;

/**
 * Runs the tool with captured stdout and stderr: in-process as the launcher would ({@link #of}), or
 * in a JVM of its own, another process than the test's, as a user would from a shell ({@link #inChildJvm}).
 */
record ToolRun(int status, String out, String err) {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static ToolRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new ToolRun(status, out.toString(), err.toString());
    }

    static ToolRun inChildJvm(String... args) {
        ChildJvm.Finished run = ChildJvm.run(Main.class, args);
        return new ToolRun(run.status(), run.out(), run.err());
    }

    /** stdout parsed as JSON (integers as BigInteger, so u64 values stay exact). */
    JsonNode json() {
        return parse(out, "stdout");
    }

    /** What the original library read back from a fixture region ({@link Fixtures#jsonText}), parsed like {@link #json()}. */
    static JsonNode fixtureJson(String fixture) {
        return parse(Fixtures.jsonText(fixture), "fixture " + fixture);
    }

    private static JsonNode parse(String text, String what) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(what + " is not JSON: " + text, e);
        }
    }

    @Override
    public String toString() {
        return "status " + status + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
    }
}
