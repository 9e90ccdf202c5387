package io.shmx.processor.layout;

import io.shmx.processor.model.StreamDef;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The static directory a frame's channel carries, exactly as the shmx 2.0 format encodes it: one
 * TLV of type {@code 0x1000} per stream, in stream order, each padded to 16 bytes with zeros.
 *
 * <pre>
 *  TLV offset:  0      4        8          12      16          20       24    28         32         36          40
 *              +------+--------+----------+-------+-----------+--------+-----+----------+----------+-----------+------+---------+
 *              | type | length | stream_id| dtype | components| layout | bpe | reserved | name_len | extra_len | name | 0-pad   |
 *              +------+--------+----------+-------+-----------+--------+-----+----------+----------+-----------+------+---------+
 *               0x1000  32 + name_len (+ extra_len, always 0 here)                                         UTF-8   to 16 B
 * </pre>
 *
 * <p>All fields are little-endian u32. The next entry starts at {@code align16(8 + length)}.
 *
 * @param bytes the encoded directory
 */
public record Directory(byte[] bytes) {

    /** Encodes the entries of {@code streams}. */
    public static Directory of(List<StreamDef> streams) {
        long total = 0;
        for (StreamDef s : streams) {
            total += entryFootprint(s);
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(total)).order(ByteOrder.LITTLE_ENDIAN);
        for (StreamDef s : streams) {
            byte[] name = s.name().getBytes(StandardCharsets.UTF_8);
            int start = out.position();
            out.putInt(WireFormat.TLV_STATIC_DIR);
            out.putInt(WireFormat.DIR_ENTRY_FIXED_BYTES + name.length);
            out.putInt(s.id());
            out.putInt(s.dtype().code());
            out.putInt(s.components());
            out.putInt(s.layout().code());
            out.putInt(s.bytesPerElem());
            out.putInt(0); // reserved
            out.putInt(name.length);
            out.putInt(0); // extra_len
            out.put(name);
            out.position(start + (int) entryFootprint(s)); // padding stays zero
        }
        return new Directory(out.array());
    }

    /** Bytes one entry occupies, TLV header and padding included. */
    public static long entryFootprint(StreamDef s) {
        return WireFormat.tlvFootprint(WireFormat.DIR_ENTRY_FIXED_BYTES
                + s.name().getBytes(StandardCharsets.UTF_8).length);
    }

    /** FNV-1a 64 of the bytes: the value the region header's {@code static_hash} takes. */
    public long hash() {
        return Fnv1a64.hash(bytes);
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
        return o instanceof Directory d && java.util.Arrays.equals(bytes, d.bytes);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Directory[" + java.util.HexFormat.of().formatHex(bytes) + "]";
    }
}
