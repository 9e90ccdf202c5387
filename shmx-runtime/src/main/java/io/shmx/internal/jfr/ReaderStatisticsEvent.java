package io.shmx.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;
import jdk.jfr.Unsigned;

/** Periodic, per open reader of this JVM: frames missed so far and moves (emitted by {@link ShmxEvents}). */
@Name("io.shmx.ReaderStatistics")
@Label("Reader Statistics")
@Category("shmx")
@Description("Per reader of this process: frames missed since it opened the channel, re-attachments, slot reclaims")
@Period("1 s")
@StackTrace(false)
public final class ReaderStatisticsEvent extends jdk.jfr.Event {
    @Label("Channel")
    public String channel;

    @Label("Session Id")
    @Unsigned
    public long sessionId;

    @Label("Reader Index")
    @Description("The reader slot held (-1: none, it lost its slot and none was free)")
    public int readerIndex;

    @Label("Reader Id")
    @Unsigned
    public long readerId;

    @Label("Frames Missed")
    @Description("ShmxClient.missedTotal(): frames published after the reader attached that it skipped")
    public long framesMissed;

    @Label("Re-attachments")
    @Description("ShmxClient.reattachments(): moves to a new region of the channel")
    public int reattachments;

    @Label("Slot Reclaims")
    @Description("ShmxClient.slotReclaims(): new slots claimed after the reaper freed this reader's")
    public int slotReclaims;
}
