package io.shmx.bench;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs one JMH benchmark method of this jar in a plain loop and reports nanoseconds of thread CPU
 * time per operation (min and median over rounds) and bytes allocated per operation. Thread CPU
 * time leaves out the time the thread spent descheduled, which dominates wall-clock figures when
 * the machine's run queue is far longer than its cores (a shared build machine); cache and TLB
 * pollution by the other processes still shows. Use JMH for the figures of record on a quiet
 * machine and this to compare two builds on a busy one, interleaved, one JVM per run.
 *
 * <pre>
 * java -cp benchmarks.jar -Dbench=io.shmx.bench.jmh.ShmxFrameBenchmark.publish -Dparams=size=64 \
 *      [-Drounds=15 -Dops=2000000 -Dwarm=3] io.shmx.bench.CpuTime
 * </pre>
 * The state's {@code @Param} fields are set from {@code params} ({@code name=value,...}), its
 * {@code @Setup} methods run once, then {@code warm} seconds of CPU time warm the JIT up.
 */
public final class CpuTime {
    static final Object STATE;
    static final MethodHandle OP;

    static {
        try {
            String bench = System.getProperty("bench");
            int dot = bench.lastIndexOf('.');
            Class<?> c = Class.forName(bench.substring(0, dot));
            Object state = c.getConstructor().newInstance();
            for (String kv : System.getProperty("params", "").split(",")) {
                if (kv.isBlank()) continue;
                String[] p = kv.split("=");
                Field f = c.getDeclaredField(p[0]);
                f.setAccessible(true);
                Class<?> t = f.getType();
                if (t == int.class) f.setInt(state, Integer.parseInt(p[1]));
                else if (t == boolean.class) f.setBoolean(state, Boolean.parseBoolean(p[1]));
                else if (t == long.class) f.setLong(state, Long.parseLong(p[1]));
                else f.set(state, p[1]);
            }
            @SuppressWarnings("unchecked")
            Class<? extends Annotation> setup = (Class<? extends Annotation>) Class.forName("org.openjdk.jmh.annotations.Setup");
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(setup)) {
                    m.setAccessible(true);
                    m.invoke(state);
                }
            }
            Method m = c.getMethod(bench.substring(dot + 1));
            MethodHandle mh = MethodHandles.lookup().unreflect(m);
            if (m.getReturnType() == void.class) {
                mh = MethodHandles.foldArguments(
                        MethodHandles.dropArguments(MethodHandles.constant(long.class, 0L), 0, Object.class),
                        mh.asType(MethodType.methodType(void.class, Object.class)));
            }
            OP = mh.asType(MethodType.methodType(long.class, Object.class));
            STATE = state;
        } catch (Throwable e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static long loop(long ops) throws Throwable {
        long sum = 0;
        for (long i = 0; i < ops; i++) {
            sum += (long) OP.invokeExact(STATE);
        }
        return sum;
    }

    public static void main(String[] args) throws Throwable {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        int rounds = Integer.getInteger("rounds", 15);
        long ops = Long.getLong("ops", 2_000_000);
        double warm = Double.parseDouble(System.getProperty("warm", "3"));
        long sink = 0;
        long warmEnd = mx.getCurrentThreadCpuTime() + (long) (warm * 1e9);
        while (mx.getCurrentThreadCpuTime() < warmEnd) {
            sink += loop(Math.min(ops, 200_000));
        }
        double[] ns = new double[rounds];
        long allocBefore = mx.getThreadAllocatedBytes(tid);
        for (int r = 0; r < rounds; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            sink += loop(ops);
            ns[r] = (mx.getCurrentThreadCpuTime() - t0) / (double) ops;
        }
        long alloc = mx.getThreadAllocatedBytes(tid) - allocBefore;
        double[] s = ns.clone();
        Arrays.sort(s);
        System.out.printf("RESULT %s [%s] min %.2f median %.2f ns/op (cpu time, %d rounds x %d ops) alloc %.4f B/op sink %d%n",
                System.getProperty("bench"), System.getProperty("params", ""), s[0], s[s.length / 2], rounds, ops,
                alloc / (double) (rounds * ops), sink & 1);
        System.exit(0);
    }
}
