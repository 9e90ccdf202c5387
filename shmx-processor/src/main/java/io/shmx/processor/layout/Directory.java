package io.shmx.processor.layout;

import io.shmx.StreamSpec;
import io.shmx.processor.model.StreamDef;
import io.shmx.typed.SchemaEncoding;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The static directory a frame's channel carries: one TLV of type {@code 0x1000} per stream, in
 * stream order, encoded by the runtime's own directory codec ({@link SchemaEncoding}), so the
 * bytes and {@link #hash()} computed at compile time are exactly those of a channel created from
 * these streams (the runtime's codec documents the layout and its padding rule).
 *
 * @param bytes the encoded directory
 */
public record Directory(byte[] bytes) {

    /** Encodes the entries of {@code streams}. */
    public static Directory of(List<StreamDef> streams) {
        return new Directory(SchemaEncoding.directoryBytes(streams.stream().map(Directory::spec).toList()));
    }

    /** The runtime's directory entry of {@code s} (no extra bytes). */
    public static StreamSpec spec(StreamDef s) {
        return StreamSpec.of(s.id(), s.name(), s.dtype(), s.components(), s.layout(), null);
    }

    /** Bytes one entry occupies, TLV header and padding included. */
    public static long entryFootprint(StreamDef s) {
        return SchemaEncoding.directoryEntryBytes(spec(s));
    }

    /** The format's FNV-1a 64 of the bytes: the value the region header's {@code static_hash} takes. */
    public long hash() {
        return SchemaEncoding.staticHash(bytes);
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Directory d && Arrays.equals(bytes, d.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Directory[" + HexFormat.of().formatHex(bytes) + "]";
    }
}
