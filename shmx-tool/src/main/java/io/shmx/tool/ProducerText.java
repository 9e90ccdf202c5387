package io.shmx.tool;

import io.shmx.ProducerState;

/**
 * How the tool shows a region's producer: the runtime's {@link ProducerState}, plus the process id
 * the producer stored in the region ({@code ShmxInspector.producerPid()}) while it is alive. Liveness
 * is the runtime's verdict (the producer's lock), never the pid, which another process may reuse
 * once the producer ended: so the pid is shown only for a live producer.
 */
final class ProducerText {
    private ProducerText() {}

    /** The pid to show: the stored one while the producer is alive, else 0 (not known). */
    static long shownPid(ProducerState state, long storedPid) {
        return state == ProducerState.ALIVE ? storedPid : 0;
    }

    /** {@code yes (pid 1234)}, {@code yes}, {@code no}, {@code closed}, {@code replaced} or {@code unknown}. */
    static String describe(ProducerState state, long pid) {
        return switch (state) {
            case ALIVE -> pid > 0 ? "yes (pid " + pid + ")" : "yes";
            case DEAD -> "no";
            case CLOSED -> "closed";
            case REPLACED -> "replaced";
            case UNKNOWN -> "unknown";
        };
    }

    /** {@code yes} for a running producer, {@code unknown} when it cannot be told, {@code no} otherwise. */
    static String alive(ProducerState state) {
        return switch (state) {
            case ALIVE -> "yes";
            case UNKNOWN -> "unknown";
            case DEAD, CLOSED, REPLACED -> "no";
        };
    }
}
