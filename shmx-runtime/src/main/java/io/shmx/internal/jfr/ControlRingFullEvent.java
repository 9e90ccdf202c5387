package io.shmx.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Unsigned;

/**
 * A control send found the reader's ring without room and wrote nothing (emitted by
 * {@link ShmxEvents#sent}). One event per refused send: a sender that retries in a loop emits one
 * per try while the producer does not poll.
 */
@Name("io.shmx.ControlRingFull")
@Label("Control Ring Full")
@Category("shmx")
@Description("A control message was refused because the reader's control ring had no room (the producer is not polling fast enough)")
@StackTrace(false)
public final class ControlRingFullEvent extends jdk.jfr.Event {
    @Label("Channel")
    public String channel;

    @Label("Reader Index")
    @Description("The reader slot whose ring is full")
    public int readerIndex;

    @Label("Reader Id")
    @Unsigned
    public long readerId;

    @Label("Message Type")
    @Description("The type of the message refused")
    public int messageType;
}
