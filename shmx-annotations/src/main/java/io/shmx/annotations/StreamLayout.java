package io.shmx.annotations;

/** Layout choice for {@link Stream#layout()}; the wire codes are {@link io.shmx.Layout}'s. */
public enum StreamLayout {
    /** SoA scalar for one component, AoS vector for more. */
    DEFAULT,
    /** {@link io.shmx.Layout#SOA_SCALAR}. */
    SOA_SCALAR,
    /** {@link io.shmx.Layout#AOS_VECTOR}. */
    AOS_VECTOR
}
