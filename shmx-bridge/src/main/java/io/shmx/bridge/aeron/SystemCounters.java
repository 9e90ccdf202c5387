package io.shmx.bridge.aeron;

import io.aeron.driver.status.SystemCounterDescriptor;
import org.agrona.concurrent.status.CountersReader;

/**
 * The media driver's own counters a bridge user looks for (retransmits, NAKs, gap fills), read
 * from the driver's counters file. With an external driver they count every publication and
 * image of that driver, not only the bridge's.
 */
public final class SystemCounters {
    private final CountersReader reader;
    private final int retransmitsSent;
    private final int naksSent;
    private final int naksReceived;
    private final int lossGapFills;
    private final int errors;

    SystemCounters(CountersReader reader) {
        this.reader = reader;
        this.retransmitsSent = find(reader, SystemCounterDescriptor.RETRANSMITS_SENT);
        this.naksSent = find(reader, SystemCounterDescriptor.NAK_MESSAGES_SENT);
        this.naksReceived = find(reader, SystemCounterDescriptor.NAK_MESSAGES_RECEIVED);
        this.lossGapFills = find(reader, SystemCounterDescriptor.LOSS_GAP_FILLS);
        this.errors = find(reader, SystemCounterDescriptor.ERRORS);
    }

    private static int find(CountersReader r, SystemCounterDescriptor d) {
        int[] found = {-1};
        r.forEach((counterId, typeId, key, label) -> {
            if (typeId == SystemCounterDescriptor.SYSTEM_COUNTER_TYPE_ID && key.getInt(0) == d.id()) {
                found[0] = counterId;
            }
        });
        return found[0];
    }

    private long value(int id) {
        return id < 0 ? -1 : reader.getCounterValue(id);
    }

    /** Packets the driver sent again after a NAK (a lossy or slow path shows here). */
    public long retransmitsSent() { return value(retransmitsSent); }

    /** NAKs the driver sent for gaps it saw as a receiver. */
    public long naksSent() { return value(naksSent); }

    /** NAKs the driver got as a sender. */
    public long naksReceived() { return value(naksReceived); }

    /** Gaps the receiving driver gave up on and filled with padding (only on unreliable channels). */
    public long lossGapFills() { return value(lossGapFills); }

    /** Errors the driver logged. */
    public long errors() { return value(errors); }
}
