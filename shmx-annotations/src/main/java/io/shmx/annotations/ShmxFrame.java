package io.shmx.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record as a shmx frame type. Every record component carries a {@link Stream}; the
 * streams of the channel follow the components' order. The annotation processor
 * ({@code shmx-processor}, on the compiler's processor path) generates next to the record:
 *
 * <ul>
 *   <li>{@code <Record>Schema}: per-stream constants, the stream specs, the static directory bytes
 *       and their hash (equal to the channel header's {@code static_hash});</li>
 *   <li>{@code <Record>Writer}: creates the channel, publishes a record (copying) or a frame written
 *       in place ({@code begin()} ... {@code publish(simTime)});</li>
 *   <li>{@code <Record>Reader} and {@code <Record>View}: opens the channel after checking its
 *       directory, and reads frames through one reusable zero-copy view;</li>
 * </ul>
 *
 * and the schema docs {@code META-INF/shmx/<qualified record name>.md} and {@code .json}.
 * A nested record {@code Outer.Foo} gives {@code Outer_FooSchema} and so on. The record must not be
 * generic, and neither it nor an enclosing type may be private.
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
    /** {@return schema name recorded in the docs; defaults to the record's simple name} */
    String name() default "";

    /** {@return schema version recorded in the docs and the schema constants} */
    int version() default 1;
}
