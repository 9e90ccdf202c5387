package io.shmx.bridge.wire;

import io.shmx.Frame;
import io.shmx.FrameWriter;
import io.shmx.ShmxException;
import io.shmx.StreamSpec;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/**
 * A frame as it travels: the streams of one shmx frame, copied out of the source slot (and
 * validated) by the sender, copied into a slot of the local channel by the receiver.
 *
 * <pre>
 *  0  source_frame_id (u64)   8  sim_time (f64)   16 stream_count (u32)   20 reserved (0)
 *  24 per stream:  stream_id (u32), reserved (u32), elem_count (u64), byte_count (u64),
 *                  byte_count data bytes, padded to 8
 * </pre>
 *
 * Both directions allocate nothing: the sender copies into one staging segment, the receiver
 * copies from the reassembly segment into the slot it claimed.
 */
public final class FrameBody {
    public static final int FIXED = 24;
    public static final int ENTRY_FIXED = 24;
    /** Result of {@link #copyOut}: the producer overwrote the slot while it was copied. */
    public static final long OVERWRITTEN = -1;
    /** Result of {@link #copyOut}: the frame does not fit the staging buffer. */
    public static final long TOO_LARGE = -2;
    /** Result of {@link #copyIn}: the body does not match the local channel (counted, frame dropped). */
    public static final long REJECTED = -3;

    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(MessageHeader.ORDER);
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(MessageHeader.ORDER);
    private static final ValueLayout.OfDouble F64 = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(MessageHeader.ORDER);

    private FrameBody() {}

    /** Upper bound of the body of a frame of {@code payloadBytes} with {@code streams} streams. */
    public static long maxLength(long payloadBytes, int streams) {
        return FIXED + payloadBytes + (long) streams * (ENTRY_FIXED + 8);
    }

    /**
     * Copies the frame's streams into {@code out} and validates the frame afterwards
     * (read-then-validate). Returns the body length, {@link #OVERWRITTEN} or {@link #TOO_LARGE}.
     */
    public static long copyOut(Frame f, MemorySegment out) {
        MemorySegment slot = f.segment();
        int n = f.streamCount();
        long cap = out.byteSize();
        long p = FIXED;
        for (int i = 0; i < n; i++) {
            long bytes = f.byteCountAt(i);
            if (p + ENTRY_FIXED + bytes + 8 > cap) {
                return f.isValid() ? TOO_LARGE : OVERWRITTEN;
            }
            out.set(U32, p, f.streamIdAt(i));
            out.set(U32, p + 4, 0);
            out.set(U64, p + 8, f.elemCountAt(i));
            out.set(U64, p + 16, bytes);
            MemorySegment.copy(slot, f.offsetAt(i), out, p + ENTRY_FIXED, bytes);
            p += ENTRY_FIXED + align8(bytes);
        }
        out.set(U64, 0, f.frameId());
        out.set(F64, 8, f.simTime());
        out.set(U32, 16, n);
        out.set(U32, 20, 0);
        return f.isValid() ? p : OVERWRITTEN;
    }

    /**
     * Writes the frame in {@code body[0, length)} into {@code w} and publishes it; returns the
     * local frame id or {@link #REJECTED} (the writer is aborted) when a stream is not in
     * {@code streams}, its byte count does not match its element count, or lengths run past the body.
     */
    public static long copyIn(MemorySegment body, long length, FrameWriter w, List<StreamSpec> streams) {
        if (length < FIXED || length > body.byteSize()) {
            return REJECTED;
        }
        int n = body.get(U32, 16);
        long p = FIXED;
        try {
            for (int i = 0; i < n; i++) {
                if (length - p < ENTRY_FIXED) {
                    w.abort();
                    return REJECTED;
                }
                int id = body.get(U32, p);
                long elems = body.get(U64, p + 8);
                long bytes = body.get(U64, p + 16);
                long bpe = bytesPerElem(streams, id);
                if (bpe < 0 || elems < 0 || bytes < 0 || bytes > length - p - ENTRY_FIXED
                        || Math.multiplyHigh(elems, bpe) != 0 || elems * bpe != bytes) {
                    w.abort();
                    return REJECTED;
                }
                long off = w.claimOffset(id, elems);
                MemorySegment.copy(body, p + ENTRY_FIXED, w.segment(), off, bytes);
                p += ENTRY_FIXED + align8(bytes);
            }
            return w.publish(body.get(F64, 8));
        } catch (ShmxException notForThisChannel) {
            w.abort();
            return REJECTED;
        }
    }

    /** The source frame id in a body. */
    public static long sourceFrameId(MemorySegment body) {
        return body.get(U64, 0);
    }

    private static long bytesPerElem(List<StreamSpec> streams, int id) {
        for (int i = 0, n = streams.size(); i < n; i++) {
            StreamSpec s = streams.get(i);
            if (s.id() == id) {
                return s.bytesPerElem();
            }
        }
        return -1;
    }

    private static long align8(long n) {
        return (n + 7) & ~7L;
    }
}
