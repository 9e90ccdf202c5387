package io.shmx;

import io.shmx.internal.jfr.ShmxEvents;
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
            long now = sendClock.sample(); // the guard orders these two fields between sending threads
            boolean owner;
            if (now != SampledClock.NO_SAMPLE && now - nextSendHeartbeatNanos >= 0) {
                owner = s.seated() && s.claims().heartbeat(s.index(), s.id(), now);
                nextSendHeartbeatNanos = now + ShmxClient.HEARTBEAT_INTERVAL_NANOS;
            } else {
                owner = s.seated() && s.claims().isOwner(s.index(), s.id());
            }
            if (!owner) {
                s = slot.reseatHeld(s);
            }
            ControlSender ring = s.table().ring(s.index()).sender();
            return ShmxEvents.sent(array != null ? ring.send(type, array, 0, array.length) : ring.send(type, segment),
                    slot.name(), s.index(), s.id(), type);
        } catch (InternalError e) {
            throw MappingFaults.truncated(e, what);
        } finally {
            slot.exit();
        }
    }
}
