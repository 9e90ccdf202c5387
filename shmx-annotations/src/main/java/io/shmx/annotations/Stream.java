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
 * any number of elements of {@link #components()} scalars each, stored flat.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Stream {
    /** Stream id, unique within the frame. */
    int id();

    /** Element type on the wire. */
    DType dtype();

    /** Scalars per element (1 = scalar stream). */
    int components() default 1;

    /** Layout; {@link StreamLayout#DEFAULT} means SoA scalar for 1 component, AoS vector otherwise. */
    StreamLayout layout() default StreamLayout.DEFAULT;

    /** Stream name in the channel's directory; defaults to the component name. */
    String name() default "";
}
