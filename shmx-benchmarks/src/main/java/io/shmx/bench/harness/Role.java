package io.shmx.bench.harness;

/** The two JVMs of a harness run. */
public enum Role {
    PRODUCER,
    CONSUMER;

    /** The other one. */
    public Role peer() {
        return this == PRODUCER ? CONSUMER : PRODUCER;
    }

    /** Lower-case name used on command lines and in results. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
