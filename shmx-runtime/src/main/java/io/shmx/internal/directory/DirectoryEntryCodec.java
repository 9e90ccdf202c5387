package io.shmx.internal.directory;

import io.shmx.StreamSpec;
import io.shmx.TlvType;
import io.shmx.internal.wire.TlvDescriptor;
import io.shmx.internal.wire.Wire;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Static directory entries: TLVs of type {@link TlvType#STATIC_DIR} in the static area.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |   type = 0x1000               |   length = 32 + name + extra  | TLV header
 *  +---------------------------------------------------------------+
 *  |   stream_id                   |   element_type (dtype code)   | 0
 *  |   components                  |   layout (0 SoA, 1 AoS)       | 8
 *  |   bytes_per_elem              |   reserved (0)                | 16
 *  |   name_len                    |   extra_len                   | 24
 *  +---------------------------------------------------------------+
 *  |   name (UTF-8, no terminator) then extra (opaque)            ... 32
 *  +---------------------------------------------------------------+
 * </pre>
 *
 * <h2>Walk rules (readers)</h2>
 * Entries are read while a whole TLV header fits in {@code [0, used)}. The walk stops at the first
 * TLV whose value runs past {@code used}, and at the first directory entry whose lengths are
 * inconsistent ({@code length < 32} or {@code 32 + name_len + extra_len != length}); TLVs of other
 * types are skipped. Whatever raw bytes {@code write_static_append} put after the entries therefore
 * end the walk without error.
 *
 * <h2>Padding bytes (writer)</h2>
 * Entries are encoded one after another into one scratch buffer that is never cleared, and each
 * TLV is copied with its padded span. The padding of an entry thus repeats the bytes an earlier,
 * longer entry left at those positions, exactly as the original encoder does; the same directory
 * therefore produces the same bytes, and the same {@code static_hash}, in both implementations.
 */
public final class DirectoryEntryCodec {
    public static final int STREAM_ID_OFFSET = 0;
    public static final int ELEMENT_TYPE_OFFSET = 4;
    public static final int COMPONENTS_OFFSET = 8;
    public static final int LAYOUT_OFFSET = 12;
    public static final int BYTES_PER_ELEM_OFFSET = 16;
    public static final int RESERVED_OFFSET = 20;
    public static final int NAME_LEN_OFFSET = 24;
    public static final int EXTRA_LEN_OFFSET = 28;
    public static final int FIXED_LENGTH = 32;

    private DirectoryEntryCodec() {}

    /** Bytes the entry for {@code spec} occupies in the static area, padding included. */
    public static long spanOf(StreamSpec spec) {
        return TlvDescriptor.spanOf(valueLength(spec));
    }

    private static long valueLength(StreamSpec spec) {
        return FIXED_LENGTH + (long) spec.name().getBytes(StandardCharsets.UTF_8).length + spec.extraLength();
    }

    /** Encodes the entries of {@code specs}, in order, as the static area's first bytes. */
    public static byte[] encode(List<StreamSpec> specs) {
        long total = 0;
        for (StreamSpec s : specs) {
            total += spanOf(s);
        }
        if (total > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("directory of " + total + " bytes is too large");
        }
        byte[] out = new byte[(int) total];
        MemorySegment dst = MemorySegment.ofArray(out);
        byte[] scratch = new byte[0];
        int pos = 0;
        for (StreamSpec s : specs) {
            byte[] name = s.name().getBytes(StandardCharsets.UTF_8);
            byte[] extra = s.extra();
            int length = FIXED_LENGTH + name.length + extra.length;
            int span = (int) TlvDescriptor.spanOf(length);
            if (scratch.length < span) {
                scratch = Arrays.copyOf(scratch, span);
            }
            MemorySegment buf = MemorySegment.ofArray(scratch);
            int v = TlvDescriptor.HEADER_LENGTH;
            buf.set(Wire.U32, TlvDescriptor.TYPE_OFFSET, TlvType.STATIC_DIR);
            buf.set(Wire.U32, TlvDescriptor.LENGTH_OFFSET, length);
            buf.set(Wire.U32, v + STREAM_ID_OFFSET, s.id());
            buf.set(Wire.U32, v + ELEMENT_TYPE_OFFSET, s.dtypeCode());
            buf.set(Wire.U32, v + COMPONENTS_OFFSET, s.components());
            buf.set(Wire.U32, v + LAYOUT_OFFSET, s.layoutCode());
            buf.set(Wire.U32, v + BYTES_PER_ELEM_OFFSET, s.bytesPerElem());
            buf.set(Wire.U32, v + RESERVED_OFFSET, 0);
            buf.set(Wire.U32, v + NAME_LEN_OFFSET, name.length);
            buf.set(Wire.U32, v + EXTRA_LEN_OFFSET, extra.length);
            System.arraycopy(name, 0, scratch, v + FIXED_LENGTH, name.length);
            System.arraycopy(extra, 0, scratch, v + FIXED_LENGTH + name.length, extra.length);
            MemorySegment.copy(buf, 0, dst, pos, span);
            pos += span;
        }
        return out;
    }

    /** Result of a directory walk: the entries found and where the walk stopped. */
    public record Walk(List<StreamSpec> streams, long endOffset) {
    }

    /**
     * Walks the directory in {@code area[0, used)} (a copy or a mapped static area). Never throws
     * for any content; {@code used} must not exceed {@code area.byteSize()}.
     */
    public static Walk decode(MemorySegment area, long used) {
        List<StreamSpec> out = new ArrayList<>();
        long pos = 0;
        while (pos + TlvDescriptor.HEADER_LENGTH <= used) {
            int type = area.get(Wire.U32, pos + TlvDescriptor.TYPE_OFFSET);
            long length = Wire.u32(area, pos + TlvDescriptor.LENGTH_OFFSET);
            long span = TlvDescriptor.spanOf(length);
            if (pos + TlvDescriptor.HEADER_LENGTH + length > used) {
                break;
            }
            if (type == TlvType.STATIC_DIR) {
                StreamSpec spec = decodeEntry(area, pos + TlvDescriptor.HEADER_LENGTH, length);
                if (spec == null) {
                    break;
                }
                out.add(spec);
            }
            pos += span;
        }
        return new Walk(List.copyOf(out), Math.min(pos, used));
    }

    private static StreamSpec decodeEntry(MemorySegment area, long v, long length) {
        if (length < FIXED_LENGTH) {
            return null;
        }
        long nameLen = Wire.u32(area, v + NAME_LEN_OFFSET);
        long extraLen = Wire.u32(area, v + EXTRA_LEN_OFFSET);
        if (FIXED_LENGTH + nameLen + extraLen != length) {
            return null;
        }
        byte[] name = new byte[(int) nameLen];
        MemorySegment.copy(area, v + FIXED_LENGTH, MemorySegment.ofArray(name), 0, nameLen);
        byte[] extra = new byte[(int) extraLen];
        MemorySegment.copy(area, v + FIXED_LENGTH + nameLen, MemorySegment.ofArray(extra), 0, extraLen);
        return new StreamSpec(
                area.get(Wire.U32, v + STREAM_ID_OFFSET),
                new String(name, StandardCharsets.UTF_8),
                area.get(Wire.U32, v + ELEMENT_TYPE_OFFSET),
                area.get(Wire.U32, v + COMPONENTS_OFFSET),
                area.get(Wire.U32, v + BYTES_PER_ELEM_OFFSET),
                area.get(Wire.U32, v + LAYOUT_OFFSET),
                extra);
    }
}
