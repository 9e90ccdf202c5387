package io.shmx.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Unsigned;

/**
 * A reader that lost its slot to the producer's reaper claimed a new one under a new id (emitted
 * by {@link ShmxEvents#readerReattached}).
 */
@Name("io.shmx.ReaderReattached")
@Label("Reader Re-attached")
@Category("shmx")
@Description("A reader whose slot was reaped claimed a new reader slot under a new id")
@StackTrace(false)
public final class ReaderReattachedEvent extends jdk.jfr.Event {
    @Label("Channel")
    public String channel;

    @Label("Reader Index")
    @Description("The reader slot claimed now")
    public int readerIndex;

    @Label("Reader Id")
    @Description("The reader's new id")
    @Unsigned
    public long readerId;

    @Label("Previous Reader Index")
    @Description("The slot the reader lost (-1: it held none since an earlier loss)")
    public int previousReaderIndex;

    @Label("Previous Reader Id")
    @Description("The id the reader held before (0: none)")
    @Unsigned
    public long previousReaderId;

    @Label("Slot Reclaims")
    @Description("How many times this reader claimed a new slot after losing one, this time included")
    public int slotReclaims;
}
