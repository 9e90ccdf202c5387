package io.shmx;

/** How the components of a stream's elements are arranged, with the shmx 2.0 wire codes. */
public enum Layout {
    /** One scalar per element (structure of arrays). Wire code 0. */
    SOA_SCALAR(0),
    /** Several components per element, interleaved (array of structures). Wire code 1. */
    AOS_VECTOR(1);

    private final int code;

    Layout(int code) {
        this.code = code;
    }

    /** {@return the wire code} */
    public int code() {
        return code;
    }

    /**
     * The layout with this wire code, or {@code null} for an unknown code.
     *
     * @param code the wire code
     * @return the constant, or {@code null}
     */
    public static Layout fromCode(int code) {
        return switch (code) {
            case 0 -> SOA_SCALAR;
            case 1 -> AOS_VECTOR;
            default -> null;
        };
    }

    /**
     * The layout a stream gets by default: {@link #SOA_SCALAR} for one component, else {@link #AOS_VECTOR}.
     *
     * @param components scalars per element, at least 1
     * @return the default layout
     */
    public static Layout defaultFor(int components) {
        return components == 1 ? SOA_SCALAR : AOS_VECTOR;
    }

    /**
     * The name of a wire code, {@code "UNKNOWN(<code>)"} for codes outside the known set.
     *
     * @param code the wire code
     * @return the name, or {@code "UNKNOWN(<code>)"}
     */
    public static String nameOf(int code) {
        Layout l = fromCode(code);
        return l != null ? l.name() : "UNKNOWN(" + Integer.toUnsignedString(code) + ")";
    }
}
