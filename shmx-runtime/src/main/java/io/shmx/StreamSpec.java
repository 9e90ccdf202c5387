package io.shmx;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One stream of a channel, as its static directory entry describes it.
 *
 * <p>Codes are kept raw ({@code dtypeCode}, {@code layoutCode}) so that a directory written by a
 * newer or foreign peer can be represented exactly; {@link #dtype()} and {@link #layout()} give
 * the enum or {@code null} for an unknown code. Use {@link #of(int, String, DType, int)} to build
 * a spec whose bytes per element follow from the dtype and components.
 *
 * @param id           stream id, unique within a channel
 * @param name         UTF-8 name, unique within a channel, 1..255 bytes
 * @param dtypeCode    element type wire code ({@link DType#code()})
 * @param components   scalars per element, at least 1
 * @param bytesPerElem bytes of one element
 * @param layoutCode   {@link Layout#code()}
 * @param extra        opaque extra bytes of the directory entry (never null; copied)
 */
public record StreamSpec(int id, String name, int dtypeCode, int components, int bytesPerElem, int layoutCode,
                         byte[] extra) {

    private static final byte[] NO_EXTRA = new byte[0];

    /**
     * Checks the name is given and copies {@code extra}.
     *
     * @param id           stream id, unique within a channel
     * @param name         UTF-8 name, unique within a channel, 1..255 bytes
     * @param dtypeCode    element type wire code ({@link DType#code()})
     * @param components   scalars per element, at least 1
     * @param bytesPerElem bytes of one element
     * @param layoutCode   {@link Layout#code()}
     * @param extra        opaque extra bytes of the directory entry (copied; {@code null} means none)
     */
    public StreamSpec {
        Objects.requireNonNull(name, "name");
        extra = extra == null || extra.length == 0 ? NO_EXTRA : extra.clone();
    }

    /**
     * A spec with {@code bytesPerElem = dtype.size() * components} and the default layout for the components.
     *
     * @param id the stream id, unique within a channel
     * @param name the channel name: the region is {@code /dev/shm/<name>}
     * @param dtype the element type
     * @param components scalars per element, at least 1
     * @return the spec
     */
    public static StreamSpec of(int id, String name, DType dtype, int components) {
        return of(id, name, dtype, components, Layout.defaultFor(components), null);
    }

    /**
     * A spec with {@code bytesPerElem = dtype.size() * components}.
     *
     * @param id the stream id, unique within a channel
     * @param name the channel name: the region is {@code /dev/shm/<name>}
     * @param dtype the element type
     * @param components scalars per element, at least 1
     * @param layout the layout of the elements
     * @param extra opaque extra bytes of the directory entry (copied; may be empty)
     * @return the spec
     */
    public static StreamSpec of(int id, String name, DType dtype, int components, Layout layout, byte[] extra) {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(layout, "layout");
        return new StreamSpec(id, name, dtype.code(), components, Math.multiplyExact(dtype.size(), components),
                layout.code(), extra);
    }

    /**
     * The seed's {@code create_stream_spec}: every field given explicitly.
     *
     * @param id the stream id, unique within a channel
     * @param name the channel name: the region is {@code /dev/shm/<name>}
     * @param dtype the element type
     * @param components scalars per element, at least 1
     * @param bytesPerElem bytes of one element
     * @return the spec
     */
    public static StreamSpec of(int id, String name, DType dtype, int components, int bytesPerElem) {
        return new StreamSpec(id, name, dtype.code(), components, bytesPerElem,
                Layout.defaultFor(components).code(), null);
    }

    /** {@return the element type, or {@code null} for a code this version does not know} */
    public DType dtype() {
        return DType.fromCode(dtypeCode);
    }

    /** {@return the layout, or {@code null} for a code this version does not know} */
    public Layout layout() {
        return Layout.fromCode(layoutCode);
    }

    /** {@return the extra bytes (a copy)} */
    @Override
    public byte[] extra() {
        return extra.clone();
    }

    /** {@return length of the extra bytes without copying them} */
    public int extraLength() {
        return extra.length;
    }

    /** {@return the extra bytes in lower-case hex} */
    public String extraHex() {
        return HexFormat.of().formatHex(extra);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreamSpec s && id == s.id && dtypeCode == s.dtypeCode && components == s.components
                && bytesPerElem == s.bytesPerElem && layoutCode == s.layoutCode && name.equals(s.name)
                && Arrays.equals(extra, s.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, dtypeCode, components, bytesPerElem, layoutCode, Arrays.hashCode(extra));
    }

    @Override
    public String toString() {
        return "StreamSpec[id=" + Integer.toUnsignedString(id) + ", name=" + name + ", dtype=" + DType.nameOf(dtypeCode)
                + ", components=" + components + ", bytesPerElem=" + bytesPerElem + ", layout="
                + Layout.nameOf(layoutCode) + ", extra=" + extraHex() + "]";
    }
}
