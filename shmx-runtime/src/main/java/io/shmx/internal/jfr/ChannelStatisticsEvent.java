package io.shmx.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/** Periodic, per open producer of this JVM: frames published so far (emitted by {@link ShmxEvents}). */
@Name("io.shmx.ChannelStatistics")
@Label("Channel Statistics")
@Category("shmx")
@Description("Per producer of this process: frames published so far (the id of the last frame)")
@Period("1 s")
@StackTrace(false)
public final class ChannelStatisticsEvent extends jdk.jfr.Event {
    @Label("Channel")
    public String channel;

    @Label("Frames Published")
    @Description("Frames published into the current region (the id of the last one)")
    public long framesPublished;
}
