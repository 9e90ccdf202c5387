package io.shmx.internal;

import io.shmx.ReaderInfo;
import io.shmx.ReaderSlotsFullException;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A reader's claim on one reader slot, in the simplest correct form (to be replaced by the reader
 * slot table of the control plane).
 *
 * <pre>
 *  0   u64 reader_id        random, non-zero while attached    (owner: release store; others: acquire)
 *  8   u64 heartbeat        System.nanoTime of last activity   (owner: opaque store)
 *  16  u64 last_frame_seen  id of the last frame read          (owner: opaque store)
 *  24  u32 in_use           claimed by CAS 0 -> 1, freed by a release store of 0
 *  28  u32 pad, 32 4 x u64 reserved
 * </pre>
 *
 * Attach: CAS {@code in_use} 0 -> 1 on the first free slot, store heartbeat and last_frame_seen, then
 * {@code reader_id} (release), then {@code readers_connected += 1}. Detach, only while the slot still
 * holds our id: zero the fields, {@code in_use = 0} (release), {@code readers_connected -= 1}.
 */
public final class ReaderAttachment {
    static final int READER_ID_OFFSET = 0;
    static final int HEARTBEAT_OFFSET = 8;
    static final int LAST_FRAME_SEEN_OFFSET = 16;
    static final int IN_USE_OFFSET = 24;

    private final MemorySegment region;
    private final long slotOffset;
    private final int index;
    private final long readerId;
    private boolean attached;

    private ReaderAttachment(MemorySegment region, long slotOffset, int index, long readerId) {
        this.region = region;
        this.slotOffset = slotOffset;
        this.index = index;
        this.readerId = readerId;
        this.attached = true;
    }

    /** Claims the first free reader slot. */
    public static ReaderAttachment claim(MemorySegment region, RegionLayout layout, String what) {
        long id;
        do {
            id = ThreadLocalRandom.current().nextLong();
        } while (id == 0);
        for (int i = 0; i < layout.readerSlots(); i++) {
            long off = layout.readerOffset(i);
            if (Wire.INT.compareAndSet(region, off + IN_USE_OFFSET, 0, 1)) {
                Wire.LONG.setOpaque(region, off + HEARTBEAT_OFFSET, System.nanoTime());
                Wire.LONG.setOpaque(region, off + LAST_FRAME_SEEN_OFFSET, 0L);
                Wire.LONG.setRelease(region, off + READER_ID_OFFSET, id);
                GlobalHeaderDescriptor.addReadersConnectedAtomic(region, 1);
                return new ReaderAttachment(region, off, i, id);
            }
        }
        throw new ReaderSlotsFullException(what + ": all " + layout.readerSlots() + " reader slots are in use; close "
                + "an idle reader, let the producer reap stale ones, or create the channel with "
                + "ChannelConfig.withReaderSlots(" + Math.max(layout.readerSlots() * 2, 1) + ")");
    }

    public int index() {
        return index;
    }

    public long readerId() {
        return readerId;
    }

    /** Whether the slot still holds this reader (it may have been reaped). */
    public boolean isHeld() {
        return attached && (long) Wire.LONG.getAcquire(region, slotOffset + READER_ID_OFFSET) == readerId;
    }

    /** Records activity: a frame read (or 0 to only refresh the heartbeat). */
    public void touch(long nowNanos, long frameId) {
        Wire.LONG.setOpaque(region, slotOffset + HEARTBEAT_OFFSET, nowNanos);
        if (frameId != 0) {
            Wire.LONG.setOpaque(region, slotOffset + LAST_FRAME_SEEN_OFFSET, frameId);
        }
    }

    /** Frees the slot if it still holds this reader. */
    public void release() {
        if (!attached) {
            return;
        }
        attached = false;
        if (!Wire.LONG.compareAndSet(region, slotOffset + READER_ID_OFFSET, readerId, 0L)) {
            return;
        }
        Wire.LONG.setOpaque(region, slotOffset + HEARTBEAT_OFFSET, 0L);
        Wire.LONG.setOpaque(region, slotOffset + LAST_FRAME_SEEN_OFFSET, 0L);
        Wire.INT.setRelease(region, slotOffset + IN_USE_OFFSET, 0);
        GlobalHeaderDescriptor.addReadersConnectedAtomic(region, -1);
    }

    /** Every reader slot that is in use or holds a reader id (plain acquire reads). */
    public static List<ReaderInfo> snapshot(MemorySegment region, RegionLayout layout) {
        List<ReaderInfo> out = new ArrayList<>();
        for (int i = 0; i < layout.readerSlots(); i++) {
            long off = layout.readerOffset(i);
            long id = (long) Wire.LONG.getAcquire(region, off + READER_ID_OFFSET);
            boolean inUse = (int) Wire.INT.getAcquire(region, off + IN_USE_OFFSET) != 0;
            if (inUse || id != 0) {
                out.add(new ReaderInfo(i, id, (long) Wire.LONG.getAcquire(region, off + HEARTBEAT_OFFSET),
                        (long) Wire.LONG.getAcquire(region, off + LAST_FRAME_SEEN_OFFSET), inUse));
            }
        }
        return out;
    }

    /**
     * Frees in-use slots whose heartbeat is older than {@code now - timeout}; returns how many. A slot
     * is freed only if its reader id is unchanged between the check and the clear (CAS).
     */
    public static int reap(MemorySegment region, RegionLayout layout, long nowNanos, long timeoutNanos) {
        int freed = 0;
        for (int i = 0; i < layout.readerSlots(); i++) {
            long off = layout.readerOffset(i);
            if ((int) Wire.INT.getAcquire(region, off + IN_USE_OFFSET) == 0) {
                continue;
            }
            long id = (long) Wire.LONG.getAcquire(region, off + READER_ID_OFFSET);
            long hb = (long) Wire.LONG.getAcquire(region, off + HEARTBEAT_OFFSET);
            if (nowNanos - hb <= timeoutNanos) {
                continue;
            }
            if (id != 0 && !Wire.LONG.compareAndSet(region, off + READER_ID_OFFSET, id, 0L)) {
                continue;
            }
            Wire.LONG.setOpaque(region, off + HEARTBEAT_OFFSET, 0L);
            Wire.LONG.setOpaque(region, off + LAST_FRAME_SEEN_OFFSET, 0L);
            Wire.INT.setRelease(region, off + IN_USE_OFFSET, 0);
            GlobalHeaderDescriptor.addReadersConnectedAtomic(region, -1);
            freed++;
        }
        return freed;
    }
}
