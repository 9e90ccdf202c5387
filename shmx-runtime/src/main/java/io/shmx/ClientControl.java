package io.shmx;

import io.shmx.internal.jfr.ShmxEvents;
import io.shmx.internal.control.ControlRing;
import io.shmx.internal.control.ControlSender;
import io.shmx.internal.readers.SampledClock;
import io.shmx.internal.wire.MappingFaults;
import java.lang.foreign.MemorySegment;

/**
 * Sending a {@link ShmxClient}'s control messages: through the control ring of the reader slot it
 * holds, one send at a time (the ring has a single writer; {@link ClientSlot#enterSending()} makes
 * a send that meets another thread's send wait for it). A send refreshes the heartbeat on a
 * sampled clock as reads do, and otherwise checks that the slot is still this reader's; it takes
 * a new slot if the producer reaped the old one. Allocates nothing.
 */
final class ClientControl {
    private final ShmxClient client;
    private final ClientSlot slot;
    private final String what;
    // Sending threads' state: read and written only while holding the guard for a send.
    private final SampledClock sendClock = new SampledClock();
    private long nextSendHeartbeatNanos;

    ClientControl(ShmxClient client, ClientSlot slot, String what) {
        this.client = client;
        this.slot = slot;
        this.what = what;
    }

    /** Sends {@code array} if non-null, else {@code segment} ({@link MemorySegment#NULL}: no data). */
    ControlSendResult send(int type, MemorySegment segment, byte[] array) {
        if (type == 0) {
            throw new InvalidArgumentException("control message type 0 is reserved for ring padding and would never be "
                    + "delivered; use a non-zero type such as TlvType.CONTROL_USER (0x3000)");
        }
        slot.enterSending();
        try {
            client.ensureOpen();
            ClientSlot.Seat s = slot.seat();
            if (!s.table().hasControlRings()) {
                return ControlSendResult.NO_CONTROL_RING;
            }
            ControlSendResult result = ControlSendResult.FULL;
            for (int attempt = 0; attempt < 2; attempt++) {
                // The ring's write counter is loaded before the ownership check and the send publishes
                // only if it is unchanged: a slot freed after the check has a fenced ring
                // (ControlSender), so a send that lost its slot delivers nothing and is retried from a
                // new slot once.
                long writeCounter = s.seated() ? ring(s).writeCounterAcquire() : 0;
                boolean owner = attempt == 0 ? checkOwnership(s) : s.seated() && s.claims().isOwner(s.index(), s.id());
                if (owner) {
                    result = sendOn(s, writeCounter, type, segment, array);
                    if (result == ControlSendResult.SENT || s.claims().isOwner(s.index(), s.id())) {
                        break;
                    }
                    result = ControlSendResult.FULL;
                }
                s = slot.reseatHeld(s);
            }
            return ShmxEvents.sent(result, slot.name(), s.index(), s.id(), type);
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, what);
        } finally {
            slot.exit();
        }
    }

    /**
     * Whether the seat still holds its slot: a heartbeat on the sampled clock at most about every
     * {@link ShmxClient#HEARTBEAT_INTERVAL_NANOS}, else a check of the id. Guard held.
     */
    private boolean checkOwnership(ClientSlot.Seat s) {
        long now = sendClock.sample(); // the guard orders these two fields between sending threads
        if (now != SampledClock.NO_SAMPLE && now - nextSendHeartbeatNanos >= 0) {
            nextSendHeartbeatNanos = now + ShmxClient.HEARTBEAT_INTERVAL_NANOS;
            return s.seated() && s.claims().heartbeat(s.index(), s.id(), now);
        }
        return s.seated() && s.claims().isOwner(s.index(), s.id());
    }

    private static ControlRing ring(ClientSlot.Seat s) {
        return s.table().ring(s.index());
    }

    private static ControlSendResult sendOn(ClientSlot.Seat s, long writeCounter, int type, MemorySegment segment,
                                            byte[] array) {
        ControlSender sender = ring(s).sender();
        return array != null ? sender.send(writeCounter, type, array, 0, array.length)
                : sender.send(writeCounter, type, segment);
    }
}
