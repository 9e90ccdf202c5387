package io.shmx.processor.layout;

import io.shmx.processor.model.StreamDef;
import io.shmx.typed.SchemaEncoding;
import java.util.List;

/**
 * The payload of a frame: one TLV of type {@code 0x2000} per stream, in stream order, each
 * 16-aligned.
 *
 * <pre>
 *  +------+--------+-----------+------------+---------------+----------+--------------------+-------+
 *  | type | length | stream_id | elem_count | bytes_payload | reserved | data               | 0-pad |
 *  +------+--------+-----------+------------+---------------+----------+--------------------+-------+
 *   0x2000  16 + data bytes                                              elem_count * bpe    to 16 B
 * </pre>
 *
 * <p>Data starts 24 bytes into the TLV; the payload is 64-aligned and every TLV 16-aligned, so
 * data is always 8-byte aligned. Sizes come from the runtime ({@link SchemaEncoding}).
 */
public final class FrameLayout {
    private FrameLayout() {}

    /** Elements a stream always carries (1 for a primitive scalar component), or -1 when it varies. */
    public static long fixedElements(StreamDef s) {
        return s.javaType().isPrimitiveScalar() ? 1 : -1;
    }

    /** Payload bytes of a stream carrying {@code elements} elements. */
    public static long streamBytes(StreamDef s, long elements) {
        return SchemaEncoding.frameStreamBytes(Math.multiplyExact(elements, (long) s.bytesPerElem()));
    }

    /** Payload bytes of the smallest frame: variable streams empty, scalar streams one element. */
    public static long minimumFrameBytes(List<StreamDef> streams) {
        long total = 0;
        for (StreamDef s : streams) {
            total += streamBytes(s, Math.max(0, fixedElements(s)));
        }
        return total;
    }
}
