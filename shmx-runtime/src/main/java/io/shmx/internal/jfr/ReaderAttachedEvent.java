package io.shmx.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Unsigned;

/** A client opened a channel and claimed a reader slot (emitted by {@link ShmxEvents#readerAttached}). */
@Name("io.shmx.ReaderAttached")
@Label("Reader Attached")
@Category("shmx")
@Description("A reader opened a channel and claimed a reader slot")
@StackTrace(false)
public final class ReaderAttachedEvent extends jdk.jfr.Event {
    @Label("Channel")
    public String channel;

    @Label("Session Id")
    @Description("The session id of the region the reader attached to (random per producer)")
    @Unsigned
    public long sessionId;

    @Label("Reader Index")
    @Description("The reader slot the reader holds")
    public int readerIndex;

    @Label("Reader Id")
    @Description("The reader's id in its slot")
    @Unsigned
    public long readerId;
}
