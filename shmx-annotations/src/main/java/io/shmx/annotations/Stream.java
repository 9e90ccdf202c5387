package io.shmx.annotations;

import io.shmx.DType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a record component of a {@link ShmxFrame} record to a stream of the channel.
 *
 * <p>A scalar Java type ({@code float}) is one element; a primitive array ({@code float[]}) is
 * any number of elements of {@link #components()} scalars each, stored flat. The Java type must
 * carry the dtype:
 *
 * <table>
 *   <caption>Java types per dtype</caption>
 *   <tr><th>dtype</th><th>Java type</th></tr>
 *   <tr><td>BOOL</td><td>{@code boolean}, {@code boolean[]}</td></tr>
 *   <tr><td>I8, U8</td><td>{@code byte}, {@code byte[]}; U8 also {@code String}</td></tr>
 *   <tr><td>I16, U16</td><td>{@code short}, {@code short[]}</td></tr>
 *   <tr><td>I32, U32</td><td>{@code int}, {@code int[]}</td></tr>
 *   <tr><td>I64, U64</td><td>{@code long}, {@code long[]}</td></tr>
 *   <tr><td>F16, BF16</td><td>{@code float}, {@code float[]} (converted), {@code short}, {@code short[]} (raw bits)</td></tr>
 *   <tr><td>F32</td><td>{@code float}, {@code float[]}</td></tr>
 *   <tr><td>F64</td><td>{@code double}, {@code double[]}</td></tr>
 *   <tr><td>any</td><td>{@code java.lang.foreign.MemorySegment} (raw little-endian bytes)</td></tr>
 * </table>
 *
 * <p>Unsigned dtypes keep the signed Java type; the generated view adds unsigned accessors. A
 * {@code String} stream (dtype U8, components 1) carries the string's UTF-8 bytes, one element per
 * byte. Anything else is a compile error naming the rule and the fix.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Stream {
    /** {@return stream id, unique within the frame} */
    int id();

    /** {@return element type on the wire} */
    DType dtype();

    /** {@return scalars per element (1 = scalar stream)} */
    int components() default 1;

    /** {@return layout; {@link StreamLayout#DEFAULT} means SoA scalar for 1 component, AoS vector otherwise} */
    StreamLayout layout() default StreamLayout.DEFAULT;

    /** {@return stream name in the channel's directory; defaults to the component name} */
    String name() default "";
}
