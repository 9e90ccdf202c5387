package io.shmx.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;
import jdk.jfr.Unsigned;

/** The producer freed the slot of a reader whose heartbeat went stale (emitted by {@link ShmxEvents#readerReaped}). */
@Name("io.shmx.ReaderReaped")
@Label("Reader Reaped")
@Category("shmx")
@Description("The producer freed the reader slot of a reader that stayed silent for longer than the reap timeout")
@StackTrace(false)
public final class ReaderReapedEvent extends jdk.jfr.Event {
    @Label("Channel")
    public String channel;

    @Label("Reader Index")
    @Description("The reader slot freed")
    public int readerIndex;

    @Label("Reader Id")
    @Description("The id of the reader that held the slot")
    @Unsigned
    public long readerId;

    @Label("Heartbeat Age")
    @Description("How old the reader's last heartbeat was (negative: a heartbeat implausibly far in the future)")
    @Timespan(Timespan.NANOSECONDS)
    public long heartbeatAge;
}
