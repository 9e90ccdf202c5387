package io.shmx.testing;

import java.lang.reflect.Method;

/**
 * Bytes allocated by the current thread (HotSpot's ThreadMXBean extension), looked up reflectively
 * because test sources compile inside the runtime module, which does not read java.management.
 */
public final class Allocations {
    private static final Object BEAN;
    private static final Method METHOD;

    static {
        try {
            Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
            BEAN = factory.getMethod("getThreadMXBean").invoke(null);
            METHOD = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Allocations() {}

    public static long currentThread() {
        try {
            return (long) METHOD.invoke(BEAN);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
