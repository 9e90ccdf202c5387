package io.shmx.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;

/** Runs the tool in-process, as the launcher would, with captured stdout and stderr. */
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

    /** stdout parsed as JSON (integers as BigInteger, so u64 values stay exact). */
    JsonNode json() {
        try {
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException("stdout is not JSON: " + out, e);
        }
    }

    @Override
    public String toString() {
        return "status " + status + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
    }
}
