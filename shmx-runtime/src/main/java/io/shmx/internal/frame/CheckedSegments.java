package io.shmx.internal.frame;

import io.shmx.ShmxException;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Checked segments ({@link io.shmx.ChannelConfig#withCheckedSegments}): the payload of the frame
 * in progress, handed out with a lifetime of that frame alone. The first request in a frame opens
 * a shared {@link Arena} and re-scopes the slot's payload to it; {@link #end()} closes the arena,
 * after which that segment and every slice taken from it throw {@code IllegalStateException}
 * ("Already closed") on any access. The builder calls {@link #end()} when the frame is published
 * (before the frame id becomes visible to readers), aborted or dropped by the next begin.
 *
 * <p>Shared, not confined: a confined arena could only be closed by the thread that opened it and
 * its segments only used there, so a frame filled by worker threads, published by another thread
 * than the one that began it, or a server closed from another thread (its mapping unmapped while
 * a re-scoped segment still pointed into it) would break. Closing a shared arena is a handshake
 * with every thread of the JVM; after it returns no access through the segment is in flight, so
 * nothing lands in the frame once it is published.
 *
 * <p>Producer side only, like the builder: fields are plain, written and read by the thread that
 * drives the builder.
 */
final class CheckedSegments {
    /** The arena of the current frame's segments; null when none was handed out since the last end. */
    private Arena arena;
    /** The current frame's payload, scoped to {@link #arena}. */
    private MemorySegment payload;

    /** The frame's payload {@code raw}, scoped to the frame: one arena and segment per frame, made on first use. */
    MemorySegment payload(MemorySegment raw) {
        if (arena == null) {
            Arena a = Arena.ofShared();
            try {
                payload = raw.reinterpret(a, null);
            } catch (IllegalCallerException e) {
                a.close();
                throw nativeAccessDenied(e);
            }
            arena = a;
        }
        return payload;
    }

    /** Revokes the segments handed out since the last end (does nothing when there are none). */
    void end() {
        Arena a = arena;
        if (a != null) {
            arena = null;
            payload = null;
            a.close();
        }
    }

    private static ShmxException nativeAccessDenied(IllegalCallerException e) {
        return new ShmxException("[ShmxCheckedSegmentsAccess] checked segments (ChannelConfig.withCheckedSegments"
                + "(true)) re-scope each frame's memory with MemorySegment.reinterpret, a restricted method that this "
                + "JVM refuses (" + e.getMessage() + "); run with --enable-native-access=io.shmx.runtime (ALL-UNNAMED "
                + "on the class path), or create the channel without checked segments", e);
    }
}
