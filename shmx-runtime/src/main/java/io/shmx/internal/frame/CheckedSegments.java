package io.shmx.internal.frame;

import io.shmx.ShmxException;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Checked segments ({@link io.shmx.ChannelConfig#withCheckedSegments}): the payload of the frame
 * in progress, handed out with a lifetime of that frame alone. The first request in a frame opens
 * a confined {@link Arena} on the calling thread (the frame's owner) and re-scopes the slot's
 * payload to it; {@link #end()} closes the arena, after which that segment and every slice taken
 * from it throw {@code IllegalStateException} ("Already closed") on any access. The builder calls
 * {@link #end()} when the frame is published (before the frame id becomes visible to readers),
 * aborted or dropped by the next begin.
 *
 * <p>Confined, not shared: closing a shared arena is a handshake with every thread of the JVM
 * (measured at 20 to 120 us per frame on a loaded 2-core machine, against about 20 ns for a
 * confined one), which would make a checked producer far slower than the program it checks and
 * stall every other thread at each publish. The price is that a frame which handed out segments
 * belongs to its owner thread: only it can use them (the JDK throws {@code WrongThreadException}
 * elsewhere), ask for more or end the frame; another thread doing so gets a
 * {@code [ShmxCheckedSegmentsThread]} exception and the frame stays as it was. A frame whose owner
 * has ended can be ended by any thread: no thread can reach its segments any more. Frames that
 * hand out no segment have no owner, and a new frame may have another owner.
 *
 * <p>A close of the producer from another thread while the owner is alive cannot revoke the
 * segments ({@link #endForClose()} returns false); the producer then leaves the region mapped, so
 * that the owner's next access writes into memory that is still mapped instead of crashing the JVM.
 *
 * <p>Fields are plain: written and read by the thread that drives the builder (one at a time, as
 * the producer requires); the owner check reads {@link Thread#currentThread()}.
 */
final class CheckedSegments {
    /** The arena of the current frame's segments; null when none was handed out since the last end. */
    private Arena arena;
    /** The thread that opened {@link #arena}, the only one that can use and close it. */
    private Thread owner;
    /** The current frame's payload, scoped to {@link #arena}. */
    private MemorySegment payload;

    /** The frame's payload {@code raw}, scoped to the frame: one arena and segment per frame, made on first use. */
    MemorySegment payload(MemorySegment raw) {
        if (arena == null) {
            Arena a = Arena.ofConfined();
            try {
                payload = raw.reinterpret(a, null);
            } catch (IllegalCallerException e) {
                a.close();
                throw nativeAccessDenied(e);
            }
            arena = a;
            owner = Thread.currentThread();
        } else if (owner != Thread.currentThread()) {
            if (owner.isAlive()) {
                throw wrongThread("asks for a segment of the frame");
            }
            forget(); // the owner ended: its segments are out of every thread's reach; this thread takes over
            return payload(raw);
        }
        return payload;
    }

    /**
     * Revokes the segments handed out since the last end (does nothing when there are none). A
     * frame whose owner has ended is let go without a close: no thread can reach its segments.
     *
     * @throws ShmxException when another thread than their owner, which is still alive, calls it
     *                       (nothing is changed)
     */
    void end() {
        Arena a = arena;
        if (a == null) {
            return;
        }
        Thread o = owner;
        boolean mine = o == Thread.currentThread();
        if (!mine && o.isAlive()) {
            throw wrongThread("ends the frame (publish, abort or a new beginFrame)");
        }
        forget();
        if (mine) {
            a.close();
        }
    }

    /**
     * As {@link #end()}, from any thread, for a close: returns false, and forgets the segments,
     * when they belong to another thread that is alive; they could not be revoked and stay usable
     * by that thread, so their memory must stay mapped.
     */
    boolean endForClose() {
        Arena a = arena;
        if (a == null) {
            return true;
        }
        Thread o = owner;
        forget();
        if (o == Thread.currentThread()) {
            a.close();
            return true;
        }
        return !o.isAlive();
    }

    private void forget() {
        arena = null;
        owner = null;
        payload = null;
    }

    private ShmxException wrongThread(String what) {
        Thread current = Thread.currentThread();
        return new ShmxException("[ShmxCheckedSegmentsThread] thread '" + current.getName() + "' " + what + ", but "
                + "with checked segments (ChannelConfig.withCheckedSegments(true)) the segments of a frame are confined "
                + "to the thread that took the first of them, here '" + owner.getName() + "', and only it can use "
                + "them or end the frame; fill and end the frame on '" + owner.getName() + "', or create the channel "
                + "without checked segments to share a frame between threads");
    }

    private static ShmxException nativeAccessDenied(IllegalCallerException e) {
        return new ShmxException("[ShmxCheckedSegmentsAccess] checked segments (ChannelConfig.withCheckedSegments"
                + "(true)) re-scope each frame's memory with MemorySegment.reinterpret, a restricted method that this "
                + "JVM refuses (" + e.getMessage() + "); run with --enable-native-access=io.shmx.runtime (ALL-UNNAMED "
                + "on the class path), or create the channel without checked segments", e);
    }
}
