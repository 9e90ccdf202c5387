package io.shmx.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record as a shmx frame type. Every record component carries a {@link Stream}. The
 * annotation processor generates {@code <Record>Schema}, {@code <Record>Writer},
 * {@code <Record>Reader} and {@code <Record>View} next to the record, and schema docs under
 * {@code META-INF/shmx/}.
 *
 * <pre>{@code
 * @ShmxFrame
 * record Particles(@Stream(id = 1, dtype = DType.F32, components = 3) float[] positions,
 *                  @Stream(id = 2, dtype = DType.U32) int[] ids) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ShmxFrame {
    /** Schema name recorded in the docs; defaults to the record's simple name. */
    String name() default "";

    /** Schema version recorded in the docs and the schema constants. */
    int version() default 1;
}
