package io.shmx.examples.demo;

import io.shmx.HeaderInfo;
import io.shmx.ShmxException;
import io.shmx.ShmxInspector;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The demo's progress line, read from the channel's header through a read-only
 * {@link ShmxInspector} (as {@code shmx top} does): frames published, the rate since the last
 * line, readers attached. On a terminal the line is redrawn in place; otherwise one line is
 * printed per tick.
 */
final class Progress implements AutoCloseable {
    private final String channel;
    private final PrintStream out;
    private final boolean terminal;
    private ShmxInspector inspector;
    private long lastSeq;
    private long lastNanos;
    private int width;

    Progress(String channel, PrintStream out, boolean terminal) {
        this.channel = channel;
        this.out = out;
        this.terminal = terminal;
        this.lastNanos = System.nanoTime();    // made when publishing starts, at frame 0
    }

    void tick(double elapsedSeconds, double totalSeconds) {
        HeaderInfo h = header();
        if (h == null) {
            return;
        }
        long now = System.nanoTime();
        double rate = (h.frameSeq() - lastSeq) * 1e9 / Math.max(1, now - lastNanos);
        lastSeq = h.frameSeq();
        lastNanos = now;
        String line = String.format(Locale.ROOT, "  [%4.1f / %.0f s]  frame %,d   %,.0f frames/s   %d readers",
                Math.min(elapsedSeconds, totalSeconds), totalSeconds, h.frameSeq(), rate, h.readersConnected());
        if (terminal) {
            out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = line.length();
            out.flush();
        } else {
            out.println(line);
        }
    }

    private HeaderInfo header() {
        try {
            if (inspector == null) {
                inspector = ShmxInspector.open(channel);
            }
            return inspector.headerInfo();
        } catch (ShmxException e) {
            return null;      // not created yet, or already gone
        }
    }

    @Override
    public void close() {
        if (terminal && width > 0) {
            out.println();
        }
        if (inspector != null) {
            inspector.close();
        }
    }
}
