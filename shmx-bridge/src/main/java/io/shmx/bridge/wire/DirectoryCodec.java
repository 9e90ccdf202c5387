package io.shmx.bridge.wire;

import io.shmx.StreamSpec;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.shmx.bridge.wire.MessageHeader.ORDER;

/**
 * The body of a DIRECTORY message (little-endian), after the {@link MessageHeader}.
 *
 * <pre>
 *  0  slots (u64)            8  reader_slots (u64)     16 static_bytes_cap (u64)
 *  24 frame_bytes_cap (u64)  32 control_per_reader (u64) 40 static_hash (u64)
 *  48 status_port (u32)      52 stream_count (u32)
 *  56 entries: id, dtype, components, layout, bytes_per_elem, name_len, extra_len (7 x u32),
 *              name (UTF-8), extra, each entry padded to 4 bytes
 * </pre>
 *
 * Decoding checks every count and length against the message; a directory that does not decode
 * is dropped (and counted) by the receiver.
 */
public final class DirectoryCodec {
    static final int FIXED = 56;
    static final int ENTRY_FIXED = 28;
    /** Largest stream count accepted from the network. */
    static final int MAX_STREAMS = 65_536;

    private DirectoryCodec() {}

    public static int encodedLength(Directory d) {
        int n = FIXED;
        for (StreamSpec s : d.streams()) {
            n += align4(ENTRY_FIXED + s.name().getBytes(StandardCharsets.UTF_8).length + s.extraLength());
        }
        return n;
    }

    /** Writes the body at {@code at}; returns its length. */
    public static int encode(Directory d, MutableDirectBuffer b, int at) {
        b.putLong(at, d.slots(), ORDER);
        b.putLong(at + 8, d.readerSlots(), ORDER);
        b.putLong(at + 16, d.staticBytesCap(), ORDER);
        b.putLong(at + 24, d.frameBytesCap(), ORDER);
        b.putLong(at + 32, d.controlPerReader(), ORDER);
        b.putLong(at + 40, d.staticHash(), ORDER);
        b.putInt(at + 48, d.statusPort(), ORDER);
        b.putInt(at + 52, d.streams().size(), ORDER);
        int p = at + FIXED;
        for (StreamSpec s : d.streams()) {
            byte[] name = s.name().getBytes(StandardCharsets.UTF_8);
            byte[] extra = s.extra();
            b.putInt(p, s.id(), ORDER);
            b.putInt(p + 4, s.dtypeCode(), ORDER);
            b.putInt(p + 8, s.components(), ORDER);
            b.putInt(p + 12, s.layoutCode(), ORDER);
            b.putInt(p + 16, s.bytesPerElem(), ORDER);
            b.putInt(p + 20, name.length, ORDER);
            b.putInt(p + 24, extra.length, ORDER);
            b.putBytes(p + ENTRY_FIXED, name);
            b.putBytes(p + ENTRY_FIXED + name.length, extra);
            int len = ENTRY_FIXED + name.length + extra.length;
            for (int i = len; i < align4(len); i++) {
                b.putByte(p + i, (byte) 0);
            }
            p += align4(len);
        }
        return p - at;
    }

    /** Decodes {@code length} body bytes at {@code at}, or returns null when they are not a directory. */
    public static Directory decode(DirectBuffer b, int at, int length) {
        if (length < FIXED) {
            return null;
        }
        int count = b.getInt(at + 52, ORDER);
        if (count < 0 || count > MAX_STREAMS) {
            return null;
        }
        List<StreamSpec> streams = new ArrayList<>(count);
        int p = at + FIXED;
        int end = at + length;
        for (int i = 0; i < count; i++) {
            if (end - p < ENTRY_FIXED) {
                return null;
            }
            int nameLen = b.getInt(p + 20, ORDER);
            int extraLen = b.getInt(p + 24, ORDER);
            if (nameLen < 0 || extraLen < 0 || (long) nameLen + extraLen > end - p - ENTRY_FIXED) {
                return null;
            }
            byte[] name = new byte[nameLen];
            byte[] extra = new byte[extraLen];
            b.getBytes(p + ENTRY_FIXED, name);
            b.getBytes(p + ENTRY_FIXED + nameLen, extra);
            try {
                streams.add(new StreamSpec(b.getInt(p, ORDER), new String(name, StandardCharsets.UTF_8),
                        b.getInt(p + 4, ORDER), b.getInt(p + 8, ORDER), b.getInt(p + 16, ORDER),
                        b.getInt(p + 12, ORDER), extra));
            } catch (RuntimeException invalid) {
                return null;
            }
            p += align4(ENTRY_FIXED + nameLen + extraLen);
        }
        return new Directory(b.getLong(at, ORDER), b.getLong(at + 8, ORDER), b.getLong(at + 16, ORDER),
                b.getLong(at + 24, ORDER), b.getLong(at + 32, ORDER), b.getLong(at + 40, ORDER),
                b.getInt(at + 48, ORDER), streams);
    }

    private static int align4(int n) {
        return (n + 3) & ~3;
    }
}
