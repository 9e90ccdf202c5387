package io.shmx.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Unsigned;

/**
 * A reader moved to a new region of its channel (a restarted or replacing producer), emitted by
 * {@link ShmxEvents#sessionChanged}.
 */
@Name("io.shmx.SessionChanged")
@Label("Session Changed")
@Category("shmx")
@Description("A reader followed its channel to a new region (a new producer session) and claimed a slot there")
@StackTrace(false)
public final class SessionChangedEvent extends jdk.jfr.Event {
    @Label("Channel")
    public String channel;

    @Label("Previous Session Id")
    @Unsigned
    public long previousSessionId;

    @Label("Session Id")
    @Description("The session id of the region the reader reads now")
    @Unsigned
    public long sessionId;

    @Label("Reader Index")
    @Description("The reader slot claimed in the new region")
    public int readerIndex;

    @Label("Reader Id")
    @Unsigned
    public long readerId;

    @Label("Re-attachments")
    @Description("How many times this reader moved to a new region, this time included")
    public int reattachments;
}
