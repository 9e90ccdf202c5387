package io.shmx.bridge.wire;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.nio.ByteOrder;

/**
 * The header every bridge message starts with (little-endian), on the data stream (sender to
 * receivers) and on the status stream (receivers to sender).
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------+---------------+-------------------------------+
 *  |  type         |  version = 1  |  reserved (0)                 | 0
 *  +---------------+---------------+-------------------------------+
 *  |  body_length: bytes of the whole frame body / message body    | 4
 *  +---------------------------------------------------------------+
 *  |  sender_id: random per sender process (u64)                   | 8
 *  +---------------------------------------------------------------+
 *  |  epoch: session id of the source channel (u64)                | 16
 *  +---------------------------------------------------------------+
 *  |  seq: bridge frame number, 1, 2, ... per sender (u64)         | 24
 *  +---------------------------------------------------------------+
 *  |  chunk_offset: where this chunk's bytes go in the body        | 32
 *  +---------------------------------------------------------------+
 *  |  directory_version: the directory the frame needs             | 36
 *  +---------------------------------------------------------------+
 *  |  chunk bytes ...                                              | 40
 * </pre>
 *
 * A frame body larger than one chunk travels as consecutive FRAME messages with the same seq and
 * growing chunk_offset; a single sender thread writes them back to back, so on one Aeron image
 * they arrive in order. A DIRECTORY message is always whole (chunk_offset 0, one Aeron message,
 * fragmented and reassembled by Aeron). A STATUS message travels the other way. Nothing read from
 * the network is trusted: every length is checked against the message and the receiver's limits.
 */
public final class MessageHeader {
    public static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;

    public static final byte TYPE_DIRECTORY = 1;
    public static final byte TYPE_FRAME = 2;
    public static final byte TYPE_STATUS = 3;
    public static final byte VERSION = 1;

    public static final int TYPE_OFFSET = 0;
    public static final int VERSION_OFFSET = 1;
    public static final int BODY_LENGTH_OFFSET = 4;
    public static final int SENDER_ID_OFFSET = 8;
    public static final int EPOCH_OFFSET = 16;
    public static final int SEQ_OFFSET = 24;
    public static final int CHUNK_OFFSET_OFFSET = 32;
    public static final int DIRECTORY_VERSION_OFFSET = 36;
    public static final int LENGTH = 40;

    private MessageHeader() {}

    public static void write(MutableDirectBuffer b, int at, byte type, int bodyLength, long senderId, long epoch,
                             long seq, int chunkOffset, int directoryVersion) {
        b.putByte(at + TYPE_OFFSET, type);
        b.putByte(at + VERSION_OFFSET, VERSION);
        b.putShort(at + 2, (short) 0, ORDER);
        b.putInt(at + BODY_LENGTH_OFFSET, bodyLength, ORDER);
        b.putLong(at + SENDER_ID_OFFSET, senderId, ORDER);
        b.putLong(at + EPOCH_OFFSET, epoch, ORDER);
        b.putLong(at + SEQ_OFFSET, seq, ORDER);
        b.putInt(at + CHUNK_OFFSET_OFFSET, chunkOffset, ORDER);
        b.putInt(at + DIRECTORY_VERSION_OFFSET, directoryVersion, ORDER);
    }

    /** True when {@code length} bytes at {@code at} hold a whole header of a version this code reads. */
    public static boolean readable(DirectBuffer b, int at, int length) {
        return length >= LENGTH && b.getByte(at + VERSION_OFFSET) == VERSION;
    }

    public static byte type(DirectBuffer b, int at) { return b.getByte(at + TYPE_OFFSET); }

    public static int bodyLength(DirectBuffer b, int at) { return b.getInt(at + BODY_LENGTH_OFFSET, ORDER); }

    public static long senderId(DirectBuffer b, int at) { return b.getLong(at + SENDER_ID_OFFSET, ORDER); }

    public static long epoch(DirectBuffer b, int at) { return b.getLong(at + EPOCH_OFFSET, ORDER); }

    public static long seq(DirectBuffer b, int at) { return b.getLong(at + SEQ_OFFSET, ORDER); }

    public static int chunkOffset(DirectBuffer b, int at) { return b.getInt(at + CHUNK_OFFSET_OFFSET, ORDER); }

    public static int directoryVersion(DirectBuffer b, int at) { return b.getInt(at + DIRECTORY_VERSION_OFFSET, ORDER); }
}
