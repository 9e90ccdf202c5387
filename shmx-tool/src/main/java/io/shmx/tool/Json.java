package io.shmx.tool;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HexFormat;

/**
 * Streams JSON to a command's output. Integers read from a region are unsigned (u32 widened to
 * long, u64 kept in a long): {@link #unsigned} writes them as exact unsigned decimals.
 */
final class Json implements AutoCloseable {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final HexFormat HEX = HexFormat.of();

    private final JsonGenerator gen;

    private Json(JsonGenerator gen) {
        this.gen = gen;
    }

    /** A generator over {@code out} (left open), pretty-printed. */
    static Json to(PrintWriter out) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            return new Json(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one step of writing, turning the generator's checked exception into an unchecked one. */
    @FunctionalInterface
    interface Step {
        void run(JsonGenerator g) throws IOException;
    }

    Json write(Step step) {
        try {
            step.run(gen);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Json startObject() {
        return write(JsonGenerator::writeStartObject);
    }

    Json startObject(String key) {
        return write(g -> g.writeObjectFieldStart(key));
    }

    Json endObject() {
        return write(JsonGenerator::writeEndObject);
    }

    Json startArray(String key) {
        return write(g -> g.writeArrayFieldStart(key));
    }

    Json startArray() {
        return write(JsonGenerator::writeStartArray);
    }

    Json endArray() {
        return write(JsonGenerator::writeEndArray);
    }

    /** An unsigned integer field (u32 widened or u64 in a long). */
    Json unsigned(String key, long value) {
        return write(g -> {
            g.writeFieldName(key);
            g.writeNumber(unsignedBig(value));
        });
    }

    Json number(String key, double value) {
        return write(g -> g.writeNumberField(key, value));
    }

    Json string(String key, String value) {
        return write(g -> {
            if (value == null) {
                g.writeNullField(key);
            } else {
                g.writeStringField(key, value);
            }
        });
    }

    Json bool(String key, boolean value) {
        return write(g -> g.writeBooleanField(key, value));
    }

    Json nullField(String key) {
        return write(g -> g.writeNullField(key));
    }

    /** Bytes as lower-case hex. */
    Json hex(String key, byte[] bytes) {
        return string(key, HEX.formatHex(bytes));
    }

    /** Ends the document with a newline and flushes; the underlying writer stays open. */
    @Override
    public void close() {
        write(g -> {
            g.flush();
            g.writeRaw(System.lineSeparator());
            g.close();
        });
    }

    static BigInteger unsignedBig(long value) {
        return value >= 0 ? BigInteger.valueOf(value) : new BigInteger(Long.toUnsignedString(value));
    }
}
