package io.shmx.bridge.wire;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.nio.charset.StandardCharsets;

import static io.shmx.bridge.wire.MessageHeader.ORDER;

/**
 * The body of a STATUS message, sent by each receiver to the sender's status port about four
 * times a second; the header's epoch and directory_version are those the receiver has applied
 * (0 and -1 before it has a directory), so the sender resends the directory at once to a
 * receiver that lacks it.
 *
 * <pre>
 *  0  receiver_id (u64, random per receiver)   8  frames_received (u64)   16 frames_lost (u64)
 *  24 bytes_received (u64)   32 last_seq (u64)   40 name_len (u32)   44 name (UTF-8, at most 200 bytes)
 * </pre>
 */
public final class StatusCodec {
    public static final int FIXED = 44;
    public static final int MAX_NAME = 200;

    private StatusCodec() {}

    /** A decoded status. */
    public record Status(long receiverId, long received, long lost, long bytes, long lastSeq, String name) {
    }

    public static int encode(MutableDirectBuffer b, int at, long receiverId, long received, long lost, long bytes,
                             long lastSeq, byte[] name) {
        int n = Math.min(name.length, MAX_NAME);
        b.putLong(at, receiverId, ORDER);
        b.putLong(at + 8, received, ORDER);
        b.putLong(at + 16, lost, ORDER);
        b.putLong(at + 24, bytes, ORDER);
        b.putLong(at + 32, lastSeq, ORDER);
        b.putInt(at + 40, n, ORDER);
        b.putBytes(at + FIXED, name, 0, n);
        return FIXED + n;
    }

    /** Decodes a body, or null when it is not a status. */
    public static Status decode(DirectBuffer b, int at, int length) {
        if (length < FIXED) {
            return null;
        }
        int n = b.getInt(at + 40, ORDER);
        if (n < 0 || n > MAX_NAME || n > length - FIXED) {
            return null;
        }
        byte[] name = new byte[n];
        b.getBytes(at + FIXED, name);
        return new Status(b.getLong(at, ORDER), b.getLong(at + 8, ORDER), b.getLong(at + 16, ORDER),
                b.getLong(at + 24, ORDER), b.getLong(at + 32, ORDER), new String(name, StandardCharsets.UTF_8));
    }
}
