package io.shmx.typed;

import io.shmx.StreamSpec;
import io.shmx.TlvType;
import io.shmx.internal.directory.DirectoryEntryCodec;
import io.shmx.internal.frame.FrameStreamDescriptor;
import io.shmx.internal.wire.Fnv;
import io.shmx.internal.wire.TlvDescriptor;
import io.shmx.internal.wire.Wire;

import java.util.List;

/**
 * The runtime's own encoding of a schema, for code that lays frames out ahead of time (the
 * annotation processor, tools): the static directory bytes a channel of these streams carries,
 * its {@code static_hash}, and the payload a stream takes in a frame. Everything delegates to the
 * codecs the runtime writes regions with, so a schema computed here and a channel created by
 * {@code ShmxServer.create} agree byte for byte.
 */
public final class SchemaEncoding {
    /** TLV type of a static directory entry. */
    public static final int DIRECTORY_ENTRY_TLV = TlvType.STATIC_DIR;
    /** TLV type of a stream inside a frame payload. */
    public static final int FRAME_STREAM_TLV = TlvType.FRAME_STREAM;
    /** Bytes of a TLV header ({@code u32 type, u32 length}). */
    public static final int TLV_HEADER_BYTES = TlvDescriptor.HEADER_LENGTH;
    /** Bytes of the stream header inside a frame TLV ({@code stream_id, elem_count, bytes_payload, reserved}). */
    public static final int FRAME_STREAM_HEADER_BYTES = FrameStreamDescriptor.FIXED_LENGTH;
    /** Alignment of every TLV. */
    public static final int TLV_ALIGN = 16;
    /** Longest stream name a directory entry carries, in UTF-8 bytes. */
    public static final int MAX_NAME_BYTES = 255;

    private SchemaEncoding() {}

    /**
     * The static directory of a channel created with {@code streams}: one entry per stream, in
     * order, with the format's padding rule (see {@link DirectoryEntryCodec}).
     *
     * @param streams the streams of the channel's directory, in order
     * @return the static directory of a channel created with {@code streams}
     */
    public static byte[] directoryBytes(List<StreamSpec> streams) {
        return DirectoryEntryCodec.encode(streams);
    }

    /**
     * The format's hash (FNV-1a 64 from the original library's basis) of {@code bytes}: a channel's {@code static_hash}.
     *
     * @param bytes the directory bytes
     * @return the format's hash (FNV-1a 64 from the original library's basis) of {@code bytes}: a channel's {@code static_hash}
     */
    public static long staticHash(byte[] bytes) {
        return Fnv.hash64(bytes, 0, bytes.length);
    }

    /**
     * Bytes the directory entry of {@code stream} takes, TLV header and padding included.
     *
     * @param stream the stream's position in the record (0-based)
     * @return bytes the directory entry of {@code stream} takes, TLV header and padding included
     */
    public static long directoryEntryBytes(StreamSpec stream) {
        return DirectoryEntryCodec.spanOf(stream);
    }

    /**
     * Payload bytes one stream with {@code dataBytes} of data takes in a frame, TLV and stream headers and padding included.
     *
     * @param dataBytes the stream's data bytes
     * @return payload bytes one stream with {@code dataBytes} of data takes in a frame, TLV and stream headers and padding included
     */
    public static long frameStreamBytes(long dataBytes) {
        return FrameStreamDescriptor.spanOf(dataBytes);
    }

    /**
     * {@code (x + 15) & ~15}.
     *
     * @param x the value to round up
     * @return {@code (x + 15) & ~15}
     */
    public static long align16(long x) {
        return Wire.align16(x);
    }
}
