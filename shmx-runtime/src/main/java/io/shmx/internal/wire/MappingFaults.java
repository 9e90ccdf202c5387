package io.shmx.internal.wire;

import io.shmx.RegionTruncatedException;
import java.util.function.Supplier;

/**
 * The one place that turns a fault on a mapped region into our exception.
 *
 * <p>When another process truncates (or re-creates smaller) a file this process has mapped, every
 * access past the new end, plain, atomic or bulk, compiled or not, throws
 * {@code InternalError: a fault occurred in an unsafe memory access operation}. The runtime reports
 * that as a {@link RegionTruncatedException} naming the channel and what to do; any other
 * {@code InternalError} is a JVM problem and is rethrown unchanged.
 *
 * <p>How the runtime uses it, at the public API boundary only (internal classes let the error
 * propagate):
 * <ul>
 *   <li>Cold paths (inspection, static appends, snapshots, reaping) wrap their body:
 *       {@code return MappingFaults.guard(what, () -> ...)}. The lambda costs an allocation at most,
 *       which these paths can afford.</li>
 *   <li>Hot paths (append/claim/publish, latest/next, control send/poll, {@code Frame.isValid})
 *       cannot afford a lambda or an extra call, so they keep a {@code try} around their body with
 *       the single clause {@code catch (InternalError e) { throw MappingFaults.truncated(e, what); }}.
 *       A {@code try} costs nothing until it throws. In compiled code the JVM delivers the error at
 *       the next safepoint poll after the faulting access, so the access and that poll must stay in
 *       the method holding the {@code try}: this is why {@code FrameBuilder.reserve} is one method
 *       that the JIT does not inline (HotPathTest checks a fault surfaces as
 *       {@link RegionTruncatedException} from compiled code).</li>
 *   <li>Best-effort cleanup on a region that may already be gone uses {@link #ignoring(Runnable)}.</li>
 * </ul>
 */
public final class MappingFaults {
    private MappingFaults() {}

    /** Whether {@code e} is the JVM's report of a fault in an access to a mapped file. */
    public static boolean isMappingFault(InternalError e) {
        String m = e.getMessage();
        return m != null && m.contains("unsafe memory access");
    }

    /**
     * The translation: a {@link RegionTruncatedException} for {@code what} (for example
     * {@code "channel 'tick'"}), returned so the caller writes {@code throw MappingFaults.truncated(e, what)}.
     *
     * @throws InternalError {@code e} itself, when it is not a mapping fault
     */
    public static RuntimeException truncated(InternalError e, String what) {
        if (!isMappingFault(e)) {
            throw e;
        }
        return new RegionTruncatedException(what + ": the region file was truncated or re-created smaller while "
                + "mapped (" + e.getMessage() + "); its producer re-created or removed it; re-open the channel", e);
    }

    /** Runs a cold-path read of a mapped region, translating a mapping fault. */
    public static <T> T guard(String what, Supplier<T> body) {
        try {
            return body.get();
        } catch (InternalError e) {
            throw truncated(e, what);
        }
    }

    /** Runs a cold-path write to a mapped region, translating a mapping fault. */
    public static void guardRun(String what, Runnable body) {
        try {
            body.run();
        } catch (InternalError e) {
            throw truncated(e, what);
        }
    }

    /**
     * Runs best-effort cleanup on a region that may have been truncated meanwhile: a mapping fault
     * means the region is gone and there is nothing left to clean, so it is swallowed.
     *
     * @return false when a mapping fault was swallowed
     * @throws InternalError any other internal error, unchanged
     */
    public static boolean ignoring(Runnable body) {
        try {
            body.run();
            return true;
        } catch (InternalError e) {
            if (!isMappingFault(e)) {
                throw e;
            }
            return false;
        }
    }
}
