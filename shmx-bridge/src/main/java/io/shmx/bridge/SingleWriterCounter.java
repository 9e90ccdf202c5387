package io.shmx.bridge;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A counter written by one thread (the bridge's duty thread) and read by others (the status
 * line, a test). The writer adds with a plain read and an opaque store; readers load it opaque.
 * No locks, no fences beyond what opaque access implies, nothing allocated.
 */
final class SingleWriterCounter {
    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(SingleWriterCounter.class, "value", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // accessed through VALUE
    private long value;

    /** Writer thread only. */
    void add(long delta) {
        VALUE.setOpaque(this, (long) VALUE.get(this) + delta);
    }

    /** Writer thread only. */
    void increment() {
        add(1);
    }

    /** Writer thread only. */
    void set(long v) {
        VALUE.setOpaque(this, v);
    }

    /** Any thread. */
    long get() {
        return (long) VALUE.getOpaque(this);
    }
}
