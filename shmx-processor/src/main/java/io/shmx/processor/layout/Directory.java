package io.shmx.processor.layout;

import io.shmx.processor.model.StreamDef;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The static directory a frame's channel carries, exactly as the shmx 2.0 format encodes it: one
 * TLV of type {@code 0x1000} per stream, in stream order, each padded to 16 bytes with zeros.
 *
 * <pre>
 *  TLV offset:  0      4        8          12      16          20       24    28         32         36          40
 *              +------+--------+----------+-------+-----------+--------+-----+----------+----------+-----------+------+---------+
 *              | type | length | stream_id| dtype | components| layout | bpe | reserved | name_len | extra_len | name | pad     |
 *              +------+--------+----------+-------+-----------+--------+-----+----------+----------+-----------+------+---------+
 *               0x1000  32 + name_len (+ extra_len, always 0 here)                                         UTF-8   to 16 B
 *                                                                                            (padding: see {@link #of})
 * </pre>
 *
 * <p>All fields are little-endian u32. The next entry starts at {@code align16(8 + length)}.
 *
 * @param bytes the encoded directory
 */
public record Directory(byte[] bytes) {

    /**
     * Encodes the entries of {@code streams}.
     *
     * <p>Padding bytes are not zero: the original encoder writes each entry into one scratch buffer
     * that it never clears and copies the entry's padded span, so an entry's padding repeats the
     * bytes an earlier, longer entry left there. The same is done here, so that a channel created
     * from these streams, by this project's runtime or by the original library, carries exactly
     * these bytes and {@link #hash()} equals its header's {@code static_hash}.
     */
    public static Directory of(List<StreamDef> streams) {
        long total = 0;
        for (StreamDef s : streams) {
            total += entryFootprint(s);
        }
        byte[] out = new byte[Math.toIntExact(total)];
        byte[] scratch = new byte[0];
        int pos = 0;
        for (StreamDef s : streams) {
            byte[] name = s.name().getBytes(StandardCharsets.UTF_8);
            int span = (int) entryFootprint(s);
            if (scratch.length < span) {
                scratch = Arrays.copyOf(scratch, span);
            }
            ByteBuffer entry = ByteBuffer.wrap(scratch).order(ByteOrder.LITTLE_ENDIAN);
            entry.putInt(WireFormat.TLV_STATIC_DIR);
            entry.putInt(WireFormat.DIR_ENTRY_FIXED_BYTES + name.length);
            entry.putInt(s.id());
            entry.putInt(s.dtype().code());
            entry.putInt(s.components());
            entry.putInt(s.layout().code());
            entry.putInt(s.bytesPerElem());
            entry.putInt(0); // reserved
            entry.putInt(name.length);
            entry.putInt(0); // extra_len
            entry.put(name);
            System.arraycopy(scratch, 0, out, pos, span);
            pos += span;
        }
        return new Directory(out);
    }

    /** Bytes one entry occupies, TLV header and padding included. */
    public static long entryFootprint(StreamDef s) {
        return WireFormat.tlvFootprint(WireFormat.DIR_ENTRY_FIXED_BYTES
                + s.name().getBytes(StandardCharsets.UTF_8).length);
    }

    /** The format's FNV-1a 64 of the bytes: the value the region header's {@code static_hash} takes. */
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
